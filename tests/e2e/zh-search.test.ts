/**
 * Chinese search works like English search, against the real Pagefind index of the real build,
 * judged in the order the search dialog shows its rows (src/lib/search-results.ts applied to
 * the data Pagefind returns in the browser):
 *  - reader queries (tests/e2e/fixtures/zh-queries/*.json, at least 40, mixed Chinese/English
 *    among them) find their page in the first 3 page rows (glossary rows come before them), with
 *    a Chinese excerpt; a query whose expected page is a glossary entry finds it as the first row;
 *  - every Chinese page title finds its page as the first row;
 *  - every Chinese glossary term and alias finds its own glossary entry as the first row (after
 *    a page titled exactly like it, such as the chapter "Kubernetes", which the title rule puts first).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { loadGlossaryDir } from '../../src/lib/glossary-data';
import { parse } from 'yaml';
import { root, start, type Harness } from './harness';
import { mdxFiles } from '../../scripts/lib/mdx-blocks';
import { expandQuery, phraseQuery, pickResults, preferPhraseHits, type PagefindResultData, type SearchRow } from '../../src/lib/search-results';

interface Query {
  q: string;
  page: string;
}
const fixtures = join(import.meta.dirname, 'fixtures/zh-queries');
const queries: Query[] = readdirSync(fixtures)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(join(fixtures, f), 'utf8')) as Query[]);
const han = /\p{Script=Han}/u;

/**
 * What the dialog shows for each query: the same two searches and ordering as
 * src/scripts/search.ts (preferPhraseHits itself runs in the page, then pickResults here).
 */
async function searchAll(page: Page, base: string, list: string[]): Promise<Record<string, SearchRow[]>> {
  const data = await page.evaluate(
    async ({ base, list, expanded, phrases, preferSrc }) => {
      interface Result { id: string; data(): Promise<unknown> }
      interface Pagefind {
        options(o: { baseUrl: string }): Promise<void>;
        search(q: string): Promise<{ results: Result[] }>;
      }
      const load = new Function('url', 'return import(url)') as (url: string) => Promise<Pagefind>;
      const prefer = new Function(`return (${preferSrc})`)() as (r: Result[], p: Result[] | undefined) => Result[];
      const pf = await load(`${base}pagefind/pagefind.js`);
      await pf.options({ baseUrl: '/' });
      const out: Record<string, unknown[]> = {};
      for (const q of list) {
        const [search, exact] = await Promise.all([pf.search(expanded[q]), phrases[q] ? pf.search(phrases[q]) : undefined]);
        const ids = exact && new Set(exact.results.map((r) => r.id));
        out[q] = await Promise.all(
          prefer(search.results, exact?.results).slice(0, 20).map(async (r) => ({ ...(await r.data() as object), phrase: ids ? ids.has(r.id) : undefined })),
        );
      }
      return out;
    },
    {
      base,
      list,
      expanded: Object.fromEntries(list.map((q) => [q, expandQuery(q)])),
      phrases: Object.fromEntries(list.flatMap((q) => (phraseQuery(expandQuery(q)) ? [[q, phraseQuery(expandQuery(q))!]] : []))),
      preferSrc: preferPhraseHits.toString(),
    },
  );
  return Object.fromEntries(Object.entries(data).map(([q, d]) => [q, pickResults(d as PagefindResultData[], q, 10, '术语表')]));
}
const path = (row: SearchRow | undefined) => (row ? row.url.replace(/#.*$/, '') : 'nothing');

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

  it('finds the page of every reader query in the first 3 page rows, with a Chinese excerpt', async () => {
    const results = await searchAll(page, h.site.url(), [...new Set(queries.map((q) => q.q))]);
    const failures = queries
      .filter((q) => {
        // A query a glossary entry answers (a product name) expects that entry as the first row.
        if (q.page.startsWith('/zh-cn/glossary/#')) return results[q.q][0]?.url !== q.page || !han.test(results[q.q][0].excerpt);
        const hit = results[q.q].filter((r) => r.group !== '术语表').slice(0, 3).find((r) => path(r) === q.page);
        return !hit || !han.test(hit.excerpt);
      })
      .map((q) => `"${q.q}" -> expected ${q.page}, got ${results[q.q].map((r) => (q.page.includes('#') ? r.url : path(r))).join(' ') || 'nothing'}`);
    expect(failures, failures.join('\n')).toEqual([]);
  }, 300_000);

  it('finds every Chinese page by its title first', async () => {
    const titles = mdxFiles(join(root, 'content/zh-cn')).map((f) => {
      const fm = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(f, 'utf8'))?.[1] ?? '') as { title: string };
      const [chapter, slug] = relative(join(root, 'content/zh-cn'), f).replace(/\.mdx$/, '').split('/');
      return { q: fm.title, page: `/zh-cn/${chapter}/${slug}/` };
    });
    expect(titles.length).toBeGreaterThan(40);
    const results = await searchAll(page, h.site.url(), titles.map((t) => t.q));
    const failures = titles.filter((t) => path(results[t.q][0]) !== t.page).map((t) => `"${t.q}" -> expected ${t.page}, got ${path(results[t.q][0])}`);
    expect(failures, failures.join('\n')).toEqual([]);
  }, 300_000);

  it('finds its own glossary entry first for every Chinese term and alias', async () => {
    const glossary = loadGlossaryDir(join(root, 'content/glossary/zh-cn'));
    expect(glossary.size).toBeGreaterThan(200);
    const wanted = new Map<string, string[]>();
    for (const t of glossary.values()) for (const n of [t.term, ...t.aliases]) wanted.set(n, [...(wanted.get(n) ?? []), `/zh-cn/glossary/#${t.id}`]);
    const results = await searchAll(page, h.site.url(), [...wanted.keys()]);
    // A page titled exactly like the term (the chapter "Kubernetes") comes first by the title rule;
    // its glossary entry must then be the first glossary row.
    const first = (n: string) => {
      const rows = results[n];
      return rows[0] && rows[0].group !== '术语表' && rows[0].page.toLowerCase() === n.toLowerCase() ? rows.find((r) => r.group === '术语表') : rows[0];
    };
    const failures = [...wanted].filter(([n, urls]) => !urls.includes(first(n)?.url ?? '')).map(([n, urls]) => `"${n}" -> expected ${urls.join(' or ')}, got ${results[n].map((r) => r.url).slice(0, 3).join(' ')}`);
    expect(failures, failures.join('\n')).toEqual([]);
  }, 600_000);
});
