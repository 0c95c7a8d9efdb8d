/**
 * Markdown twins and llms.txt in the built site: every chapter page in both languages has its
 * twin at <page>/index.html.md with the same section headings as the page, the page links to
 * it, and every link in each language's llms.txt resolves to a built file.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { toText as toString } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { attr, elements, loadSite } from './built-site';
import { distDir } from '../e2e/harness';
import { markdownHeadings } from '../../src/lib/markdown-twin';

const site = loadSite(distDir);
const chapterPages = site.filter((p) => {
  const rest = p.path.replace(/^zh-cn\//, '');
  return /^[a-z-]+\/[a-z0-9-]+\/$/.test(rest) && !/^(glossary|changes|progress)\//.test(rest);
});

/** The h2/h3 section headings of the article and its sources, in order. */
function pageHeadings(path: string): string[] {
  const page = site.find((p) => p.path === path)!;
  const main = elements(page.tree, (el) => el.tagName === 'main')[0];
  const out: string[] = [];
  visit(main, 'element', (el: Element) => {
    if ((el.tagName === 'h2' || el.tagName === 'h3') && typeof el.properties.id === 'string' && el.properties.id !== '_top') {
      out.push(toString(el).replace(/\s+/g, ' ').trim());
    }
  });
  return out;
}

describe('Markdown twins', () => {
  it('finds the chapter pages of both languages', () => {
    expect(chapterPages.filter((p) => p.path.startsWith('zh-cn/')).length).toBeGreaterThan(40);
    expect(chapterPages.filter((p) => !p.path.startsWith('zh-cn/')).length).toBeGreaterThan(40);
  });

  describe.each(chapterPages.map((p) => [p.path] as const))('%s', (path) => {
    const file = join(distDir, path, 'index.html.md');

    it('has a twin with the page title and the same section headings', () => {
      expect(existsSync(file), `${file} is missing`).toBe(true);
      const md = readFileSync(file, 'utf8');
      const page = site.find((p) => p.path === path)!;
      const h1 = toString(elements(page.tree, (el) => el.tagName === 'h1')[0]).trim();
      expect(md.split('\n')[0]).toBe(`# ${h1}`);
      // The page typesets quotes (smartypants); the twin keeps the source's straight quotes.
      const plain = (list: string[]) => list.map((h) => h.replace(/[‘’]/g, "'").replace(/[“”]/g, '"'));
      expect(plain(markdownHeadings(md))).toEqual(plain(pageHeadings(path)));
      expect(md, 'glossary links are resolved').not.toMatch(/\]\(g:/);
      expect(md, 'no JSX is left').not.toMatch(/<(Callout|Lab|Quiz)\b/);
    });

    it('links to its twin from the page', () => {
      const page = site.find((p) => p.path === path)!;
      const links = elements(page.tree, (el) => el.tagName === 'a' && attr(el, 'href') === `/${path}index.html.md`);
      expect(links.length, `no "View as Markdown" link on ${path}`).toBe(1);
      const copy = elements(page.tree, (el) => attr(el, 'dataCopyPage') === `/${path}index.html.md`);
      expect(copy.length, `no "Copy page as Markdown" button on ${path}`).toBe(1);
    });
  });
});

describe.each(['', 'zh-cn/'])('llms.txt (%s)', (prefix) => {
  const text = readFileSync(join(distDir, prefix, 'llms.txt'), 'utf8');
  const links = [...text.matchAll(/\]\((https?:\/\/[^)]+)\)/g)].map((m) => new URL(m[1]).pathname);

  it('follows the llmstxt.org format: an H1, a summary quote, H2 sections of link lists', () => {
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^# \S/);
    expect(lines[2]).toMatch(/^> \S/);
    expect(text).toMatch(/\n## .+\n\n- \[.+\]\(https?:\/\/.+\): .+/);
  });

  it('lists every chapter page of the language, and every link resolves to a built file', () => {
    const mine = chapterPages.filter((p) => (prefix ? p.path.startsWith(prefix) : !p.path.startsWith('zh-cn/')));
    for (const p of mine) expect(links, `llms.txt lacks ${p.path}`).toContain(`/${p.path}index.html.md`);
    for (const link of links) {
      const rel = decodeURIComponent(link).replace(/^\//, '');
      const target = rel.endsWith('/') ? join(distDir, rel, 'index.html') : join(distDir, rel.replace(/#.*$/, ''));
      expect(existsSync(target), `${link} in ${prefix}llms.txt does not resolve`).toBe(true);
    }
  });

  it('has an llms-full.txt with every page', () => {
    const full = readFileSync(join(distDir, prefix, 'llms-full.txt'), 'utf8');
    const mine = chapterPages.filter((p) => (prefix ? p.path.startsWith(prefix) : !p.path.startsWith('zh-cn/')));
    for (const p of mine) {
      const first = readFileSync(join(distDir, p.path, 'index.html.md'), 'utf8').split('\n')[0];
      expect(full, `llms-full.txt lacks ${p.path}`).toContain(`\n${first}\n`);
    }
  });
});
