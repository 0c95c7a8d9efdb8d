/** axe-core on every built page, in the light and the dark theme: zero violations. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { desktop, distDir, start, type Harness } from './harness';
import { htmlFiles } from '../site/built-site';
import { relative } from 'node:path';

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(async () => h?.close());

const paths = htmlFiles(distDir).map((f) => relative(distDir, f).replace(/index\.html$/, ''));

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (theme) => {
  it(`has no axe violations on any of the ${paths.length} pages`, async () => {
    const { page, context } = await h.page(desktop);
    await context.addInitScript((t) => localStorage.setItem('cna-theme', t), theme);
    const problems: string[] = [];
    for (const path of paths) {
      await page.goto(h.site.url(path));
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      for (const v of results.violations) {
        problems.push(`${path}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      }
    }
    expect(problems).toEqual([]);
  }, 900_000);
});
