/**
 * Chinese search works like English search, against the real Pagefind index of the real build:
 *  - reader queries (tests/e2e/fixtures/zh-queries/*.json, at least 40, mixed Chinese/English
 *    among them) find their page in the first 3 results, with a Chinese excerpt;
 *  - every Chinese page title finds its page first;
 *  - every Chinese glossary term and alias finds the glossary first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { loadGlossaryDir } from '../../src/lib/glossary-data';
import { parse } from 'yaml';
import { root, start, type Harness } from '../e2e/harness';
import { mdxFiles } from '../../scripts/lib/mdx-blocks';

interface Query {
  q: string;
  page: string;
}
const fixtures = join(import.meta.dirname, '../e2e/fixtures/zh-queries');
const queries: Query[] = readdirSync(fixtures)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(join(fixtures, f), 'utf8')) as Query[]);
const han = /\p{Script=Han}/u;

interface Hit {
  url: string;
  excerpt: string;
}

async function searchAll(page: Page, base: string, list: string[], top: number): Promise<Record<string, Hit[]>> {
  return page.evaluate(
    async ({ base, list, top }) => {
      interface Pagefind {
        options(o: { baseUrl: string }): Promise<void>;
        search(q: string): Promise<{ results: { data(): Promise<{ url: string; excerpt: string }> }[] }>;
      }
      const load = new Function('url', 'return import(url)') as (url: string) => Promise<Pagefind>;
      const pf = await load(`${base}pagefind/pagefind.js`);
      await pf.options({ baseUrl: '/' });
      const out: Record<string, { url: string; excerpt: string }[]> = {};
      for (const q of list) {
        const search = await pf.search(q);
        const data = await Promise.all(search.results.slice(0, top).map((r) => r.data()));
        out[q] = data.map((d) => ({ url: new URL(d.url, base).pathname, excerpt: d.excerpt }));
      }
      return out;
    },
    { base, list, top },
  );
}

let h: Harness;
let page: Page;
beforeAll(async () => {
  h = await start();
  ({ page } = await h.page());
  await page.goto(h.site.url('zh-cn/'));
});
afterAll(async () => h?.close());

describe('Chinese search', () => {
  it('has at least 40 reader queries, some of them mixed Chinese and English', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    expect(queries.filter((q) => /[A-Za-z]/.test(q.q) && han.test(q.q)).length).toBeGreaterThanOrEqual(5);
  });

  it('finds the page of every reader query in the first 3 results, with a Chinese excerpt', async () => {
    const results = await searchAll(page, h.site.url(), [...new Set(queries.map((q) => q.q))], 3);
    const failures = queries
      .filter((q) => {
        const hit = results[q.q].find((r) => r.url === q.page);
        return !hit || !han.test(hit.excerpt);
      })
      .map((q) => `"${q.q}" -> expected ${q.page}, got ${results[q.q].map((r) => r.url).join(' ') || 'nothing'}`);
    expect(failures, failures.join('\n')).toEqual([]);
  }, 300_000);

  it('finds every Chinese page by its title first', async () => {
    const titles = mdxFiles(join(root, 'content/zh-cn')).map((f) => {
      const fm = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(f, 'utf8'))?.[1] ?? '') as { title: string };
      const [chapter, slug] = relative(join(root, 'content/zh-cn'), f).replace(/\.mdx$/, '').split('/');
      return { q: fm.title, page: `/zh-cn/${chapter}/${slug}/` };
    });
    expect(titles.length).toBeGreaterThan(40);
    const results = await searchAll(page, h.site.url(), titles.map((t) => t.q), 1);
    const failures = titles.filter((t) => results[t.q][0]?.url !== t.page).map((t) => `"${t.q}" -> expected ${t.page}, got ${results[t.q][0]?.url ?? 'nothing'}`);
    expect(failures, failures.join('\n')).toEqual([]);
  }, 300_000);

  it('finds the glossary first for every Chinese term and alias', async () => {
    const glossary = loadGlossaryDir(join(root, 'content/glossary/zh-cn'));
    expect(glossary.size).toBeGreaterThan(200);
    const names = [...new Set([...glossary.values()].flatMap((t) => [t.term, ...t.aliases]))];
    const results = await searchAll(page, h.site.url(), names, 1);
    const failures = names.filter((n) => results[n][0]?.url !== '/zh-cn/glossary/').map((n) => `"${n}" -> got ${results[n][0]?.url ?? 'nothing'}`);
    expect(failures, failures.join('\n')).toEqual([]);
  }, 600_000);
});
