/** With JavaScript off the site is still readable and navigable. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, phone, start, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(async () => h?.close());

describe('reading with JavaScript off', () => {
  it('shows the text, diagrams, sidebar and contents on a phone, and hides controls that need JS', async () => {
    const { page } = await h.page({ ...phone, javaScriptEnabled: false });
    await page.goto(h.site.url('containers/namespaces-and-cgroups/'));
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    expect(await page.locator('.cna-diagram').first().isVisible()).toBe(true);
    expect(await page.getByRole('navigation', { name: 'Chapters' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Search' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    await page.locator('summary', { hasText: 'On this page' }).click();
    expect(await page.locator('.cna-toc--inline a').nth(1).isVisible()).toBe(true);
  });

  it('follows links between pages and languages', async () => {
    const { page } = await h.page({ ...desktop, javaScriptEnabled: false });
    await page.goto(h.site.url());
    await page.getByRole('link', { name: 'Kubernetes', exact: true }).first().click();
    await page.waitForURL(/\/kubernetes\/$/);
    await page.getByRole('link', { name: '阅读中文版' }).click();
    await page.waitForURL(/\/zh-cn\/kubernetes\/$/);
  });

  it('lets a reader reveal quiz answers without JavaScript', async () => {
    const { page } = await h.page({ ...desktop, javaScriptEnabled: false });
    await page.goto(h.site.url('containers/'));
    const last = await page.locator('.cna-chapter-pages a').last().getAttribute('href');
    await page.goto(new URL(last!, h.site.url()).href);
    const answers = page.locator('.cna-quiz__answers').first();
    expect(await answers.locator('li').first().isVisible()).toBe(false);
    await answers.locator('summary').click();
    expect(await answers.locator('li').first().isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Check answers' }).isVisible()).toBe(false);
  });
});
