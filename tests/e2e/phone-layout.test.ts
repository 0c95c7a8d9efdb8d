/** Every page fits a phone: nothing makes the page scroll sideways (wide things scroll inside their own box). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relative } from 'node:path';
import { distDir, phone, start, type Harness } from './harness';
import { htmlFiles } from '../site/built-site';

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(async () => h?.close());

describe('phone layout', () => {
  it('keeps every page within a 375 px wide screen', async () => {
    const { page } = await h.page(phone);
    const wide: string[] = [];
    for (const file of htmlFiles(distDir)) {
      const path = relative(distDir, file).replace(/index\.html$/, '');
      await page.goto(h.site.url(path));
      const { scroll, client, culprit } = await page.evaluate(() => {
        const w = document.documentElement.clientWidth;
        let culprit = '';
        for (const el of document.querySelectorAll<HTMLElement>('body *')) {
          const r = el.getBoundingClientRect();
          if (r.right > w + 1 && getComputedStyle(el).position !== 'fixed' && !el.closest('[style*="overflow"], pre, table, .cna-diagram__scroll, .cna-code')) {
            culprit = `${el.tagName.toLowerCase()}.${el.className}`;
            break;
          }
        }
        return { scroll: document.documentElement.scrollWidth, client: w, culprit };
      });
      if (scroll > client) wide.push(`${path}: ${scroll}px > ${client}px (${culprit})`);
    }
    expect(wide).toEqual([]);
  }, 600_000);
});
