/**
 * Offline reading with the service worker of the real build (dist/sw.js from src/sw/sw.js): the
 * pages a reader opened and, once they searched, their language's search index keep working with
 * the network off; a page never opened gets the site's 404 page; it works under a subpath; a new
 * build shows the update notice, and Reload hands over to the new worker.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { desktop, distDir, start, subpathBase, subpathDir, type Harness } from './harness';

async function controlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 15_000 });
}

/** Asks the worker to cache a language's search index and waits until it has. */
async function cacheSearch(page: Page, lang: string): Promise<{ cached: number; total: number }> {
  return page.evaluate((lang) => new Promise<{ cached: number; total: number }>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (e) => resolve(e.data as { cached: number; total: number });
    navigator.serviceWorker.controller!.postMessage({ type: 'cache-search', lang }, [channel.port2]);
  }), lang);
}

async function searchRows(page: Page, query: string): Promise<string[]> {
  await page.keyboard.press('/');
  const input = page.getByRole('searchbox');
  await input.fill(query);
  await page.waitForFunction((q) => (document.querySelector('.cna-search__status')?.textContent ?? '').includes(q), query, { timeout: 15_000 });
  return page.locator('.cna-search__result').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

describe('offline reading', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await start();
  });
  afterAll(async () => h?.close());

  it('keeps the pages a reader opened and the search index of their language', async () => {
    const { page, context, errors } = await h.page(desktop);
    await page.goto(h.site.url('zh-cn/containers/'));
    await controlled(page);
    await page.goto(h.site.url('zh-cn/containers/history/'));
    expect((await searchRows(page, '写时复制')).length).toBeGreaterThan(0);
    const { cached, total } = await cacheSearch(page, 'zh-cn');
    expect(total).toBeGreaterThan(100);
    expect(cached).toBe(total);

    await context.setOffline(true);
    await page.goto(h.site.url('zh-cn/containers/history/'));
    expect(await page.locator('h1').first().textContent()).toBeTruthy();
    expect(await page.locator('article .cna-prose p').count()).toBeGreaterThan(3);
    await page.goto(h.site.url('zh-cn/containers/'));
    // Search offline, with words the reader has not searched for before.
    const rows = await searchRows(page, '名字空间');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.includes('/zh-cn/'))).toBe(true);
    // A page never opened: the site's own 404 page, not the browser's error.
    await page.goto(h.site.url('zh-cn/kubernetes/scheduling/'));
    expect(await page.locator('main.cna-notfound').count()).toBe(1);
    await context.setOffline(false);
    expect(errors).toEqual([]);
  });

  it('caches only the language being read', async () => {
    const { page } = await h.page(desktop);
    await page.goto(h.site.url('containers/'));
    await controlled(page);
    const { total } = await cacheSearch(page, 'en');
    const keys = await page.evaluate(async () => {
      const names = (await caches.keys()).filter((k) => k.startsWith('cna-search-'));
      return (await Promise.all(names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => new URL(r.url).pathname)))).flat();
    });
    expect(keys.length).toBe(total);
    expect(keys.some((k) => k.includes('zh-cn_'))).toBe(false);
  });
});

describe('offline reading under a subpath', () => {
  it('registers the worker for the base path and reads offline there', async () => {
    const h = await start(subpathDir, subpathBase);
    try {
      const { page, context } = await h.page(desktop);
      await page.goto(h.site.url('containers/'));
      await controlled(page);
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
      expect(new URL(scope!).pathname).toBe(subpathBase);
      await page.goto(h.site.url('containers/history/'));
      await context.setOffline(true);
      await page.reload();
      expect(await page.locator('article .cna-prose p').count()).toBeGreaterThan(3);
      expect(await page.locator('link[rel="stylesheet"]').first().getAttribute('href')).toMatch(/^\/atlas\/_astro\//);
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toBe('');
      await context.setOffline(false);
    } finally {
      await h.close();
    }
  });
});

describe('a new build', () => {
  let root: string;
  let h: Harness;
  beforeAll(async () => {
    // dist/ as symlinks, with its own copy of sw.js that the test can change like a deploy would.
    root = mkdtempSync(join(tmpdir(), 'cna-sw-'));
    for (const name of readdirSync(distDir)) if (name !== 'sw.js') symlinkSync(join(distDir, name), join(root, name));
    writeFileSync(join(root, 'sw.js'), readFileSync(join(distDir, 'sw.js')));
    h = await start(root);
  });
  afterAll(async () => {
    await h?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('shows the update notice, and Reload switches to the new version', async () => {
    const { page } = await h.page(desktop);
    await page.goto(h.site.url('containers/'));
    await controlled(page);
    const notice = page.locator('[data-update-notice]');
    expect(await notice.isVisible()).toBe(false);
    const old = readFileSync(join(root, 'sw.js'), 'utf8');
    const version = /"version":"([0-9a-f]+)"/.exec(old)![1];
    writeFileSync(join(root, 'sw.js'), old.replace(`"version":"${version}"`, '"version":"0000000000000000"'));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await notice.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await notice.textContent()).toContain('A new version of the Atlas is available.');
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
    await controlled(page);
    const waiting = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null);
    expect(waiting).toBeNull();
    expect(await page.locator('[data-update-notice]').isVisible()).toBe(false);
  });
});
