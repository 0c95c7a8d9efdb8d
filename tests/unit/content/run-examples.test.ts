/**
 * The examples a reader may run really run:
 *  - ```python ... run            executed with python3; must exit 0 within 20 s
 *  - ```python ... serve=8000/x   started; http://127.0.0.1:8000/x must answer 200 within 10 s
 *                                 while the process is still alive (a server that exits at once fails)
 *  - ```sh|bash ... run           executed with bash -e in an empty temporary folder
 *  - ```dockerfile                parsed and linted (dockerfile-utils, the linter of the VS Code Docker extension)
 */
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validate, ValidationSeverity } from 'dockerfile-utils';
import { codeBlocks, mdxFiles, type Block } from '../../../scripts/lib/mdx-blocks';

const root = join(import.meta.dirname, '../../..');
const blocks = mdxFiles(join(root, 'content')).flatMap((f) => codeBlocks(f, root));
/** The meta line without its quoted values (title="you run the machine" is not the run flag). */
const bare = (b: Block) => b.meta.replace(/"[^"]*"|'[^']*'/g, '""');
const flag = (b: Block, name: string) => new RegExp(`(^|\\s)${name}(\\s|=|$)`).test(bare(b));
const serveTarget = (b: Block) => /(?:^|\s)serve=(\d+)(\/\S*)?/.exec(bare(b));

/**
 * Debian's python3 (where apt's python3-prometheus-client lives); a pyenv python3 first on PATH
 * cannot import Debian's packages. PYTHON overrides.
 */
const python = process.env.PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'cna-example-'));
}

/** Runs a file to completion; returns a problem description or undefined. */
function runToEnd(command: string, args: string[], cwd: string): string | undefined {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 20_000, env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });
  if (r.error) return `${command}: ${r.error.message}`;
  if (r.status !== 0) return `exit ${r.status}: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' | ')}`;
  return undefined;
}

/** Starts a server, waits for url to answer 200, stops it; returns a problem description or undefined. */
async function serveAndProbe(file: string, url: string, cwd: string): Promise<string | undefined> {
  const child = spawn(python, [file], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  let exited: number | null | undefined;
  child.stderr.on('data', (d) => (stderr += String(d)));
  child.on('exit', (code) => (exited = code));
  try {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      if (exited !== undefined) return `the server exited (code ${exited}) before answering ${url}${stderr ? `: ${stderr.trim().split('\n').pop()}` : ''}`;
      try {
        const res = await fetch(url);
        if (res.status === 200) {
          await new Promise((ok) => setTimeout(ok, 300));
          return exited === undefined ? undefined : `the server exited after its first answer (code ${exited})`;
        }
        return `${url} answered ${res.status}`;
      } catch {
        await new Promise((ok) => setTimeout(ok, 150));
      }
    }
    return `${url} did not answer within 10 s`;
  } finally {
    child.kill('SIGTERM');
  }
}

describe('runnable examples in the chapters', () => {
  const pythonBlocks = blocks.filter((b) => b.lang === 'python' && (flag(b, 'run') || serveTarget(b)));
  const shell = blocks.filter((b) => ['sh', 'bash', 'shell'].includes(b.lang) && flag(b, 'run'));
  const dockerfiles = blocks.filter((b) => b.lang.toLowerCase() === 'dockerfile' && !flag(b, 'nocheck'));

  it('has runnable examples marked in the chapters', () => {
    expect(pythonBlocks.length + shell.length).toBeGreaterThan(0);
    expect(pythonBlocks.some(serveTarget)).toBe(true);
  });

  it('runs every Python example marked run, and serves every one marked serve=', async () => {
    const problems: string[] = [];
    for (const b of pythonBlocks) {
      const dir = tempDir();
      const file = join(dir, 'example.py');
      writeFileSync(file, b.value);
      const target = serveTarget(b);
      const problem = target ? await serveAndProbe(file, `http://127.0.0.1:${target[1]}${target[2] ?? '/'}`, dir) : runToEnd(python, [file], dir);
      if (problem) problems.push(`${b.file}:${b.line}: ${problem}`);
      rmSync(dir, { recursive: true, force: true });
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it('runs every shell example marked run', () => {
    const problems: string[] = [];
    for (const b of shell) {
      const dir = tempDir();
      writeFileSync(join(dir, 'example.sh'), b.value);
      const problem = runToEnd('bash', ['-e', 'example.sh'], dir);
      if (problem) problems.push(`${b.file}:${b.line}: ${problem}`);
      rmSync(dir, { recursive: true, force: true });
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it('parses and lints every Dockerfile', () => {
    expect(dockerfiles.length).toBeGreaterThan(0);
    const problems = dockerfiles.flatMap((b) =>
      validate(b.value)
        .filter((d) => d.severity === ValidationSeverity.ERROR || d.severity === ValidationSeverity.WARNING)
        .map((d) => `${b.file}:${b.line + 1 + d.range.start.line}: ${d.message}`),
    );
    expect(problems).toEqual([]);
  });

  it('catches a metrics server that exits at once', async () => {
    const dir = tempDir();
    const file = join(dir, 'exits.py');
    writeFileSync(file, 'import http.server\nprint("started")\n');
    const problem = await serveAndProbe(file, 'http://127.0.0.1:18999/metrics', dir);
    rmSync(dir, { recursive: true, force: true });
    expect(problem).toMatch(/exited/);
  });

  it('catches a Dockerfile with an unknown instruction', () => {
    expect(validate('FROM debian:12\nRUNN echo hi\n').map((d) => d.message)).toContain('Unknown instruction: RUNN');
  });
});
