/**
 * Every topic of the inventory is findable: for each entry of content/topic-coverage.yaml,
 * searching the real Pagefind index of the built site for the entry's query returns the page
 * that teaches it (or the glossary) among the first 8 results.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCoverage } from '../unit/content/coverage-map';
import { root, start, type Harness } from './harness';

const entries = loadCoverage(root);
const TOP = 8;

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(async () => h?.close());

describe('topic coverage in search', () => {
  it(`finds the teaching page of every inventory item in the first ${TOP} results`, async () => {
    const { page, errors } = await h.page();
    await page.goto(h.site.url('containers/'));
    const base = h.site.url();
    const queries = [...new Set(entries.map((e) => e.query))];
    const results: Record<string, string[]> = await page.evaluate(
      async ({ base, queries, top }: { base: string; queries: string[]; top: number }) => {
        interface Pagefind {
          options(o: { baseUrl: string }): Promise<void>;
          search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
        }
        // import() is built from a string so Vite's SSR transform does not rewrite it.
        const load = new Function('url', 'return import(url)') as (url: string) => Promise<Pagefind>;
        const pf = await load(`${base}pagefind/pagefind.js`);
        await pf.options({ baseUrl: '/' });
        const out: Record<string, string[]> = {};
        for (const q of queries) {
          const search = await pf.search(q);
          const data = await Promise.all(search.results.slice(0, top).map((r) => r.data()));
          out[q] = data.map((d) => new URL(d.url, base).pathname);
        }
        return out;
      },
      { base, queries, top: TOP },
    );

    const failures = entries
      .filter((e) => !results[e.query].some((url) => url === `/${e.page}` || url.startsWith('/glossary/')))
      .map((e) => `${e.section} / ${e.item}: "${e.query}" -> expected /${e.page}, got ${results[e.query].join(' ') || 'nothing'}`);
    expect(failures, failures.join('\n')).toEqual([]);
    expect(errors).toEqual([]);
  });
});
