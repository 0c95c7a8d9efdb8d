/**
 * Checks over the built sites: every internal link and #anchor resolves, every page has a
 * title, a description, lang, canonical and its language links; sitemap, robots.txt and the
 * search index exist. Runs on dist/ (base /) and dist-subpath/ (BASE_PATH=/atlas/).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attr, elements, loadSite, type BuiltPage } from './built-site';
import { distDir, subpathDir } from '../e2e/harness';

const builds = [
  { name: 'root build', dir: distDir, base: '/', origin: 'http://localhost:4321' },
  { name: 'subpath build', dir: subpathDir, base: '/atlas/', origin: 'https://example.org' },
];

describe.each(builds)('$name', ({ dir, base, origin }) => {
  const pages = loadSite(dir);
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const resolveTarget = (from: BuiltPage, href: string) => {
    const url = new URL(href, `${origin}${base}${from.path}`);
    return url;
  };

  it('has the home, chapter, glossary, progress and 404 pages in both languages', () => {
    for (const path of ['', 'zh-cn/', 'containers/', 'zh-cn/containers/', 'glossary/', 'zh-cn/glossary/', 'progress/', '404.html']) {
      expect(byPath.has(path), `missing ${path}`).toBe(true);
    }
    expect(pages.length).toBeGreaterThan(40);
  });

  it('resolves every internal link, asset and #anchor', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const el of elements(page.tree, (e) => ['a', 'link', 'script', 'img'].includes(e.tagName))) {
        const href = attr(el, el.tagName === 'a' || el.tagName === 'link' ? 'href' : 'src');
        if (!href || href.startsWith('mailto:') || /^https?:\/\//.test(href) && !href.startsWith(origin)) continue;
        if (el.tagName === 'link' && ['canonical', 'alternate'].includes(attr(el, 'rel') ?? '')) continue; // absolute, checked below
        const url = resolveTarget(page, href);
        if (url.origin !== origin) continue;
        if (!url.pathname.startsWith(base)) {
          broken.push(`${page.path}: ${href} is outside the base ${base}`);
          continue;
        }
        const rel = decodeURIComponent(url.pathname.slice(base.length));
        const target = byPath.get(rel) ?? (rel.endsWith('/') ? undefined : byPath.get(`${rel}/`));
        const isFile = !rel.endsWith('/') && rel !== '' && existsSync(join(dir, rel));
        if (!target && !isFile) {
          broken.push(`${page.path}: ${href} -> no such page or file`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && target && !target.ids.has(anchor)) broken.push(`${page.path}: ${href} -> no #${anchor} on ${rel || 'home'}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('gives every page a title, description, lang, canonical URL and a link to the other language', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const html = elements(page.tree, (e) => e.tagName === 'html')[0];
      const lang = attr(html, 'lang');
      const title = elements(page.tree, (e) => e.tagName === 'title')[0];
      const desc = elements(page.tree, (e) => e.tagName === 'meta' && attr(e, 'name') === 'description')[0];
      const canonical = elements(page.tree, (e) => e.tagName === 'link' && attr(e, 'rel') === 'canonical')[0];
      const og = elements(page.tree, (e) => e.tagName === 'meta' && attr(e, 'property') === 'og:title')[0];
      const langLink = elements(page.tree, (e) => e.tagName === 'a' && (attr(e, 'className') ?? '').includes('cna-lang'))[0];
      if (!lang || !['en', 'zh-cn'].includes(lang)) problems.push(`${page.path}: lang="${lang}"`);
      if (!title || !(title.children[0] as { value?: string })?.value?.trim()) problems.push(`${page.path}: no <title>`);
      if (!desc || (attr(desc, 'content') ?? '').length < 20) problems.push(`${page.path}: no meta description`);
      if (!og) problems.push(`${page.path}: no og:title`);
      const ogImage = elements(page.tree, (e) => e.tagName === 'meta' && attr(e, 'property') === 'og:image')[0];
      const image = ogImage && attr(ogImage, 'content');
      if (!image?.startsWith(`${origin}${base}`) || !existsSync(join(dir, image.slice(`${origin}${base}`.length)))) problems.push(`${page.path}: og:image ${image} is missing`);
      if (!langLink) problems.push(`${page.path}: no language switch`);
      if (page.path !== '404.html') {
        if (attr(canonical ?? { type: 'element', tagName: 'x', properties: {}, children: [] }, 'href') !== `${origin}${base}${page.path}`) {
          problems.push(`${page.path}: canonical is ${canonical && attr(canonical, 'href')}`);
        }
        const alternates = elements(page.tree, (e) => e.tagName === 'link' && attr(e, 'rel') === 'alternate' && attr(e, 'hrefLang') !== undefined);
        if (alternates.length === 0) problems.push(`${page.path}: no hreflang alternates`);
        for (const a of alternates) {
          const href = attr(a, 'href') ?? '';
          if (!href.startsWith(`${origin}${base}`) || !byPath.has(href.slice(`${origin}${base}`.length))) problems.push(`${page.path}: alternate ${href} does not exist`);
        }
      }
      if (page.path.startsWith('zh-cn/') && lang !== 'zh-cn') problems.push(`${page.path}: Chinese page with lang=${lang}`);
    }
    expect(problems).toEqual([]);
  });

  it('serves every Chinese chapter page in Chinese, searchable, with no English fallback left', () => {
    const zhChapterPages = pages.filter((p) => /^zh-cn\/[a-z-]+\/[a-z0-9-]+\/$/.test(p.path) && elements(p.tree, (e) => e.tagName === 'article').length > 0);
    expect(zhChapterPages.length).toBeGreaterThan(50);
    for (const page of zhChapterPages) {
      expect(elements(page.tree, (e) => (attr(e, 'className') ?? '').includes('cna-untranslated')), page.path).toEqual([]);
      const article = elements(page.tree, (e) => e.tagName === 'article')[0];
      expect(attr(article, 'lang'), page.path).toBeUndefined();
      expect(attr(article, 'dataPagefindBody'), page.path).toBe('');
    }
  });

  it('publishes a sitemap, robots.txt and a search index for each language', () => {
    const sitemap = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${origin}${base}containers/</loc>`);
    expect(sitemap).toContain(`${origin}${base}zh-cn/`);
    expect(sitemap).not.toContain('404');
    expect(readFileSync(join(dir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${origin}${base}sitemap-index.xml`);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
    expect(entry.languages.en.page_count).toBeGreaterThan(30);
  });

  it('ships no Mermaid code to readers', () => {
    const assets = elements(pages.find((p) => p.path === 'containers/')!.tree, (e) => e.tagName === 'script');
    expect(assets.map((s) => attr(s, 'src') ?? '').join(' ')).not.toMatch(/mermaid/i);
    const withDiagram = pages.find((p) => elements(p.tree, (e) => (attr(e, 'className') ?? '').includes('cna-diagram')).length > 0);
    expect(withDiagram).toBeDefined();
    expect(elements(withDiagram!.tree, (e) => e.tagName === 'svg').length).toBeGreaterThan(1);
  });
});
