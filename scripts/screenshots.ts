/**
 * Screenshots of built pages in light and dark, phone and desktop, for looking at what we built.
 * usage: tsx scripts/screenshots.ts [distDir=dist] [outDir=/tmp/cna-shots] path1 path2 ...
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch } from './lib/browser';
import { serve } from '../tests/e2e/harness';

const [dist = 'dist', out = '/tmp/cna-shots', ...paths] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const site = await serve(resolve(dist), '/');
const { browser, close } = await launch();
const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1400, height: 900 } };
for (const path of paths.length ? paths : ['']) {
  for (const theme of ['light', 'dark'] as const) {
    for (const [name, viewport] of Object.entries(viewports)) {
      const context = await browser.newContext({ viewport, colorScheme: theme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(site.url(path), { waitUntil: 'networkidle' });
      const file = join(out, `${(path || 'home').replace(/[/#?=&]+/g, '_')}-${theme}-${name}.png`);
      await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
      console.log(file);
      await context.close();
    }
  }
}
await close();
await site.close();
