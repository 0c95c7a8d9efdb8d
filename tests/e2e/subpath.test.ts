/** The site built with BASE_PATH=/atlas/ and served under /atlas/: links, assets, diagrams and search work. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, labPagePath, start, subpathBase, subpathDir, type Harness } from './harness';

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

  it('review questions, their links and a lab challenge link work under the subpath', async () => {
    const { page, errors } = await h.page(desktop);
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.addInitScript(() => {
      localStorage.setItem('cna-progress', JSON.stringify({ version: 1, read: {}, quizzes: {}, challenges: {},
        review: { 'containers/history/#quiz-1.1': { box: 1, seen: '2026-01-01', due: '2026-01-02' } } }));
    });
    await page.goto(h.site.url('review/'));
    const card = page.locator('form.cna-review__card');
    await card.waitFor();
    expect(await card.getByRole('link').first().getAttribute('href')).toBe('/atlas/containers/history/');
    expect(await card.getByRole('link').nth(1).getAttribute('href')).toMatch(/^\/atlas\/containers\//);
    await page.goto(h.site.url(`${labPagePath('mesh-traffic')}?challenge=mesh-strict&mesh-pa=STRICT`));
    const panel = page.locator('.cna-challenges');
    await panel.getByRole('button', { name: 'Check' }).click();
    expect(await panel.getByRole('status').textContent()).toMatch(/^Goal met\./);
    expect(new URL(page.url()).pathname).toBe(`/atlas/${labPagePath('mesh-traffic')}`);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });
});
