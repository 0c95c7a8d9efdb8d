/** With JavaScript off the site is still readable and navigable. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relative } from 'node:path';
import { desktop, distDir, phone, start, type Harness } from './harness';
import { htmlFiles } from '../site/built-site';

/** Every chapter page in both languages (chapter/page/ and zh-cn/chapter/page/). */
const chapterPages = htmlFiles(distDir)
  .map((f) => relative(distDir, f).replace(/index\.html$/, ''))
  .filter((p) => /^(zh-cn\/)?(cloud-native|cncf|containers|kubernetes|serverless|service-mesh|twelve-factor)\/[a-z0-9-]+\/$/.test(p));

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

  it('shows every chapter page in both languages, in its own language, with its diagrams', async () => {
    expect(chapterPages.filter((p) => p.startsWith('zh-cn/')).length).toBeGreaterThan(40);
    const { page } = await h.page({ ...phone, javaScriptEnabled: false });
    const problems: string[] = [];
    for (const path of chapterPages) {
      await page.goto(h.site.url(path));
      const zh = path.startsWith('zh-cn/');
      if (!(await page.getByRole('heading', { level: 1 }).isVisible())) problems.push(`${path}: no visible h1`);
      const lang = await page.locator('article').evaluate((a) => a.closest('[lang]')?.getAttribute('lang'));
      if (lang !== (zh ? 'zh-cn' : 'en')) problems.push(`${path}: article text is lang=${lang}`);
      const text = await page.locator('.cna-prose').innerText();
      if (zh && (text.match(/\p{Script=Han}/gu)?.length ?? 0) < 300) problems.push(`${path}: little Chinese text`);
      const diagrams = page.locator('.cna-diagram');
      if ((await diagrams.count()) > 0 && !(await diagrams.first().isVisible())) problems.push(`${path}: diagram hidden`);
    }
    expect(problems).toEqual([]);
  }, 600_000);
});
