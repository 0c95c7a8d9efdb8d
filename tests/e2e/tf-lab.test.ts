/**
 * The twelve-factor self-assessment in a real browser: answering, the shareable ?tf= link,
 * advice, and links to the chapter that keep the base path. Runs against the built sites.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { desktop, distDir, phone, start, subpathBase, subpathDir, type Harness, labPagePath } from './harness';

const labPage = (dir: string, id: string) => labPagePath(id, dir);

describe('twelve-factor self-assessment', () => {
  let h: Harness;
  let path: string;

  beforeAll(async () => {
    h = await start();
    path = labPage(distDir, 'twelve-factor-check');
  });
  afterAll(async () => {
    await h?.close();
  });

  async function open(query = '', options: Parameters<Harness['page']>[0] = desktop): Promise<{ page: Page; errors: Error[] }> {
    const { page, errors } = await h.page(options);
    await page.goto(h.site.url(`${path}${query}`));
    // The lab's code loads when the lab comes near the viewport, as when a reader scrolls to it.
    await page.locator('section.cna-lab[data-lab="twelve-factor-check"]').scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Copy link to these answers' }).waitFor();
    return { page, errors };
  }
  const status = (page: Page) => page.locator('cna-tf [role="status"]');

  it('stores an answer in the URL and scores its factor', async () => {
    const { page, errors } = await open();
    await page.getByRole('radio', { name: 'In environment variables, set separately for each deploy' }).check();
    expect(new URL(page.url()).searchParams.get('tf')).toBe('----2');
    expect(await status(page).textContent()).toBe('III. Config: 2 of 2, ✓ follows it.');
    expect(await page.locator('cna-tf .tf-total').textContent()).toContain('Score: 2 of 48 (1 of 24 questions answered)');
    expect(errors).toEqual([]);
  });

  it('restores answers from a shared link and advises on the weakest factors first', async () => {
    const { page } = await open('?tf=2200');
    expect(await page.getByRole('radio', { name: 'They are installed by hand on the servers' }).isChecked()).toBe(true);
    const advice = page.locator('cna-tf .tf-advice > li').first();
    expect(await advice.innerText()).toContain('II. Dependencies (✗ breaks it)');
    const href = await advice.getByRole('link').getAttribute('href');
    expect(href).toBe('/twelve-factor/codebase-dependencies-config/#ii-dependencies');
    await advice.getByRole('link').click();
    await page.waitForURL(/#ii-dependencies$/);
    expect(await page.locator('#ii-dependencies').count()).toBe(1);
  });

  it('tolerates a damaged link and clears all answers', async () => {
    const { page, errors } = await open('?tf=2x<9');
    expect(await page.getByRole('radio', { name: 'In one repository per app; every environment deploys a version of it' }).isChecked()).toBe(true);
    expect(await page.locator('cna-tf input[type="radio"]:checked').count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('tf')).toBe('2x<9');
    await page.getByRole('button', { name: 'Clear all answers' }).click();
    expect(new URL(page.url()).searchParams.has('tf')).toBe(false);
    expect(await status(page).textContent()).toBe('All answers cleared.');
    expect(errors).toEqual([]);
  });

  it('copies the link to the clipboard', async () => {
    const { page } = await open('?tf=2', { ...desktop, permissions: ['clipboard-read', 'clipboard-write'] });
    await page.getByRole('button', { name: 'Copy link to these answers' }).click();
    // The clipboard write is asynchronous: wait for the announcement rather than reading it at once.
    await page.waitForFunction(() => document.querySelector('cna-tf [role="status"]')?.textContent === 'Link copied.', null, { timeout: 5000 }).catch(() => undefined);
    expect(await status(page).textContent()).toBe('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('tf=2');
  });

  it('fits a 375 px wide phone screen: only its own scroll boxes scroll sideways', async () => {
    const { page } = await open('?tf=012012', phone);
    // Measured on the lab's panel, not the whole page, so other content cannot mask or cause a failure.
    const fit = await page.evaluate(() => {
      const lab = document.querySelector('[data-lab="twelve-factor-check"]')!;
      return { inside: lab.scrollWidth - lab.clientWidth, right: lab.getBoundingClientRect().right - document.documentElement.clientWidth };
    });
    expect(fit.inside).toBeLessThanOrEqual(0);
    expect(fit.right).toBeLessThanOrEqual(0);
  });
});

describe.skipIf(!existsSync(join(subpathDir, 'index.html')))('twelve-factor links under a subpath', () => {
  it('prefixes the chapter links with the base path', async () => {
    const h = await start(subpathDir, subpathBase);
    try {
      const { page } = await h.page(desktop);
      await page.goto(h.site.url(`${labPage(subpathDir, 'twelve-factor-check')}?tf=0`));
      const href = await page.locator('cna-tf .tf-advice a').first().getAttribute('href');
      expect(href).toBe('/atlas/twelve-factor/codebase-dependencies-config/#i-codebase');
    } finally {
      await h.close();
    }
  });
});
