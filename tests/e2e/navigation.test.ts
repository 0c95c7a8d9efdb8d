/** Reading and moving around the site as a person would, in real Chromium. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, phone, start, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(async () => h?.close());

describe('navigation', () => {
  it('goes from the home page map to a chapter page and marks it in the sidebar', async () => {
    const { page, errors } = await h.page(desktop);
    await page.goto(h.site.url());
    await page.getByRole('link', { name: 'Containers', exact: true }).first().click();
    await page.waitForURL(/\/containers\/$/);
    await page.getByRole('main').getByRole('link', { name: /What is a container/i }).first().click();
    await page.waitForURL(/\/containers\/what-is-a-container\/$/);
    const current = page.getByRole('navigation', { name: 'Chapters' }).locator('a[aria-current="page"]');
    await expect(current.textContent()).resolves.toMatch(/container/i);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/container/i);
    expect(errors).toEqual([]);
  });

  it('has breadcrumbs, previous/next links and a sources section', async () => {
    const { page } = await h.page(desktop);
    await page.goto(h.site.url('containers/namespaces-and-cgroups/'));
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumbs' });
    expect(await crumbs.getByRole('link').allTextContents()).toEqual(['Home', 'Containers', expect.stringMatching(/amespaces/)]);
    const next = page.getByRole('navigation', { name: 'More pages' }).locator('a[rel="next"]');
    const nextTitle = await next.locator('strong').textContent();
    await next.click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(nextTitle);
    await expect(page.getByRole('heading', { name: 'Sources', level: 2 }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Edit this page' }).getAttribute('href')).resolves.toMatch(/\/edit\/main\/content\/en\/containers\/.+\.mdx$/);
    expect(await page.locator('text=Last reviewed').count()).toBe(1);
  });

  it('switches to the same page in Chinese and back, with lang set', async () => {
    const { page } = await h.page(desktop);
    await page.goto(h.site.url('containers/what-is-a-container/'));
    await page.getByRole('link', { name: '阅读中文版' }).click();
    await page.waitForURL(/\/zh-cn\/containers\/what-is-a-container\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-cn');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/容器/);
    await page.getByRole('link', { name: 'Read in English' }).click();
    await page.waitForURL(/\/containers\/what-is-a-container\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });

  it('shows a Chinese page in Chinese, with no untranslated or outdated notice when its translation is current', async () => {
    const { page } = await h.page(desktop);
    await page.goto(h.site.url('zh-cn/containers/history/'));
    expect(await page.getAttribute('html', 'lang')).toBe('zh-cn');
    expect(await page.locator('article').getAttribute('lang')).toBeNull();
    expect(await page.locator('.cna-untranslated, .cna-outdated').count()).toBe(0);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/\p{Script=Han}/u);
  });

  it('highlights the section in view in the on-page contents', async () => {
    const { page } = await h.page(desktop);
    await page.goto(h.site.url('containers/images-and-layers/'));
    const toc = page.getByRole('navigation', { name: 'On this page' }).first();
    const links = toc.locator('a[data-toc-link]');
    const target = await links.nth(3).getAttribute('data-toc-link');
    await page.locator(`[id="${target}"]`).scrollIntoViewIfNeeded();
    await page.evaluate((id) => document.getElementById(id!)?.scrollIntoView({ block: 'start' }), target);
    await page.waitForTimeout(300);
    expect(await toc.locator('a[aria-current="true"]').getAttribute('data-toc-link')).toBe(target);
  });

  it('opens and closes the sidebar with the menu button on a phone', async () => {
    const { page } = await h.page(phone);
    await page.goto(h.site.url('kubernetes/'));
    const sidebar = page.getByRole('navigation', { name: 'Chapters' });
    expect(await sidebar.isVisible()).toBe(false);
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.click();
    expect(await sidebar.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Close menu' }).getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await sidebar.isVisible()).toBe(false);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
  });

  it('serves the 404 page for an unknown address', async () => {
    const { page } = await h.page(desktop);
    const response = await page.goto(h.site.url('no/such/page/'));
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
  });

  it('keeps the section when the reader switches language, by #hash or by scroll position', async () => {
    const { page, errors } = await h.page(desktop);
    await page.goto(h.site.url('containers/namespaces-and-cgroups/'));
    const ids = await page.locator('.cna-prose h2[id]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids.length).toBeGreaterThan(3);
    const [byHash, byScroll] = [ids[2], ids[3]];
    await page.goto(h.site.url(`containers/namespaces-and-cgroups/#${byHash}`));
    await page.locator('a.cna-lang').click();
    await page.waitForURL(/zh-cn/); expect(new URL(page.url()).hash).toBe(`#${byHash}`);
    expect(await page.locator(`[id="${byHash}"]`).evaluate((el) => el.tagName)).toBe('H2');
    // Without a hash: scroll to a section in Chinese, switch, land on the same section in English.
    const { page: zh } = await h.page(desktop);
    await zh.goto(h.site.url('zh-cn/containers/namespaces-and-cgroups/'));
    await zh.locator(`[id="${byScroll}"]`).evaluate((el) => el.scrollIntoView({ behavior: 'instant' }));
    // A click from script: Playwright's click would first scroll the header link "into view".
    await zh.locator('a.cna-lang').evaluate((a: HTMLAnchorElement) => a.click());
    await zh.waitForURL((u) => !u.pathname.startsWith("/zh-cn/")); expect(new URL(zh.url()).hash).toBe(`#${byScroll}`);
    expect(await zh.locator(`[id="${byScroll}"]`).evaluate((el) => el.tagName)).toBe('H2');
    expect(errors).toEqual([]);
  });
});
