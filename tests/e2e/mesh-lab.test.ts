/**
 * The service-mesh traffic lab in a real browser, driven by role and accessible name with clicks
 * and the keyboard. Runs against the built site.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { desktop, phone, start, type Harness, labPagePath } from './harness';

const labPage = (id: string) => labPagePath(id);

describe('service mesh traffic lab', () => {
  let h: Harness;
  let path: string;

  beforeAll(async () => {
    h = await start();
    path = labPage('mesh-traffic');
  });
  afterAll(async () => {
    await h?.close();
  });

  async function open(query = '', options = desktop): Promise<{ page: Page; errors: Error[] }> {
    const { page, errors } = await h.page(options);
    await page.goto(h.site.url(`${path}${query}`));
    // The lab's code loads when the lab comes near the viewport, as when a reader scrolls to it.
    await page.locator('section.cna-lab[data-lab="mesh-traffic"]').scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: /^Send a batch of/ }).waitFor();
    return { page, errors };
  }
  const status = (page: Page) => page.locator('cna-mesh [role="status"]');
  const log = (page: Page) => page.locator('cna-mesh .mesh-log').innerText();

  it('ejects a broken v2 Pod after 5 errors in a row and brings it back after baseEjectionTime', async () => {
    // All traffic to v2, one broken v2 Pod, no retries, outlier detection with maxEjectionPercent 50.
    const { page, errors } = await open('?mesh-w=100&mesh-a=0&mesh-bn=1&mesh-od=1&mesh-mx=50');
    expect(await page.getByRole('heading', { name: 'Service mesh traffic' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Send a batch of 20' }).click();
    expect(await status(page).textContent()).toContain('Batch 1 sent');
    expect(await log(page)).toMatch(/reviews-v2-0 ejected at [\d.]+ s for 30\.0 s/);
    expect(await page.getByRole('region', { name: 'Pods and their outlier-detection state' }).innerText()).toContain('ejected');
    await page.getByRole('combobox', { name: 'Time to wait' }).selectOption('30');
    await page.getByRole('button', { name: 'Wait', exact: true }).click();
    await page.getByRole('button', { name: 'Wait', exact: true }).click();
    expect(await log(page)).toMatch(/reviews-v2-0 returned to the pool at [\d.]+ s/);
    expect(page.url()).toContain('mesh-run=b.w30.w30');
    expect(errors).toEqual([]);
  });

  it('changes retries with the keyboard and writes them to the URL', async () => {
    const { page } = await open();
    const attempts = page.getByRole('slider', { name: 'attempts', exact: true });
    await attempts.focus();
    await page.keyboard.press('ArrowRight');
    expect(page.url()).toContain('mesh-a=3');
    expect(await status(page).textContent()).toContain('Settings changed');
  });

  it('rejects plaintext calls under STRICT mTLS when the frontend has no sidecar', async () => {
    const { page } = await open();
    await page.getByRole('combobox', { name: 'Mode on the reviews workloads' }).selectOption('STRICT');
    await page.getByRole('checkbox', { name: 'The frontend Pod has a sidecar' }).uncheck();
    expect(page.url()).toMatch(/mesh-pa=STRICT/);
    await page.getByRole('button', { name: /^Send a batch of/ }).click();
    expect(await status(page).textContent()).toContain('Calls reset: 20');
    expect(await page.getByRole('region', { name: 'Every request of the last batch' }).innerText()).toContain('000');
  });

  it('replays a shared link: same settings and actions give the same log', async () => {
    const query = '?mesh-w=50&mesh-bn=1&mesh-od=1&mesh-mx=50&mesh-seed=7&mesh-run=b.w10.b';
    const a = await open(query);
    const b = await open(query);
    const table = (page: Page) => page.getByRole('region', { name: 'Every request of the last batch' }).innerText();
    expect(await table(a.page)).toBe(await table(b.page));
  });

  it('fits a 375 px wide phone screen: only its own scroll boxes scroll sideways', async () => {
    const { page } = await open('?mesh-run=b', phone);
    // Measured on the lab's panel, not the whole page, so other content cannot mask or cause a failure.
    const fit = await page.evaluate(() => {
      const lab = document.querySelector('[data-lab="mesh-traffic"]')!;
      return { inside: lab.scrollWidth - lab.clientWidth, right: lab.getBoundingClientRect().right - document.documentElement.clientWidth };
    });
    expect(fit.inside).toBeLessThanOrEqual(0);
    expect(fit.right).toBeLessThanOrEqual(0);
  });
});
