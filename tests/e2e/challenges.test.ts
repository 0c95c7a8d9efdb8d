/**
 * Lab challenges in a real browser: one challenge per lab solved through the lab's own controls,
 * a deep link that restores the challenge and its inputs, completions on the progress page,
 * and the Chinese edition. Runs against the built site in dist/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { desktop, labPagePath, start, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(async () => h?.close());

const panel = (page: Page) => page.locator('.cna-challenges');
const verdict = (page: Page) => panel(page).getByRole('status');

async function openLab(page: Page, lab: string, query = '', locale = '') {
  await page.goto(h.site.url(`${locale}${labPagePath(lab)}${query}`));
  // The lab's code loads when the lab comes near the viewport, as a reader scrolls to it.
  if (!query) await page.locator(`section.cna-lab[data-lab="${lab}"]`).scrollIntoViewIfNeeded();
  await panel(page).waitFor();
}
async function pick(page: Page, id: string) {
  await panel(page).getByRole('combobox', { name: 'Challenge' }).selectOption(id);
}
async function check(page: Page): Promise<string> {
  await panel(page).getByRole('button', { name: 'Check' }).click();
  return (await verdict(page).textContent()) ?? '';
}

describe('lab challenges', () => {
  it('Kubernetes: a rollout strategy that keeps 4 of 5 replicas serving, restored from its link', async () => {
    const { page, errors } = await h.page(desktop);
    await openLab(page, 'k8s-control-loop');
    await pick(page, 'k8s-rollout');
    const url = new URL(page.url());
    expect(url.searchParams.get('challenge')).toBe('k8s-rollout');
    expect(url.searchParams.get('k8s-replicas')).toBe('5');
    expect(await page.getByRole('spinbutton', { name: 'Replicas' }).inputValue()).toBe('5');
    expect(await panel(page).innerText()).toContain('at least 4 of the 5 replicas');
    expect(await check(page)).toMatch(/^Not yet\. Availability dropped to 3 of 5: maxUnavailable 50% of 5 rounds down to 2/);
    await page.getByRole('textbox', { name: 'maxSurge' }).fill('1');
    await page.getByRole('textbox', { name: 'maxUnavailable' }).fill('1');
    await page.getByRole('button', { name: 'Apply strategy' }).click();
    expect(await check(page)).toMatch(/^Goal met\. During the rollout at least 4 of 5 replicas stayed available/);
    // The link restores the challenge and the inputs.
    const { page: again } = await h.page(desktop);
    await again.goto(page.url());
    await panel(again).waitFor();
    expect(await panel(again).getByRole('combobox', { name: 'Challenge' }).inputValue()).toBe('k8s-rollout');
    expect(await again.getByRole('textbox', { name: 'maxUnavailable' }).inputValue()).toBe('1');
    expect(await check(again)).toMatch(/^Goal met\./);
    // Reset to start puts the starting strategy back.
    await panel(again).getByRole('button', { name: 'Reset to start' }).click();
    expect(await again.getByRole('textbox', { name: 'maxUnavailable' }).inputValue()).toBe('50%');
    expect(await check(again)).toMatch(/^Not yet\./);
    // Changing an input the challenge keeps fixed is named in the verdict.
    await again.getByRole('spinbutton', { name: 'Replicas' }).fill('6');
    await again.getByRole('button', { name: 'Scale', exact: true }).click();
    expect(await check(again)).toMatch(/keeps replicas as it started/);
    expect(errors).toEqual([]);
  });

  it('serverless: reserved concurrency high enough that nothing is throttled', async () => {
    const { page, errors } = await h.page(desktop);
    await openLab(page, 'serverless-scaling', '?challenge=serverless-throttle&serverless.mode=lambda&serverless.max=5');
    expect(await panel(page).getByRole('combobox', { name: 'Challenge' }).inputValue()).toBe('serverless-throttle');
    expect(await check(page)).toMatch(/^Not yet\. \d+ request\(s\) were throttled: reserved concurrency 5 caps the function at 5 environments/);
    const max = page.getByLabel(/^Reserved concurrency/);
    await max.fill('30');
    await max.dispatchEvent('change');
    await page.waitForURL(/serverless\.max=30/);
    expect(await check(page)).toMatch(/^Goal met\. No request was throttled: with reserved concurrency 30/);
    expect(errors).toEqual([]);
  });

  it('image layers: a write copies the file up, and the lower layer keeps the original', async () => {
    const { page, errors } = await h.page(desktop);
    await openLab(page, 'image-layers');
    await pick(page, 'layers-copy-up');
    expect(await check(page)).toMatch(/^Not yet\. A's upper layer has no copy of \/etc\/passwd: A still reads it from layer 2/);
    await page.getByRole('combobox', { name: 'File or directory' }).selectOption('/etc/passwd');
    await page.getByRole('button', { name: 'Append a line (write)' }).click();
    expect(await check(page)).toMatch(/^Goal met\. A's upper layer now holds a full copy of \/etc\/passwd \(\d+ bytes\), copied up from layer 2.*Layer 2 still holds the original/);
    expect(errors).toEqual([]);
  });

  it('service mesh: STRICT mTLS needs a sidecar on the client', async () => {
    const { page, errors } = await h.page(desktop);
    await openLab(page, 'mesh-traffic');
    await pick(page, 'mesh-strict');
    expect(await page.getByRole('checkbox', { name: 'The frontend Pod has a sidecar' }).isChecked()).toBe(false);
    await page.getByRole('combobox', { name: 'Mode on the reviews workloads' }).selectOption('STRICT');
    expect(await check(page)).toMatch(/^Not yet\. STRICT resets plaintext connections: 20 of 20 requests/);
    await page.getByRole('checkbox', { name: 'The frontend Pod has a sidecar' }).check();
    expect(await check(page)).toMatch(/^Goal met\. Mode STRICT/);
    expect(errors).toEqual([]);
  });

  it('twelve-factor: answering the Config questions the twelve-factor way', async () => {
    const { page, errors } = await h.page(desktop);
    await openLab(page, 'twelve-factor-check');
    await pick(page, 'tf-config');
    expect(await check(page)).toMatch(/^Not yet\. Answer both Config questions first \(0 of 2 answered\)/);
    await page.getByRole('radio', { name: 'In environment variables, set separately for each deploy' }).check();
    await page.locator('cna-tf fieldset').filter({ hasText: 'III.' }).getByRole('radio', { name: 'Only after removing some files or values' }).check();
    expect(await check(page)).toMatch(/^Not yet\. Config scores 3 of 4/);
    await page.locator('cna-tf fieldset').filter({ hasText: 'III.' }).getByRole('radio', { name: 'Yes', exact: true }).check();
    expect(await check(page)).toMatch(/^Goal met\. Config is strong/);
    expect(errors).toEqual([]);
  });

  it('CNCF explorer: the timeline of an archived project', async () => {
    const { page, errors } = await h.page(desktop);
    await openLab(page, 'cncf-explorer');
    await pick(page, 'cncf-archived');
    expect(await check(page)).toMatch(/^Not yet\. Open a project's timeline first/);
    await page.getByRole('searchbox', { name: 'Search by name or category' }).fill('rkt');
    await page.getByRole('button', { name: 'rkt', exact: true }).click();
    await page.waitForURL(/cncf-p=rkt/);
    expect(await check(page)).toMatch(/^Goal met\. rkt was archived on 2019-08-16/);
    expect(errors).toEqual([]);
  });

  it('shows completed challenges on the progress page and in the picker', async () => {
    const { page } = await h.page(desktop);
    await openLab(page, 'mesh-traffic', '?challenge=mesh-strict&mesh-pa=STRICT');
    expect(await check(page)).toMatch(/^Goal met\./);
    expect(await panel(page).getByRole('combobox', { name: 'Challenge' }).locator('option:checked').textContent()).toMatch(/\(completed\)$/);
    await page.goto(h.site.url('progress/'));
    expect(await page.locator('li[data-challenge="mesh-strict"]').getAttribute('data-read')).toBe('true');
    expect(await page.locator('li[data-challenge="k8s-rollout"]').getAttribute('data-read')).toBe('false');
    expect(await page.locator('[data-challenge-summary]').textContent()).toBe('1 of 18 lab challenges completed.');
  });

  it('works in Chinese', async () => {
    const { page, errors } = await h.page(desktop);
    await page.goto(h.site.url(`zh-cn/${labPagePath('k8s-control-loop')}?challenge=k8s-requests&k8s-replicas=6&k8s-cpu=1500`));
    await panel(page).waitFor();
    expect(await panel(page).getByRole('heading').textContent()).toBe('挑战');
    await panel(page).getByRole('button', { name: '检查' }).click();
    expect(await verdict(page).textContent()).toMatch(/^还没有达成。 请求 1500m 时仍有 2 个副本处于 Pending：“0\/3 nodes are available: 3 Insufficient cpu\.”/);
    await page.getByLabel('CPU 请求（毫核）').fill('1000');
    await page.getByRole('button', { name: '应用资源请求' }).click();
    await panel(page).getByRole('button', { name: '检查' }).click();
    expect(await verdict(page).textContent()).toMatch(/^目标已达成。 每个副本请求 1000m 时，6 个副本全部完成调度/);
    await page.goto(h.site.url('zh-cn/progress/'));
    expect(await page.locator('li[data-challenge="k8s-requests"]').innerText()).toContain('已完成');
    expect(errors).toEqual([]);
  });
});
