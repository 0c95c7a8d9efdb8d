/**
 * `npm run bench`: performance budgets, printed as numbers (not asserted).
 *  - total build time (astro build + Pagefind), unless --no-build
 *  - per page on first load in headless Chromium: HTML, CSS and JS bytes (gzip), requests, layout shift
 *  - search, per language: index size; keystroke to first result (median, p95) with the index
 *    loaded; the first query after a page load
 *  - Lighthouse mobile scores for the home page and one chapter page without a lab
 *  - load: the shipped nginx configuration on loopback under wrk (requests/s, p99), for a chapter
 *    page and a search index chunk at 50 concurrent connections (needs Debian's nginx and wrk)
 * Options: --no-build, --no-lighthouse, --no-load, --pages=N (first N pages only), --readme (update README figures).
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, findChrome } from './lib/browser';
import { serve } from '../tests/e2e/harness';
import { htmlFiles } from '../tests/site/built-site';
import { startNginx } from './lib/nginx';

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

// Search, per language: time from the input event of a keystroke to the first rendered result
// row of that query, measured inside the page (performance.now), with the dialog open and the
// index loaded, over 24 reader queries; and the first query right after a page load (the dialog
// opened with "/" and the query typed at once, nothing warmed), over 5 fresh loads.
const zhQueries = [...new Set(readdirSync(join(root, 'tests/e2e/fixtures/zh-queries')).flatMap((f) =>
  (JSON.parse(readFileSync(join(root, 'tests/e2e/fixtures/zh-queries', f), 'utf8')) as { q: string }[]).map((q) => q.q)))];
const searchLangs = [
  { lang: 'en', path: 'containers/', queries: ['kubelet', 'copy-on-write', 'sidecar', 'cold start', 'reconciliation', 'cgroup', 'canary', 'twelve-factor config', 'CNCF graduated', 'overlayfs', 'pod disruption budget', 'taints', 'gateway api', 'mtls', 'keda', 'rootless', 'sbom', 'error budget', 'serverless', 'scheduler', 'configmap', 'ingress', 'wasm', 'backing services'] },
  { lang: 'zh-cn', path: 'zh-cn/containers/', queries: zhQueries.filter((_, i) => i % 4 === 0).slice(0, 24) },
];
interface SearchBench { lang: string; times: number[]; first: number[]; queries: number }
const searchBench: SearchBench[] = [];
// Plain JavaScript source, run in the page (tsx would add helpers the page does not have).
const timeQuerySource = `(q) => new Promise((resolve) => {
  const input = document.querySelector('dialog.cna-search input');
  const list = document.querySelector('.cna-search__results');
  let t0 = 0;
  const observer = new MutationObserver(() => {
    if (list.dataset.query === q && list.querySelector('.cna-search__result')) { observer.disconnect(); resolve(performance.now() - t0); }
  });
  observer.observe(list, { childList: true, attributes: true, subtree: true });
  input.value = q;
  t0 = performance.now();
  input.dispatchEvent(new Event('input', { bubbles: true }));
  setTimeout(() => { observer.disconnect(); resolve(Number.NaN); }, 10000);
})`;
const timeQuery = (page: import('playwright-core').Page, q: string) => page.evaluate(`(${timeQuerySource})(${JSON.stringify(q)})`) as Promise<number>;
for (const { lang, path, queries } of searchLangs) {
  const entry: SearchBench = { lang, times: [], first: [], queries: queries.length };
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url(path), { waitUntil: 'load' });
    await page.keyboard.press('/');
    await page.locator('dialog.cna-search input').waitFor();
    entry.first.push(await timeQuery(page, queries[i]));
    await context.close();
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(site.url(path), { waitUntil: 'load' });
  await page.keyboard.press('/');
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('pagefind.js')));
  await timeQuery(page, queries[0]); // loads the index metadata once
  for (const q of queries) {
    await page.evaluate("(() => { const i = document.querySelector('dialog.cna-search input'); i.value = ''; i.dispatchEvent(new Event('input', { bubbles: true })); })()");
    entry.times.push(await timeQuery(page, q));
  }
  await context.close();
  searchBench.push(entry);
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

// Load: the shipped server configuration (Debian's nginx with deploy/nginx/) on loopback, driven by
// wrk from Debian's packages: 50 connections for 10 s, with the Accept-Encoding a browser sends.
interface Load { target: string; rps: number; p99: string }
const load: Load[] = [];
if (!args.has('--no-load')) {
  const wrk = ['/usr/bin/wrk', process.env.WRK_PATH].find((p) => p && spawnSync(p, ['-v']).error === undefined);
  if (!wrk) console.error('load: no wrk (apt-get install -y wrk); skipped');
  else {
    const server = await startNginx(dist);
    const chunk = readdirSync(join(dist, 'pagefind/index')).filter((f) => f.startsWith('en_') && !/\.(br|gz)$/.test(f)).sort()[0];
    for (const [target, path] of [['chapter page', 'containers/namespaces-and-cgroups/'], ['search index chunk', `pagefind/index/${chunk}`]] as const) {
      const r = spawnSync(wrk, ['-t2', '-c50', '-d10s', '--latency', '-H', 'Accept-Encoding: br, gzip', server.url(path)], { encoding: 'utf8' });
      const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(r.stdout)?.[1] ?? Number.NaN);
      const p99 = /^\s*99%\s+(\S+)/m.exec(r.stdout)?.[1] ?? '?';
      if (!Number.isFinite(rps)) console.error(`load: wrk gave no figure for ${path}:\n${r.stdout}${r.stderr}`);
      load.push({ target: `${target} (/${path})`, rps, p99 });
    }
    await server.close();
  }
}

const lines: string[] = [];
lines.push(`Measured ${new Date().toISOString().slice(0, 10)} on this machine (2 cores), headless Chromium, phone viewport, first load with an empty cache.`);
lines.push('');
if (buildSeconds !== undefined) lines.push(`- Build (astro build + Pagefind): ${buildSeconds.toFixed(1)} s for ${pages.length} pages`);
lines.push(`- Search index (dist/pagefind): ${kb(dirSize(join(dist, 'pagefind')))} on disk in total`);
const pct = (xs: number[], p: number) => { const v = xs.filter(Number.isFinite).sort((a, b) => a - b); return v.length ? Math.round(v[Math.min(v.length - 1, Math.ceil((p / 100) * v.length) - 1)]) : Number.NaN; };
for (const b of searchBench) {
  const missed = b.times.filter((t) => !Number.isFinite(t)).length;
  lines.push(`- Search (${b.lang}), keystroke to first result with the index loaded: median ${pct(b.times, 50)} ms, p95 ${pct(b.times, 95)} ms over ${b.queries} queries${missed ? ` (${missed} showed no result within 10 s)` : ''}; first query after a page load: slowest ${pct(b.first, 100)} ms of ${b.first.length} loads`);
}
// Chapter pages as tests/site/js-budget.test.ts defines them (a page in one of the seven chapters).
const docRows = rows.filter((r) => /^\/(zh-cn\/)?(cloud-native|cncf|containers|kubernetes|serverless|service-mesh|twelve-factor)\/[a-z0-9-]+\/$/.test(r.page));
const others = rows.filter((r) => !docRows.includes(r));
const worst = others.reduce((a, b) => (b.js > a.js ? b : a), others[0]);
lines.push(`- Chapter pages (${docRows.length}): JS before the reader interacts max ${kb(Math.max(...docRows.map((r) => r.js)))} (quiz and lab code load when they near the viewport), CSS files max ${Math.max(...rows.map((r) => r.cssFiles))}, max layout shift ${Math.max(...rows.map((r) => r.cls)).toFixed(3)}`);
if (worst) lines.push(`- Other pages (${others.length}): JS max ${kb(worst.js)} (${worst.page})`);
for (const l of load) lines.push(`- nginx (deploy/nginx/) on loopback, wrk 50 connections 10 s, ${l.target}: ${Math.round(l.rps)} requests/s, p99 latency ${l.p99}`);
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
