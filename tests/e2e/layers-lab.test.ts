/**
 * The image layers, namespaces and cgroups lab in a real browser, driven as a reader
 * would: by role and accessible name, with buttons, radios, selects and the keyboard.
 * Runs against the built site.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { phone, labSession } from './harness';

const BUILT = '?layers.ops=b,b,b,b,s';

describe('image layers lab', () => {
  const open = labSession('image-layers', (page) => page.getByRole('button', { name: 'Build next step' }).waitFor());
  const status = (page: Page) => page.locator('cna-layers [role="status"]');
  const region = (page: Page, name: RegExp) => page.getByRole('region', { name }).innerText();

  it('builds the image, starts two containers and copies a file up in one of them only', async () => {
    const { page, errors } = await open();
    expect(await page.getByRole('heading', { name: 'Image layers, namespaces and cgroups' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Build all steps' }).click();
    expect(await status(page).textContent()).toContain('Built layer 4');
    // Building disables the build buttons and moves focus on to "Start containers".
    await page.keyboard.press('Enter');
    expect(await status(page).textContent()).toContain('Started containers A and B');
    expect(await region(page, /^Layer 3:/)).toContain('app/data/db.sqlite');
    expect(await page.getByRole('region', { name: /shared by 2 containers/ }).count()).toBe(4);
    await page.getByRole('combobox', { name: 'File or directory' }).selectOption('/app/data/db.sqlite');
    await page.getByRole('button', { name: 'Append a line (write)' }).click();
    expect(await status(page).textContent()).toContain('copied the whole file (48 MiB) up from layer 3');
    expect(await region(page, /^Container A's upper layer/)).toContain('copied up from layer 3');
    expect(await page.locator('cna-layers [data-part="uppers"]').innerText()).toContain("Container B's upper layer (writable, used by B only) empty");
    expect(errors).toEqual([]);
  });

  it('hides a deleted image file with a whiteout, for that container only', async () => {
    const { page } = await open(BUILT);
    await page.getByRole('radio', { name: 'Container B' }).check();
    await page.getByRole('combobox', { name: 'File or directory' }).selectOption('/bin/sh');
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    expect(await status(page).textContent()).toContain('A whiteout in its upper layer hides');
    expect(await region(page, /^Container B's upper layer/)).toContain('character device 0/0 (whiteout)');
    expect(await region(page, /^Hidden names/)).toMatch(/\/bin\/sh\s+layer 1\s+whiteout in container B's upper layer/);
    await page.getByRole('radio', { name: 'Container A' }).check();
    expect(await region(page, /^What container A sees/)).toContain('sh');
  });

  it('shows .wh. names in the layer tars, opaque or explicit', async () => {
    const { page } = await open(BUILT);
    expect(await region(page, /^Layer 2:/)).toContain('etc/.wh.motd');
    expect(await region(page, /^Layer 4:/)).toContain('usr/share/doc/.wh..wh..opq');
    await page.getByRole('combobox', { name: 'How a layer tar records a replaced directory' }).selectOption('explicit');
    expect(await region(page, /^Layer 4:/)).toContain('usr/share/doc/.wh.base');
    expect(page.url()).toContain('layers.style=explicit');
  });

  it('refuses a real file named .wh.*', async () => {
    const { page } = await open(BUILT);
    await page.getByRole('textbox', { name: 'New file path' }).fill('/tmp/.wh.x');
    await page.getByRole('button', { name: 'Create file' }).click();
    expect(await status(page).textContent()).toContain('reserved for whiteouts');
  });

  it('throttles above memory.high and OOM-kills at memory.max', async () => {
    const { page } = await open(BUILT);
    await page.getByRole('combobox', { name: 'Amount per step' }).selectOption('32');
    const allocate = page.getByRole('button', { name: 'Allocate memory' });
    for (let i = 0; i < 3; i++) await allocate.click();
    expect(await status(page).textContent()).toContain('over memory.high (96 MiB)');
    await allocate.click();
    expect(await status(page).textContent()).toContain('the OOM killer killed the process');
    expect(await page.locator('cna-layers [data-part="mem"]').innerText()).toContain('oom_kill 1');
    expect(await allocate.isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Restart the process' }).click();
    expect(await status(page).textContent()).toContain('PID 1 inside again');
    expect(page.url()).toContain('layers.mem=a32,a32,a32,a32,r');
  });

  it('fits a 375 px wide phone screen: nothing in the lab scrolls the page sideways', async () => {
    const { page } = await open(BUILT, phone);
    // The lab itself: wide tables and the chart scroll inside their own boxes.
    const overflow = await page.locator('cna-layers').evaluate((lab) => ({
      right: lab.getBoundingClientRect().right - document.documentElement.clientWidth,
      inside: lab.scrollWidth - lab.clientWidth,
    }));
    expect(overflow.right).toBeLessThanOrEqual(0);
    expect(overflow.inside).toBeLessThanOrEqual(0);
  });
});
