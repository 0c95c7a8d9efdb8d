/**
 * Glossary cards against WCAG 2.2 SC 1.4.13 (content on hover or focus), in both languages:
 * hover and focus open the card, the pointer can move onto it, Escape dismisses it without
 * moving focus, touch taps show it with a link to the full entry, and nothing shifts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { desktop, phone, root, start, type Harness } from './harness';
import { loadGlossary } from '../../src/lib/glossary-data';

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(async () => h?.close());

const pages = [
  { locale: 'en', path: 'containers/namespaces-and-cgroups/', fullEntry: 'Full entry in the glossary' },
  { locale: 'zh-cn', path: 'zh-cn/containers/namespaces-and-cgroups/', fullEntry: '在术语表中查看完整词条' },
] as const;

/** The first glossary term in the article: its wrapper, link and card. */
function firstTerm(page: Page) {
  const term = page.locator('.cna-prose .cna-term').first();
  return { term, link: term.locator('a.cna-term__link'), card: term.locator('.cna-term__tip') };
}
const isPopoverOpen = (card: Locator) => card.evaluate((el) => el.matches(':popover-open'));
const center = async (l: Locator) => {
  const b = (await l.boundingBox())!;
  return { x: b.x + b.width / 2, y: b.y + b.height / 2, box: b };
};

/** Starts summing layout shifts (including ones without recent input). */
async function watchShifts(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number }[]) w.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: false });
  });
}
const shifts = async (page: Page) => {
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  return page.evaluate(() => (window as unknown as { __shift: number }).__shift);
};

describe.each(pages)('glossary cards ($locale)', ({ locale, path, fullEntry }) => {
  it('opens on hover, stays while the pointer moves onto the card and rests there, closes when it leaves both', async () => {
    const { page, errors } = await h.page(desktop);
    await page.goto(h.site.url(path));
    const { link, card } = firstTerm(page);
    await link.scrollIntoViewIfNeeded();
    await watchShifts(page);
    expect(await card.isVisible()).toBe(false);
    const from = await center(link);
    await page.mouse.move(from.x, from.y);
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await isPopoverOpen(card)).toBe(true);
    // The card sits right under the term (anchor positioning), with no gap to cross.
    const to = await center(card);
    expect(Math.abs(to.box.y - (from.box.y + from.box.height))).toBeLessThan(2);
    await page.mouse.move(to.x, to.y, { steps: 12 });
    await page.waitForTimeout(700);
    expect(await card.isVisible()).toBe(true);
    await page.mouse.move(to.box.x + 4, to.box.y + to.box.height - 4, { steps: 5 });
    await page.waitForTimeout(400);
    expect(await card.isVisible()).toBe(true);
    await page.mouse.move(5, 5, { steps: 5 });
    await expect.poll(() => card.isVisible(), { timeout: 2000 }).toBe(false);
    expect(await shifts(page)).toBe(0);
    expect(errors).toEqual([]);
  });

  it('opens on keyboard focus, closes on Escape with focus kept on the link, and stays closed until focus comes back', async () => {
    const { page } = await h.page(desktop);
    await page.goto(h.site.url(path));
    const { term, link, card } = firstTerm(page);
    await link.scrollIntoViewIfNeeded();
    await watchShifts(page);
    await link.focus();
    await expect.poll(() => card.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);
    expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
    // Dismissed: hovering the focused term does not bring it back.
    const c = await center(link);
    await page.mouse.move(c.x, c.y);
    await page.waitForTimeout(300);
    expect(await card.isVisible()).toBe(false);
    await page.mouse.move(5, 5);
    await page.waitForTimeout(400);
    // Tab moves on (the card is no focus trap) and closes it; Shift+Tab comes back and opens it.
    await page.keyboard.press('Tab');
    expect(await term.evaluate((el) => el.contains(document.activeElement))).toBe(false);
    expect(await card.isVisible()).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await shifts(page)).toBe(0);
  });

  it('describes the term link with the glossary definition', async () => {
    const { page, context } = await h.page(desktop);
    await page.goto(h.site.url(path));
    const { link } = firstTerm(page);
    const id = (await link.getAttribute('data-term'))!;
    const expected = loadGlossary(root, locale).get(id)!.short;
    const cdp = await context.newCDPSession(page);
    const { root: doc } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: doc.nodeId, selector: '.cna-prose a.cna-term__link' });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    const node = nodes.find((n) => n.role?.value === 'link')!;
    expect(node.name?.value).toBe((await link.textContent())?.trim());
    expect(node.description?.value).toBe(expected);
  });

  it('shows the card on a tap instead of navigating, closes it on a tap elsewhere, and follows the entry link', async () => {
    const { page, errors } = await h.page(phone);
    await page.goto(h.site.url(path));
    const { link, card } = firstTerm(page);
    await link.scrollIntoViewIfNeeded();
    await watchShifts(page);
    const before = page.url();
    await link.tap();
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(page.url()).toBe(before);
    const entry = card.getByRole('link', { name: fullEntry });
    expect(await entry.isVisible()).toBe(true);
    // The sheet along the bottom edge stays inside the screen.
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(phone.viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(phone.viewport.height);
    await page.getByRole('heading', { level: 1 }).tap();
    await expect.poll(() => card.isVisible()).toBe(false);
    expect(page.url()).toBe(before);
    expect(await shifts(page)).toBe(0);
    await link.tap();
    await expect.poll(() => card.isVisible()).toBe(true);
    const id = await link.getAttribute('data-term');
    await entry.tap();
    await page.waitForURL((u) => u.pathname.endsWith('/glossary/') && u.hash === `#${id}`);
    expect(errors).toEqual([]);
  });

  it('follows the term link on a second tap', async () => {
    const { page } = await h.page(phone);
    await page.goto(h.site.url(path));
    const { link, card } = firstTerm(page);
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    await expect.poll(() => card.isVisible()).toBe(true);
    await link.tap();
    await page.waitForURL(/\/glossary\/#/);
  });

  it('still shows the card on hover and links to the entry with JavaScript off', async () => {
    const { page } = await h.page({ ...desktop, javaScriptEnabled: false });
    await page.goto(h.site.url(path));
    const { link, card } = firstTerm(page);
    expect(await link.getAttribute('href')).toMatch(/\/glossary\/#[a-z0-9-]+$/);
    expect(await card.isVisible()).toBe(false);
    await link.hover();
    expect(await card.isVisible()).toBe(true);
    // CSS alone has no grace delay: the pointer goes straight down onto the card, then across it.
    const from = await center(link);
    const to = await center(card);
    await page.mouse.move(from.x, to.box.y + 6, { steps: 4 });
    await page.mouse.move(to.x, to.y, { steps: 8 });
    expect(await card.isVisible()).toBe(true);
    await page.mouse.move(5, 5);
    expect(await card.isVisible()).toBe(false);
  });
});
