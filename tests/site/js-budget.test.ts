/**
 * The JavaScript budget (issue 12 §6): a chapter page ships at most 5 KB of gzipped JavaScript
 * before the reader interacts with it. Counted from the built HTML: inline scripts, every
 * module script and, transitively, its static imports (es-module-lexer tells them from the
 * dynamic import() of search, quiz and lab code, which loads on demand).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';
import { toText } from 'hast-util-to-text';
import { attr, elements, loadSite } from './built-site';
import { distDir } from '../e2e/harness';

const BUDGET = 5 * 1024;
const site = loadSite(distDir);
const chapterPages = site.filter((p) => /^(zh-cn\/)?(cloud-native|cncf|containers|kubernetes|serverless|service-mesh|twelve-factor)\/[a-z0-9-]+\/$/.test(p.path));
await init;
const gz = (text: string) => gzipSync(text, { level: 9 }).length;

/** A module and its static imports, as site paths ("_astro/x.js"), each once. */
function staticGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const [imports] = parse(readFileSync(join(distDir, entry), 'utf8'), entry);
  for (const i of imports) {
    // 'static' and 'reexport-star' load with the module; 'dynamic' is import(), on demand.
    if ((i.type !== 'static' && i.type !== 'reexport-star') || !i.specifier) continue;
    const target = i.specifier.startsWith('/') ? i.specifier.slice(1) : posix.join(posix.dirname(entry), i.specifier);
    staticGraph(target, seen);
  }
  return seen;
}

/** Gzipped bytes of JavaScript a page runs before any interaction, and the files counted. */
function startupJs(path: string): { bytes: number; files: string[] } {
  const page = site.find((p) => p.path === path)!;
  const files = new Set<string>();
  let bytes = 0;
  for (const script of elements(page.tree, (el) => el.tagName === 'script')) {
    const type = attr(script, 'type');
    if (type && type !== 'module' && type !== 'text/javascript') continue; // JSON data, not code
    const src = attr(script, 'src');
    if (!src) bytes += gz(toText(script));
    else if (type === 'module') staticGraph(src.replace(/^\//, ''), files);
    else files.add(src.replace(/^\//, ''));
  }
  for (const f of files) bytes += gz(readFileSync(join(distDir, f), 'utf8'));
  return { bytes, files: [...files].sort() };
}

describe('JavaScript budget of chapter pages', () => {
  it('finds the chapter pages of both languages, lab and quiz pages among them', () => {
    expect(chapterPages.filter((p) => p.path.startsWith('zh-cn/')).length).toBeGreaterThan(40);
    expect(chapterPages.filter((p) => !p.path.startsWith('zh-cn/')).length).toBeGreaterThan(40);
    expect(chapterPages.some((p) => elements(p.tree, (el) => el.tagName === 'section' && attr(el, 'dataLab') !== undefined).length > 0)).toBe(true);
    expect(chapterPages.some((p) => elements(p.tree, (el) => el.tagName === 'cna-quiz').length > 0)).toBe(true);
  });

  it('counts static imports but not code behind import()', () => {
    const lab = chapterPages.find((p) => elements(p.tree, (el) => el.tagName === 'cna-k8s').length > 0)!;
    const { files } = startupJs(lab.path);
    expect(files.some((f) => /progress\.[\w-]+\.js$/.test(f))).toBe(true); // imported by the shell
    expect(files.some((f) => /k8s-element/.test(f))).toBe(false); // loads when the lab is near
  });

  it(`ships at most ${BUDGET / 1024} KB gzipped before interaction on every chapter page`, () => {
    const over = chapterPages
      .map((p) => ({ path: p.path, ...startupJs(p.path) }))
      .filter((r) => r.bytes > BUDGET)
      .map((r) => `${r.path}: ${(r.bytes / 1024).toFixed(2)} KB (${r.files.join(', ')})`);
    expect(over).toEqual([]);
  });
});
