/**
 * The Kubernetes control-loop lab in a real browser, driven the way a reader would: by role
 * and accessible name, with clicks, typing and the keyboard. Runs against the built site.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { phone, labSession } from './harness';

describe('Kubernetes control-loop lab', () => {
  const open = labSession('k8s-control-loop', (page) => page.getByRole('button', { name: 'Step', exact: true }).waitFor());
  const status = (page: Page) => page.locator('cna-k8s [role="status"]');
  const log = (page: Page) => page.locator('cna-k8s .k8s-log').innerText();

  it('fails a node, evicts its Pods after the delay and replaces them elsewhere', async () => {
    const { page, errors } = await open();
    expect(await page.getByRole('heading', { name: 'Kubernetes control loop and scheduler' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Fail node-1' }).click();
    expect(await status(page).textContent()).toContain('node-1 stopped answering');
    // The same button now offers recovery and keeps keyboard focus.
    const recover = page.getByRole('button', { name: 'Recover node-1' });
    expect(await recover.evaluate((el) => el === document.activeElement)).toBe(true);
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Step', exact: true }).click();
    expect(await log(page)).toContain('Node controller evicted');
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    const table = await page.getByRole('region', { name: 'Deployment status' }).innerText();
    expect(table).toMatch(/web\s+4\s+4\s+4\s+4\s+4/);
    expect(errors).toEqual([]);
  });

  it('rolls out a new image step by step and reports the rollout complete', async () => {
    const { page, errors } = await open();
    await page.getByRole('button', { name: 'Update image to web:1.1' }).click();
    for (let i = 0; i < 12 && !(await log(page)).includes('Rollout complete'); i++) {
      await page.getByRole('button', { name: 'Step', exact: true }).click();
    }
    expect(await log(page)).toContain('Rollout complete: all 4 Pods run web:1.1');
    await page.getByRole('button', { name: 'Roll back' }).click();
    expect(await status(page).textContent()).toContain('revision 1');
    expect(errors).toEqual([]);
  });

  it('writes scaling to the URL and rejects maxSurge and maxUnavailable both 0', async () => {
    const { page } = await open();
    const replicas = page.getByRole('spinbutton', { name: 'Replicas' });
    await replicas.fill('9');
    await replicas.press('Enter');
    expect(page.url()).toContain('k8s-replicas=9');
    await page.getByRole('textbox', { name: 'maxSurge' }).fill('0');
    await page.getByRole('textbox', { name: 'maxUnavailable' }).fill('0');
    await page.getByRole('button', { name: 'Apply strategy' }).click();
    expect(await status(page).textContent()).toContain('may not be 0 when `maxSurge` is 0');
  });

  it('shows the scheduler reason for a Pod that fits nowhere, read from the URL', async () => {
    const { page } = await open('?k8s-replicas=1&k8s-cpu=5000');
    expect(await page.locator('cna-k8s .k8s-pending').innerText()).toContain('0/3 nodes are available: 3 Insufficient cpu.');
  });

  it('fits a 375 px wide phone screen without sideways scrolling', async () => {
    const { page } = await open('', phone);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
