/** The site built with BASE_PATH=/atlas/ and served under /atlas/: links, assets, diagrams and search work. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, start, subpathBase, subpathDir, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await start(subpathDir, subpathBase);
});
afterAll(async () => h?.close());

describe('served under a subpath', () => {
  it('loads styles and scripts, navigates, and shows diagrams', async () => {
    const { page, errors } = await h.page(desktop);
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(h.site.url());
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/system-ui/);
    await page.getByRole('link', { name: 'Containers', exact: true }).first().click();
    await page.waitForURL(/\/atlas\/containers\/$/);
    await page.locator('.cna-chapter-pages a').first().click();
    await page.waitForURL(/\/atlas\/containers\/[a-z-]+\/$/);
    await page.goto(h.site.url('containers/what-is-a-container/'));
    expect(await page.locator('.cna-diagram svg').first().isVisible()).toBe(true);
    const termHref = await page.locator('a.cna-term__link').first().getAttribute('href');
    expect(termHref).toMatch(/^\/atlas\/glossary\/#/);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('searches and opens a result under the subpath', async () => {
    const { page } = await h.page(desktop);
    await page.goto(h.site.url('containers/'));
    await page.keyboard.press('/');
    await page.getByRole('searchbox').fill('overlayfs');
    await page.waitForSelector('.cna-search__result', { timeout: 15_000 });
    const href = await page.locator('.cna-search__result').first().getAttribute('href');
    expect(href).toMatch(/^\/atlas\//);
    await page.locator('.cna-search__result').first().click();
    await page.waitForURL(/\/atlas\//);
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
  });
});
