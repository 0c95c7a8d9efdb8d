/** The diagram renderer in real Chromium: it renders both themes into the cache and reports syntax errors by file and line. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './harness';

const fixture = join(root, 'tests/fixtures/diagrams');

describe('npm run diagrams', () => {
  it('renders the valid diagram in both themes and names the file and line of the broken one', () => {
    rmSync(join(fixture, 'content/diagrams'), { recursive: true, force: true });
    const r = spawnSync('npx', ['tsx', 'scripts/diagrams.ts', '--root', fixture], { cwd: root, encoding: 'utf8' });
    try {
      expect(r.status).toBe(1);
      // The block starts at line 16 (the fence); its fourth source line is line 20.
      expect(r.stderr).toMatch(/content\/en\/demo\/page\.mdx:20: Mermaid syntax error: .*Parse error on line \d/);
      const svgs = readdirSync(join(fixture, 'content/diagrams')).filter((f) => f.endsWith('.svg'));
      expect(svgs).toHaveLength(2);
      const texts = svgs.map((f) => readFileSync(join(fixture, 'content/diagrams', f), 'utf8'));
      expect(texts.every((t) => t.startsWith('<svg') && t.includes('Two boxes'))).toBe(true);
    } finally {
      rmSync(join(fixture, 'content/diagrams'), { recursive: true, force: true });
    }
    expect(existsSync(join(fixture, 'content/diagrams'))).toBe(false);
  }, 120_000);

  it('removes renders that no diagram uses on a run for some paths only, and keeps the ones in use', () => {
    const cache = join(fixture, 'content/diagrams');
    rmSync(cache, { recursive: true, force: true });
    try {
      spawnSync('npx', ['tsx', 'scripts/diagrams.ts', '--root', fixture], { cwd: root, encoding: 'utf8' });
      const rendered = readdirSync(cache).filter((f) => f.endsWith('.svg')).sort();
      expect(rendered).toHaveLength(2);
      writeFileSync(join(cache, '0000stale0000.svg'), '<svg></svg>\n');
      // A path with no page in it: nothing to render, nothing broken, so the cache is pruned.
      const r = spawnSync('npx', ['tsx', 'scripts/diagrams.ts', '--root', fixture, join(fixture, 'content/en/none')], { cwd: root, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain('removed unused content/diagrams/0000stale0000.svg');
      expect(readdirSync(cache).filter((f) => f.endsWith('.svg')).sort()).toEqual(rendered);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  }, 120_000);
});
