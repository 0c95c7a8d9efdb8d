/**
 * The serverless autoscaling lab in a real browser, driven as a reader would: by role and
 * accessible name, with selects, sliders, number fields and the keyboard. Runs against
 * the built site.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { phone, labSession } from './harness';

describe('serverless autoscaling lab', () => {
  const open = labSession('serverless-scaling', (page) => page.getByRole('combobox', { name: 'Platform' }).waitFor());
  const status = (page: Page) => page.locator('cna-serverless [role="status"]');
  const events = (page: Page) => page.locator('cna-serverless .sl-events').innerText();

  it('scales to zero after an idle stable window and grace period, then starts cold for the burst', async () => {
    const { page, errors } = await open();
    expect(await page.getByRole('heading', { name: 'Serverless autoscaling and cold starts' }).count()).toBe(1);
    await page.getByRole('combobox', { name: 'Traffic pattern' }).selectOption('idle-burst');
    expect(await status(page).textContent()).toContain('Idle, then burst at 200 s');
    const text = await events(page);
    expect(text).toContain('the activator is put in the request path');
    expect(text).toContain('scaled to zero');
    expect(text).toMatch(/scaled up from 0 to 1/);
    expect(page.url()).toContain('serverless.pattern=idle-burst');
    expect(errors).toEqual([]);
  });

  it('keeps a warm instance with min-scale 1, read from the URL', async () => {
    const { page } = await open('?serverless.pattern=idle-burst&serverless.min=1');
    expect(await page.getByRole('slider', { name: /min-scale/ }).inputValue()).toBe('1');
    expect(await events(page)).not.toContain('scaled to zero');
  });

  it('switches to Lambda mode with the keyboard and shows throttling and reserved concurrency', async () => {
    const { page } = await open();
    await page.getByRole('combobox', { name: 'Platform' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.url()).toContain('serverless.mode=lambda');
    expect(await page.getByRole('slider', { name: 'Reserved concurrency (maximum environments)' }).count()).toBe(1);
    expect(await page.locator('cna-serverless .sl-summary').innerText()).toContain('Requests throttled (HTTP 429)');
    expect(await status(page).textContent()).toContain('Lambda-style');
  });

  it('recomputes the bill from a price the reader types', async () => {
    const { page } = await open();
    expect(await page.getByText('Example prices, change them.').count()).toBe(1);
    const price = page.getByRole('spinbutton', { name: 'Always-on server price per hour (USD)' });
    await price.fill('1');
    await price.press('Tab');
    // $1 per hour for a 30-day month is $720.
    expect(await page.getByRole('table', { name: 'Bill' }).innerText()).toContain('$720.00');
    expect(page.url()).toContain('serverless.srv=1');
  });

  it('inspects any second with the keyboard and keeps it in the URL', async () => {
    const { page } = await open();
    await page.getByRole('slider', { name: 'Inspect second' }).focus();
    await page.keyboard.press('End');
    expect(await page.locator('cna-serverless .sl-readout').innerText()).toContain('At 359 s');
    expect(page.url()).toContain('serverless.t=359');
  });

  it('fits a 375 px wide phone screen: nothing in the lab scrolls the page sideways', async () => {
    const { page } = await open('', phone);
    // The lab itself: wide tables and the chart scroll inside their own boxes.
    const overflow = await page.locator('cna-serverless').evaluate((lab) => ({
      right: lab.getBoundingClientRect().right - document.documentElement.clientWidth,
      inside: lab.scrollWidth - lab.clientWidth,
    }));
    expect(overflow.right).toBeLessThanOrEqual(0);
    expect(overflow.inside).toBeLessThanOrEqual(0);
  });
});
