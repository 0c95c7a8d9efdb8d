/**
 * `npm run bench`: performance budgets, printed as numbers (not asserted).
 *  - total build time (astro build + Pagefind), unless --no-build
 *  - per page on first load in headless Chromium: HTML, CSS and JS bytes (gzip), requests, layout shift
 *  - search: index size, and time from query to first result for ten queries
 *  - Lighthouse mobile scores for the home page and one chapter page without a lab
 * Options: --no-build, --no-lighthouse, --pages=N (first N pages only), --readme (update README figures).
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, findChrome } from './lib/browser';
import { serve } from '../tests/e2e/harness';
import { htmlFiles } from '../tests/site/built-site';

const root = join(import.meta.dirname, '..');
const execFileAsync = promisify(execFile);
const dist = join(root, 'dist');
const args = new Set(process.argv.slice(2));
const pageLimit = Number([...args].find((a) => a.startsWith('--pages='))?.split('=')[1] ?? Infinity);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

let buildSeconds: number | undefined;
if (!args.has('--no-build')) {
  const t0 = performance.now();
  const r = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (r.status !== 0) throw new Error('build failed: run `npm run build` to see why');
  buildSeconds = (performance.now() - t0) / 1000;
}

function dirSize(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => {
    const p = join(dir, name);
    return sum + (statSync(p).isDirectory() ? dirSize(p) : statSync(p).size);
  }, 0);
}

const site = await serve(dist, '/');
const { browser, close } = await launch();
interface Row { page: string; html: number; css: number; js: number; cssFiles: number; requests: number; cls: number }
const rows: Row[] = [];
const pages = htmlFiles(dist).map((f) => relative(dist, f).replace(/index\.html$/, '')).slice(0, pageLimit);

for (const path of pages) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    (window as unknown as { cls: number }).cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const row: Row = { page: `/${path}`, html: 0, css: 0, js: 0, cssFiles: 0, requests: 0, cls: 0 };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push((async () => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      const size = gzipSync(body).length;
      const type = response.request().resourceType();
      row.requests++;
      if (type === 'document') row.html += size;
      else if (type === 'stylesheet') { row.css += size; row.cssFiles++; }
      else if (type === 'script') row.js += size;
    })());
  });
  await page.goto(site.url(path), { waitUntil: 'load' });
  await page.waitForTimeout(300);
  await Promise.all(pending);
  row.cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
  rows.push(row);
  await context.close();
}

// Search: time from typing a query to the first rendered result.
const queries = ['kubelet', 'copy-on-write', 'sidecar', 'cold start', 'reconciliation', 'cgroup', 'canary', 'twelve-factor config', 'CNCF graduated', 'overlayfs'];
const searchTimes: { query: string; ms: number; results: number }[] = [];
{
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(site.url('containers/'));
  await page.keyboard.press('/');
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('pagefind.js')));
  for (const query of queries) {
    await page.getByRole('searchbox').fill('');
    await page.waitForFunction(() => document.querySelectorAll('.cna-search__result').length === 0);
    const t0 = Date.now();
    await page.getByRole('searchbox').fill(query);
    await page.waitForSelector('.cna-search__result', { timeout: 15_000 }).catch(() => undefined);
    searchTimes.push({ query, ms: Date.now() - t0, results: await page.locator('.cna-search__result').count() });
  }
  await context.close();
}
await close();

// Lighthouse (mobile) on the home page and a chapter page without a lab.
const lighthouse: { page: string; scores: Record<string, number> }[] = [];
if (!args.has('--no-lighthouse')) {
  for (const path of ['', 'containers/namespaces-and-cgroups/']) {
    // Asynchronous: the site server runs in this process and must keep answering meanwhile.
    const r = await execFileAsync(join(root, 'node_modules/.bin/lighthouse'), [
      site.url(path), '--quiet', '--output=json', '--form-factor=mobile', '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run`,
    ], { encoding: 'utf8', env: { ...process.env, CHROME_PATH: findChrome() }, maxBuffer: 64 * 1024 * 1024, timeout: 180_000 }).catch((error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? '', stderr: error.stderr ?? String(error) }));
    try {
      const report = JSON.parse(r.stdout) as { categories: Record<string, { score: number }> };
      lighthouse.push({ page: `/${path}`, scores: Object.fromEntries(Object.entries(report.categories).map(([k, v]) => [k, Math.round(v.score * 100)])) });
    } catch {
      lighthouse.push({ page: `/${path}`, scores: {} });
      console.error(`lighthouse failed on /${path}: ${r.stderr.split('\n').slice(-3).join(' ')}`);
    }
  }
}
await site.close();

const lines: string[] = [];
lines.push(`Measured ${new Date().toISOString().slice(0, 10)} on this machine (2 cores), headless Chromium, phone viewport, first load with an empty cache.`);
lines.push('');
if (buildSeconds !== undefined) lines.push(`- Build (astro build + Pagefind): ${buildSeconds.toFixed(1)} s for ${pages.length} pages`);
lines.push(`- Search index (dist/pagefind): ${kb(dirSize(join(dist, 'pagefind')))} on disk in total`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
lines.push(`- Query to first result: median ${median(searchTimes.map((s) => s.ms))} ms, slowest ${Math.max(...searchTimes.map((s) => s.ms))} ms (${searchTimes.map((s) => `${s.query}: ${s.ms} ms/${s.results}`).join('; ')})`);
const docRows = rows.filter((r) => /^\/(zh-cn\/)?[a-z-]+\/[a-z-]+\/$/.test(r.page) && !r.page.includes('/glossary/') && !r.page.includes('/progress/'));
const noLab = docRows.filter((r) => r.js === Math.min(...docRows.map((x) => x.js)) || r.js < 10_240);
lines.push(`- Chapter pages: JS before search opens max ${kb(Math.max(...docRows.map((r) => r.js)))} (pages without a lab: max ${kb(Math.max(...noLab.map((r) => r.js)))}), CSS files max ${Math.max(...rows.map((r) => r.cssFiles))}, max layout shift ${Math.max(...rows.map((r) => r.cls)).toFixed(3)}`);
for (const l of lighthouse) lines.push(`- Lighthouse mobile ${l.page}: ${Object.entries(l.scores).map(([k, v]) => `${k} ${v}`).join(', ') || 'failed'}`);
lines.push('');
lines.push('| page | HTML | CSS | JS | requests | CLS |');
lines.push('|---|---:|---:|---:|---:|---:|');
for (const r of rows) lines.push(`| ${r.page} | ${kb(r.html)} | ${kb(r.css)} | ${kb(r.js)} | ${r.requests} | ${r.cls.toFixed(3)} |`);
const text = lines.join('\n');
console.log(text);

if (args.has('--readme')) {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const summary = lines.slice(0, lines.indexOf('')+ 1).concat(lines.filter((l) => l.startsWith('- '))).join('\n');
  const updated = readme.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${summary}\n\nFull per-page table: run \`npm run bench\`.\n<!-- bench:end -->`);
  writeFileSync(join(root, 'README.md'), updated);
}
