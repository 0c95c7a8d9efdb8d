/** Search against the real Pagefind index of the real build, driven from the keyboard. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { desktop, start, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(async () => h?.close());

async function search(page: Page, query: string) {
  const input = page.getByRole('searchbox');
  await input.fill(query);
  await page.waitForFunction(
    (q) => (document.querySelector('.cna-search__status')?.textContent ?? '').includes(q),
    query,
    { timeout: 15_000 },
  );
  return page.locator('.cna-search__result');
}

describe('search', () => {
  it('loads Pagefind only when the dialog first opens', async () => {
    const { page } = await h.page(desktop);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(h.site.url('containers/'));
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => u.includes('pagefind'))).toEqual([]);
    await page.keyboard.press('/');
    await page.getByRole('dialog').waitFor({ timeout: 5_000 }); // the dialog's code loads now
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('pagefind.js')));
  });

  it('opens with Ctrl+K and the button, finds a page with its heading and a highlighted excerpt', async () => {
    const { page } = await h.page(desktop);
    await page.goto(h.site.url());
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog').waitFor(); // the dialog's code loads on this first use
    expect(await page.getByRole('dialog').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Search' }).click();
    const results = await search(page, 'copy-on-write');
    expect(await results.count()).toBeGreaterThan(0);
    const first = results.first();
    expect(await first.locator('.cna-search__page').textContent()).toBeTruthy();
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
  });

  it('shows rows as soon as the best candidates load, and the first row stays first when all have', async () => {
    const { page } = await h.page(desktop);
    for (const [path, queries] of [['', ['kubelet', 'sidecar', 'cold start', 'gateway api']], ['zh-cn/', ['调度', '边车', '冷启动', 'Pod 驱逐']]] as const) {
      await page.goto(h.site.url(path));
      await page.keyboard.press('/');
      await page.getByRole('dialog').waitFor();
      for (const q of queries) {
        await page.evaluate(() => {
          const list = document.querySelector<HTMLElement>('.cna-search__results')!;
          const w = window as unknown as { firstRows: string[]; busy: string[] };
          w.firstRows = [];
          w.busy = [];
          new MutationObserver(() => {
            const a = list.querySelector('a.cna-search__result');
            if (a && list.dataset.query) { w.firstRows.push(`${list.dataset.query} ${a.getAttribute('href')}`); w.busy.push(list.getAttribute('aria-busy') ?? ''); }
          }).observe(list, { childList: true });
        });
        await search(page, q);
        const { firstRows, busy } = await page.evaluate(() => { const w = window as unknown as { firstRows: string[]; busy: string[] }; return { firstRows: w.firstRows, busy: w.busy }; });
        const mine = firstRows.filter((r) => r.startsWith(`${q} `));
        expect(mine.length, q).toBeGreaterThan(0);
        expect(new Set(mine).size, `${q}: first row changed: ${mine.join(' | ')}`).toBe(1);
        expect(busy.at(-1)).toBe('false');
        await page.getByRole('searchbox').fill('');
      }
    }
  });

  it('is fully keyboard operable: arrows move through results and Enter opens one', async () => {
    const { page } = await h.page(desktop);
    await page.goto(h.site.url());
    await page.keyboard.press('/');
    await search(page, 'kubelet');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toBeTruthy();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(focused);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => focused!.startsWith(u.pathname) || u.href.includes(focused!.split('#')[0]));
  });

  it('finds a glossary term first when searched by name', async () => {
    const { page } = await h.page(desktop);
    await page.goto(h.site.url());
    await page.keyboard.press('/');
    const results = await search(page, 'sidecar');
    expect(await results.first().getAttribute('href')).toMatch(/\/glossary\/(\?highlight=sidecar)?#sidecar$/);
  });

  it('answers Chinese queries from the Chinese index only', async () => {
    const { page } = await h.page(desktop);
    await page.goto(h.site.url('zh-cn/'));
    await page.keyboard.press('/');
    // 命名空间 is the Linux kernel feature's name (and a variant for the Kubernetes object);
    // 名字空间 is what kubernetes.io/zh-cn calls the Kubernetes object (../shared/zh-terms.md).
    const expected: [string, string[]][] = [
      ['命名空间', ['/zh-cn/containers/namespaces-and-cgroups/', '/zh-cn/glossary/']],
      ['名字空间', ['/zh-cn/glossary/#kubernetes-namespace', '/zh-cn/kubernetes/pods-and-workloads/']],
    ];
    for (const [query, pages] of expected) {
      const results = await search(page, query);
      const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.length, query).toBeGreaterThan(0);
      for (const wanted of pages) {
        const [path, hash] = wanted.split('#');
        const found = hrefs.some((href) => href.includes(path) && (!hash || href.endsWith(`#${hash}`)));
        expect(found, `${query} should find ${wanted}: ${hrefs.join(' ')}`).toBe(true);
      }
      expect(hrefs.every((href) => href.includes('/zh-cn/')), hrefs.join(' ')).toBe(true);
    }
  });

  it('warms Pagefind when the pointer reaches the search button, before it is clicked', async () => {
    const { page } = await h.page(desktop);
    await page.goto(h.site.url('containers/'));
    await page.waitForLoadState('networkidle');
    // Pagefind fetches its index metadata (possibly from its worker) once warmed.
    const meta = page.context().waitForEvent('request', { predicate: (r) => /\.pf_meta$/.test(r.url()), timeout: 10_000 });
    await page.getByRole('button', { name: 'Search' }).hover();
    await meta;
    expect(await page.getByRole('dialog').isVisible()).toBe(false);
  });

  it('groups rows under the glossary and chapter names', async () => {
    const { page } = await h.page(desktop);
    await page.goto(h.site.url());
    await page.keyboard.press('/');
    await search(page, 'sidecar');
    const groups = await page.locator('.cna-search__group').allTextContents();
    expect(groups[0]).toBe('Glossary');
    expect(groups).toContain('Service mesh');
    expect(new Set(groups).size, groups.join(' | ')).toBe(groups.length); // each group once
  });

  it('marks the words of the query on the page a result opens', async () => {
    const { page, errors } = await h.page(desktop);
    await page.goto(h.site.url());
    await page.keyboard.press('/');
    const results = await search(page, 'whiteout');
    expect(await results.count()).toBeGreaterThan(0);
    const href = (await page.locator('.cna-search__result[href*="/containers/"]').first().getAttribute('href')) ?? '';
    expect(href).toContain('highlight=whiteout');
    await page.goto(new URL(href, page.url()).href);
    await page.locator('article mark.cna-highlight').first().waitFor();
    expect((await page.locator('article mark.cna-highlight').first().textContent())?.toLowerCase()).toContain('whiteout');
    expect(await page.locator('nav mark.cna-highlight, footer mark.cna-highlight').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('does not index the header, sidebar or footer', async () => {
    // Read back the text Pagefind stored for the pages a query finds: only the article is there.
    const { page } = await h.page(desktop);
    await page.goto(h.site.url('containers/'));
    const chrome = ['Skip to content', 'No tracking', 'Edit this page', 'Last reviewed'];
    expect(await page.locator('body').innerText()).toContain('No tracking');
    const texts = await page.evaluate(async () => {
      const load = new Function('u', 'return import(u)') as (u: string) => Promise<{ search(q: string): Promise<{ results: { data(): Promise<{ content: string }> }[] }> }>;
      const pf = await load(`${document.documentElement.dataset.base}pagefind/pagefind.js`);
      const { results } = await pf.search('kubelet');
      return Promise.all(results.slice(0, 5).map(async (r) => (await r.data()).content));
    });
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) for (const phrase of chrome) expect(text, phrase).not.toContain(phrase);
  });
});
