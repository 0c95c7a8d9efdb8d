/** "Report a problem with this page" on every built page: a new-issue URL with the page's own URL and title. */
import { describe, expect, it } from 'vitest';
import { toText as toString } from 'hast-util-to-text';
import { distDir } from '../e2e/harness';
import { elements, loadSite } from './built-site';

const pages = loadSite(distDir);

describe('report a problem link', () => {
  it('is on every page, and its issue names the page by canonical URL and title', () => {
    expect(pages.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const { path, tree } of pages) {
      const links = elements(tree, (el) => el.tagName === 'a' && el.properties.dataReport !== undefined);
      const canonical = elements(tree, (el) => el.tagName === 'link' && String(el.properties.rel) === 'canonical')[0]?.properties.href;
      const title = elements(tree, (el) => el.tagName === 'meta' && el.properties.property === 'og:title')[0]?.properties.content;
      const lang = elements(tree, (el) => el.tagName === 'html')[0]?.properties.lang;
      if (links.length !== 1) { problems.push(`${path}: ${links.length} report links`); continue; }
      const text = toString(links[0]).trim();
      if (text !== (lang === 'zh-cn' ? '报告此页的问题' : 'Report a problem with this page')) problems.push(`${path}: link text "${text}"`);
      const url = new URL(String(links[0].properties.href));
      if (url.origin + url.pathname !== 'https://github.com/cloud-native-atlas/cloud-native-atlas/issues/new') problems.push(`${path}: ${url.origin}${url.pathname}`);
      const body = url.searchParams.get('body') ?? '';
      const issueTitle = url.searchParams.get('title') ?? '';
      if (!canonical || !body.split(/[\s：]/).includes(String(canonical))) problems.push(`${path}: body does not name ${canonical}: ${body}`);
      if (!title || !issueTitle.includes(String(title))) problems.push(`${path}: title "${issueTitle}" does not include "${title}"`);
    }
    expect(problems).toEqual([]);
  });
});
