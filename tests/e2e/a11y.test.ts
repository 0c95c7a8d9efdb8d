/**
 * axe-core on every built page, in the light and the dark theme: zero violations.
 * Each page is loaded once and checked in both themes (the theme is switched in place the way
 * the theme select does it), and several pages are checked at a time in parallel tabs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { desktop, distDir, start, type Harness } from './harness';
import { htmlFiles } from '../site/built-site';
import { relative } from 'node:path';

const themes = ['light', 'dark'] as const;
type Theme = (typeof themes)[number];
const tabs = Number(process.env.AXE_TABS ?? 3);
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const paths = htmlFiles(distDir).map((f) => relative(distDir, f).replace(/index\.html$/, ''));
const problems: Record<Theme, string[]> = { light: [], dark: [] };
const checked: Record<Theme, Set<string>> = { light: new Set(), dark: new Set() };

async function setTheme(page: Page, theme: Theme) {
  await page.evaluate((t) => {
    document.documentElement.dataset.theme = t;
    document.documentElement.dataset.themeChoice = t;
  }, theme);
  // Let styles recalculate before axe reads computed colours.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
}

let h: Harness;
beforeAll(async () => {
  h = await start();
  const queue = [...paths];
  await Promise.all(
    Array.from({ length: tabs }, async () => {
      // reducedMotion: no transition is caught half-way when the theme switches.
      const { page } = await h.page({ ...desktop, reducedMotion: 'reduce' });
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        await page.goto(h.site.url(path));
        if (page.frames().length > 1) problems.light.push(`${path}: has a frame; axe's legacy mode does not check cross-origin frames, so turn it off in this test`);
        for (const theme of themes) {
          await setTheme(page, theme);
          const current = await page.evaluate(() => document.documentElement.dataset.theme);
          if (current !== theme) {
            problems[theme].push(`${path}: the page did not switch to the ${theme} theme`);
            continue;
          }
          // Every rule still runs on every node. resultTypes: axe stops listing the nodes that passed.
          // Legacy mode: axe.run in the page itself, instead of runPartial plus finishRun in a new
          // blank tab per call; it only differs for cross-origin frames, and the site has no frames
          // (checked below). Measured on a chapter page: 2.5 s per check before, 0.6-0.8 s after.
          const results = await new AxeBuilder({ page }).withTags(tags).options({ resultTypes: ['violations'] }).setLegacyMode(true).analyze();
          checked[theme].add(path);
          for (const v of results.violations) {
            problems[theme].push(`${path}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
          }
        }
      }
    }),
  );
}, 1_800_000);
afterAll(async () => h?.close());

describe.each(themes)('accessibility in the %s theme', (theme) => {
  it(`has no axe violations on any of the ${paths.length} pages`, () => {
    expect(paths.length).toBeGreaterThan(50);
    expect([...checked[theme]].sort()).toEqual([...paths].sort());
    expect(problems[theme]).toEqual([]);
  });
});
