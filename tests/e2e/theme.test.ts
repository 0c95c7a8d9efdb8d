/** The theme switch: light, dark, follow system; remembered; diagrams and code follow it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { desktop, start, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(async () => h?.close());

const visibleDiagram = (page: Page) =>
  page.evaluate(() => {
    const fig = document.querySelector('.cna-diagram');
    const light = fig?.querySelector('.cna-diagram__render--light') as HTMLElement;
    const dark = fig?.querySelector('.cna-diagram__render--dark') as HTMLElement;
    return { light: light.offsetParent !== null, dark: dark.offsetParent !== null };
  });
const codeColour = (page: Page) => page.evaluate(() => getComputedStyle(document.querySelector('.astro-code span span, .astro-code span')!).color);
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('theme', () => {
  it('follows the system setting by default', async () => {
    const { page } = await h.page({ ...desktop, colorScheme: 'dark' });
    await page.goto(h.site.url('containers/what-is-a-container/'));
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await page.getByLabel('Theme').inputValue()).toBe('system');
    expect(await visibleDiagram(page)).toEqual({ light: false, dark: true });
  });

  it('switches manually, recolours diagrams and code, and remembers the choice', async () => {
    const { page } = await h.page({ ...desktop, colorScheme: 'light' });
    await page.goto(h.site.url('containers/build-ship-run/'));
    const lightBg = await background(page);
    const lightCode = await codeColour(page);
    await page.getByLabel('Theme').selectOption('dark');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await background(page)).not.toBe(lightBg);
    expect(await codeColour(page)).not.toBe(lightCode);
    await page.goto(h.site.url('containers/what-is-a-container/'));
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await visibleDiagram(page)).toEqual({ light: false, dark: true });
    await page.getByLabel('Theme').selectOption('light');
    expect(await visibleDiagram(page)).toEqual({ light: true, dark: false });
  });

  it('sets the theme before first paint (no flash of the wrong theme)', async () => {
    const { page, context } = await h.page({ ...desktop, colorScheme: 'light' });
    await context.addInitScript(() => localStorage.setItem('cna-theme', 'dark'));
    // Record the theme the first time the body exists, before any module script runs.
    await context.addInitScript(() => {
      new MutationObserver((_, obs) => {
        if (document.body) {
          (window as unknown as { firstTheme: string }).firstTheme = document.documentElement.dataset.theme ?? 'none';
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(h.site.url('kubernetes/'));
    expect(await page.evaluate(() => (window as unknown as { firstTheme: string }).firstTheme)).toBe('dark');
  });
});
