/**
 * The CNCF project explorer in a real browser: search, level filter, the year slider, a project's
 * timeline, URL state, and the static table without JavaScript. Runs against the built site.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cncfProjects } from '../../src/data/cncf-projects';
import { desktop, phone, start, type Harness, labPagePath } from './harness';

const labPage = (id: string) => labPagePath(id);

describe('CNCF project explorer', () => {
  let h: Harness;
  let path: string;

  beforeAll(async () => {
    h = await start();
    path = labPage('cncf-explorer');
  });
  afterAll(async () => {
    await h?.close();
  });

  async function open(query = '', options: Parameters<Harness['page']>[0] = desktop): Promise<{ page: Page; errors: Error[] }> {
    const { page, errors } = await h.page(options);
    await page.goto(h.site.url(`${path}${query}`));
    // The lab's code loads when the lab comes near the viewport, as when a reader scrolls to it.
    await page.locator('section.cna-lab[data-lab="cncf-explorer"]').scrollIntoViewIfNeeded();
    await page.getByRole('searchbox', { name: 'Search by name or category' }).waitFor();
    return { page, errors };
  }
  const rows = (page: Page) => page.locator('cna-cncf .cncf-results tbody tr');
  const status = (page: Page) => page.locator('cna-cncf [role="status"]');

  it('searches, filters by level and writes both to the URL', async () => {
    const { page, errors } = await open();
    expect(await rows(page).count()).toBe(cncfProjects.length);
    await page.getByRole('searchbox', { name: 'Search by name or category' }).fill('service mesh');
    await page.waitForFunction(() => document.querySelectorAll('cna-cncf .cncf-results tbody tr').length < 10);
    const names = await page.locator('cna-cncf .cncf-results tbody th').allInnerTexts();
    expect(names).toEqual(expect.arrayContaining(['Envoy', 'Istio', 'Linkerd']));
    expect(names).not.toContain('Kubernetes');
    await page.getByRole('checkbox', { name: 'Incubating' }).check();
    expect(page.url()).toContain('cncf-m=incubating');
    expect(page.url()).toContain('cncf-q=service+mesh');
    expect(errors).toEqual([]);
  });

  it('goes back in time with the keyboard: Istio is not in CNCF at the end of 2021', async () => {
    const { page } = await open('?cncf-q=istio');
    expect(await rows(page).count()).toBe(1);
    const year = page.getByRole('slider', { name: 'Show the landscape as of' });
    await year.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    expect(page.url()).toContain('cncf-y=2021');
    expect(await status(page).textContent()).toContain('2021-12-31');
    expect(await page.locator('cna-cncf .cncf-results').innerText()).toContain('No project matches');
  });

  it('shows a timeline for the selected project and moves focus to it', async () => {
    const { page } = await open('?cncf-q=kubernetes');
    await page.getByRole('button', { name: 'Kubernetes' }).press('Enter');
    const heading = page.getByRole('heading', { name: 'Kubernetes: path through the levels' });
    expect(await heading.evaluate((el) => el === document.activeElement)).toBe(true);
    const text = await page.locator('cna-cncf .cncf-timeline').innerText();
    expect(text).toContain('Incubating: from 2016-03-10 to 2018-03-06, 23 months');
    expect(text).toContain('entered CNCF directly at the incubating level');
    expect(page.url()).toContain('cncf-p=kubernetes');
  });

  it('shows the full table without JavaScript', async () => {
    const { page } = await h.page({ ...desktop, javaScriptEnabled: false });
    await page.goto(h.site.url(path));
    const table = page.getByRole('table', { name: 'CNCF projects and their levels' });
    expect(await table.locator('tbody tr').count()).toBe(cncfProjects.length);
  });

  it('fits a 375 px wide phone screen: only its own scroll boxes scroll sideways', async () => {
    const { page } = await open('?cncf-p=coredns', phone);
    // Measured on the lab's panel, not the whole page, so other content cannot mask or cause a failure.
    const fit = await page.evaluate(() => {
      const lab = document.querySelector('[data-lab="cncf-explorer"]')!;
      return { inside: lab.scrollWidth - lab.clientWidth, right: lab.getBoundingClientRect().right - document.documentElement.clientWidth };
    });
    expect(fit.inside).toBeLessThanOrEqual(0);
    expect(fit.right).toBeLessThanOrEqual(0);
  });
});
