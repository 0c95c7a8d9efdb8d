/**
 * `npm test`: every test, in order, with one pass/fail summary at the end.
 *  1. unit tests (vitest project "unit") and the strict type check (astro check)
 *  2. the real build (`npm run build` -> dist/) and a subpath build (BASE_PATH=/atlas/ -> dist-subpath/)
 *  3. built-site checks and browser tests in Chromium (vitest project "e2e")
 * Set SKIP_BUILD=1 to reuse existing builds while iterating.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { findChrome } from './lib/browser';

const root = join(import.meta.dirname, '..');
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures: string[] = [];
const failedTests: string[] = [];
const phases: [string, number][] = [];

function run(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  phases.push([label, (Date.now() - started) / 1000]);
  if (result.status !== 0) failures.push(`${label} (exit ${result.status})`);
  return result.status === 0;
}

function vitest(project: string): void {
  const report = join(tmpdir(), `cna-vitest-${project}-${process.pid}.json`);
  run(`${project} tests`, 'npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (!existsSync(report)) {
    failures.push(`${project} tests wrote no report`);
    return;
  }
  const data = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number; numFailedTests: number; numPendingTests: number; numTotalTests: number;
    testResults: { name: string; message?: string; assertionResults: { fullName: string; status: string; failureMessages: string[] }[] }[];
  };
  rmSync(report, { force: true });
  // Name every failed test in the summary, so the end of a CI log says what broke.
  for (const file of data.testResults) {
    const where = relative(root, file.name);
    const failed = file.assertionResults.filter((a) => a.status === 'failed');
    for (const a of failed) failedTests.push(`${where} > ${a.fullName}\n      ${(a.failureMessages[0] ?? '').split('\n').slice(0, 6).join('\n      ')}`);
    if (failed.length === 0 && file.message) failedTests.push(`${where}: ${file.message.split('\n').slice(0, 6).join('\n      ')}`);
  }
  totals.passed += data.numPassedTests;
  totals.failed += data.numFailedTests;
  totals.skipped += data.numPendingTests;
  if (data.numTotalTests === 0) failures.push(`${project} tests: none ran`);
}

vitest('unit');
run('translation status', 'npx', ['tsx', 'scripts/i18n-status.ts']);
run('type check', 'npx', ['astro', 'check', '--minimumFailingSeverity', 'error']);

let browserOk = true;
try {
  console.log(`\nChromium: ${findChrome()}`);
} catch (error) {
  browserOk = false;
  console.error(`\n${(error as Error).message}`);
  failures.push('no Chromium for the browser tests');
}

if (!process.env.SKIP_BUILD) {
  run('build', 'npm', ['run', 'build']);
  const sub = run('subpath build', 'npx', ['astro', 'build', '--outDir', 'dist-subpath'], { BASE_PATH: '/atlas/', SITE_URL: 'https://example.org' });
  if (sub && run('subpath search index', 'npx', ['tsx', 'scripts/pagefind.ts', 'dist-subpath'])) run('subpath postbuild', 'npx', ['tsx', 'scripts/postbuild.ts', 'dist-subpath'], { BASE_PATH: '/atlas/' });
}

if (browserOk && existsSync(join(root, 'dist', 'index.html'))) vitest('e2e');
else failures.push('browser and built-site tests did not run');

console.log('\n=== Time per phase');
for (const [label, seconds] of phases) console.log(`${label.padEnd(24)} ${seconds.toFixed(1).padStart(7)} s`);
console.log('\n=== Summary');
for (const t of failedTests) console.log(`FAILED TEST: ${t}`);
for (const f of failures) console.log(`FAILED: ${f}`);
console.log(`${totals.passed} passed, ${totals.failed + failures.filter((f) => !f.includes('tests (exit')).length} failed, ${totals.skipped} skipped`);
process.exit(failures.length > 0 || totals.failed > 0 ? 1 : 0);
