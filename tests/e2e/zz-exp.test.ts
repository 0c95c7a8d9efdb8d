import { it } from 'vitest';
import { start } from './harness';
it('exp', async () => {
  const h = await start();
  const { page } = await h.page();
  await page.goto(h.site.url('zh-cn/'));
  const qs = (process.env.QS ?? '无服务器').split('|');
  const out = await page.evaluate(async ({ qs, base }) => {
    const load = new Function('url', 'return import(url)') as (url: string) => Promise<any>;
    const pf = await load(`${base}pagefind/pagefind.js`);
    const r: Record<string, unknown[]> = {};
    for (const q of qs) {
      const s = await pf.search(q);
      r[q] = await Promise.all(s.results.slice(0, 4).map(async (x: any) => { const d = await x.data(); return { score: x.score, url: d.url, excerpt: d.excerpt, words: d.word_count, wl: d.weighted_locations.slice(0, 6) }; }));
    }
    return r;
  }, { qs, base: h.site.url() });
  console.log(JSON.stringify(out, null, 1));
  await h.close();
}, 120000);
