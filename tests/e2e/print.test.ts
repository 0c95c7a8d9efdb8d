/**
 * The print stylesheet, in Chromium's print media, from the dark theme (the harder case): the
 * article alone on light paper, light diagrams, external link targets written out, glossary
 * cards hidden, quiz answers readable.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { desktop, distDir, start, type Harness } from './harness';
import { htmlFiles } from '../site/built-site';

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(async () => h?.close());

/** The first chapter page of a language with a diagram, a glossary term, a callout and a quiz. */
function samplePage(zh: boolean): string {
  const file = htmlFiles(distDir).find((f) => {
    if (f.includes('/zh-cn/') !== zh) return false;
    const html = readFileSync(f, 'utf8');
    return ['class="cna-diagram', 'class="cna-term"', '<cna-quiz', 'class="cna-callout'].every((s) => html.includes(s));
  });
  if (!file) throw new Error('no chapter page with a diagram, a glossary term, a callout and a quiz: run `npm run build`');
  return file.slice(distDir.length + 1).replace(/index\.html$/, '');
}

describe.each([{ zh: false }, { zh: true }])('printing a chapter page (zh: $zh)', ({ zh }) => {
  it('prints the article alone, light, with link targets and quiz answers', async () => {
    const { page } = await h.page({ ...desktop, colorScheme: 'dark' });
    await page.goto(h.site.url(samplePage(zh)));
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    // A card left open on screen must not print.
    const link = page.locator('.cna-prose a.cna-term__link').first();
    await link.focus();
    await expect.poll(() => page.locator('.cna-prose .cna-term__tip').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });

    for (const selector of ['header.cna-header', '#cna-sidebar', '.cna-aside', '.cna-breadcrumbs', '.cna-pagination', 'footer', '.cna-page-actions', '.cna-quiz__actions']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('.cna-prose .cna-term__tip').first().isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);

    const diagram = page.locator('.cna-diagram').first();
    expect(await diagram.locator('.cna-diagram__render--light').isVisible()).toBe(true);
    expect(await diagram.locator('.cna-diagram__render--dark').isVisible()).toBe(false);

    const colours = await page.evaluate(() => {
      return {
        body: getComputedStyle(document.body).backgroundColor,
        text: getComputedStyle(document.querySelector('.cna-prose p')!).color,
        callout: getComputedStyle(document.querySelector('.cna-prose .cna-callout')!).backgroundColor,
        diagram: getComputedStyle(document.querySelector('.cna-diagram__scroll')!).backgroundColor,
      };
    });
    expect(colours.body).toBe('rgb(255, 255, 255)');
    expect(colours.text).toBe('rgb(0, 0, 0)');
    expect(colours.diagram).toBe('rgb(255, 255, 255)');
    // Callouts keep a light tint: each channel well above the dark theme's (about 20-50).
    for (const channel of colours.callout.match(/\d+/g)!.slice(0, 3).map(Number)) expect(channel).toBeGreaterThan(200);

    const source = page.locator('.cna-sources a[href^="http"]').first();
    const href = await source.getAttribute('href');
    const after = await source.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toBe(`" (${href})"`);

    const answers = page.locator('.cna-quiz__answers').first();
    expect(await answers.locator('li').first().isVisible()).toBe(true);
    expect(((await answers.locator('li').first().innerText()).trim()).length).toBeGreaterThan(10);
  });

  it('makes a PDF', async () => {
    const { page } = await h.page({ ...desktop, colorScheme: 'dark' });
    await page.goto(h.site.url(samplePage(zh)));
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
  });
});
