/**
 * Renders every ```mermaid block in content/ to SVG, light and dark, into the committed
 * cache content/diagrams/<key>.svg (key = hash of source, theme, Mermaid version and render
 * settings). Only missing renders are drawn (of the given paths only, when paths are given);
 * files that no diagram in content/ uses are removed, on every run without errors.
 * usage: npm run diagrams [-- content/en/containers]   (needs Chromium; see scripts/lib/browser.ts)
 *        tsx scripts/diagrams.ts --root tests/fixtures/diagrams   (another content tree)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { launch } from './lib/browser';
import { codeBlocks, mdxFiles } from './lib/mdx-blocks';
import { cacheDir, cachePath, diagramKey, diagramThemes, errorLine, readAccessibility, type DiagramTheme } from '../src/lib/diagrams';

// --root DIR renders another content tree (tests use a fixture); paths after it filter files.
const argv = process.argv.slice(2);
const rootFlag = argv.indexOf('--root');
const root = rootFlag >= 0 ? resolve(argv[rootFlag + 1]) : resolve(import.meta.dirname, '..');
if (rootFlag >= 0) argv.splice(rootFlag, 2);
const require = createRequire(import.meta.url);
const mermaidVersion: string = JSON.parse(readFileSync(require.resolve('mermaid/package.json'), 'utf8')).version;
const mermaidScript = require.resolve('mermaid/dist/mermaid.min.js');

const fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif";

/**
 * Mermaid's dark theme puts light grey text on mid-grey label and cluster backgrounds (below
 * 4.5:1). These colours match the site's dark figure background and pass AA everywhere.
 */
const darkVariables = {
  background: '#1b222c',
  primaryColor: '#1f3550',
  primaryTextColor: '#e6eaf0',
  primaryBorderColor: '#7cb8ff',
  secondaryColor: '#2c2745',
  tertiaryColor: '#1d2b25',
  lineColor: '#a9b3c1',
  textColor: '#e6eaf0',
  edgeLabelBackground: '#1b222c',
  clusterBkg: '#222a35',
  clusterBorder: '#5c6b7f',
  titleColor: '#e6eaf0',
  nodeTextColor: '#e6eaf0',
  noteBkgColor: '#2b2110',
  noteTextColor: '#f3e9d2',
  noteBorderColor: '#f0b35a',
  actorBkg: '#1f3550',
  actorBorder: '#7cb8ff',
  actorTextColor: '#e6eaf0',
  signalColor: '#e6eaf0',
  signalTextColor: '#e6eaf0',
  labelBoxBkgColor: '#1f3550',
  labelTextColor: '#e6eaf0',
  loopTextColor: '#e6eaf0',
  activationBkgColor: '#2c2745',
};

const filters = argv.map((p) => resolve(p));
const inScope = (file: string) => filters.length === 0 || filters.some((p) => file.startsWith(p));
const files = mdxFiles(join(root, 'content'));
const allBlocks = files.flatMap((f) => codeBlocks(f, root)).filter((b) => b.lang === 'mermaid');
// Paths given: only their diagrams are checked and rendered, but every diagram in content/ keeps
// its cache files, so that such a run still removes the renders no page uses any more.
const blocks = allBlocks.filter((b) => inScope(join(root, b.file)));

const errors: string[] = [];
const jobs: { key: string; theme: DiagramTheme; source: string; where: string; line: number }[] = [];
const used = new Set<string>();
for (const block of allBlocks) {
  const render = blocks.includes(block);
  if (render) {
    const acc = readAccessibility(block.value);
    if (!acc.title || !acc.description) errors.push(`${block.file}:${block.line}: add "accTitle: ..." and "accDescr: ..." to this diagram`);
  }
  for (const theme of diagramThemes) {
    const key = diagramKey(block.value, theme, mermaidVersion);
    used.add(key);
    if (render && !existsSync(cachePath(root, key))) jobs.push({ key, theme, source: block.value, where: block.file, line: block.line });
  }
}

mkdirSync(cacheDir(root), { recursive: true });
if (jobs.length > 0) {
  const { browser, close } = await launch();
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ path: mermaidScript });
    for (const job of jobs) {
      const result = await page.evaluate(
        async ({ source, theme, id, fontFamily, darkVariables }) => {
          const m = (window as unknown as { mermaid: { initialize(c: object): void; render(id: string, s: string): Promise<{ svg: string }> } }).mermaid;
          m.initialize({
            startOnLoad: false,
            securityLevel: 'strict',
            theme: theme === 'dark' ? 'dark' : 'default',
            fontFamily,
            themeVariables: theme === 'dark' ? { ...darkVariables, fontFamily, fontSize: '15px' } : { fontFamily, fontSize: '15px' },
            flowchart: { useMaxWidth: false, padding: 12 },
            sequence: { useMaxWidth: false },
            state: { useMaxWidth: false },
            timeline: { useMaxWidth: false },
            class: { useMaxWidth: false },
          });
          try {
            return { svg: (await m.render(id, source)).svg };
          } catch (error) {
            document.querySelectorAll(`#d${id}, #${id}`).forEach((n) => n.remove());
            return { error: String((error as Error)?.message ?? error) };
          }
        },
        { source: job.source, theme: job.theme, id: `d${job.key.slice(0, 10)}-${job.theme}`, fontFamily, darkVariables },
      );
      if ('error' in result && result.error) {
        const rel = errorLine(result.error);
        // The block's first source line is the line after the ``` fence.
        // An error "at EOF" is reported one line past the end: point at the block's last line.
        const line = rel ? job.line + Math.min(rel, job.source.trimEnd().split('\n').length) : job.line;
        const message = `${job.where}:${line}: Mermaid syntax error: ${result.error.split('\n').slice(0, 4).join(' | ')}`;
        if (!errors.includes(message)) errors.push(message);
        continue;
      }
      writeFileSync(cachePath(root, job.key), `${result.svg}\n`);
      console.log(`rendered ${job.where}:${job.line} (${job.theme}) -> content/diagrams/${job.key}.svg`);
    }
  } finally {
    await close();
  }
}

if (errors.length === 0) {
  for (const name of readdirSync(cacheDir(root))) {
    if (name.endsWith('.svg') && !used.has(name.replace(/\.svg$/, ''))) {
      rmSync(join(cacheDir(root), name));
      console.log(`removed unused content/diagrams/${name}`);
    }
  }
}
console.log(`${blocks.length} diagrams in ${files.filter(inScope).length} files; ${jobs.length} renders needed; ${errors.length} errors`);
if (errors.length > 0) {
  for (const e of errors) console.error(e);
  process.exit(1);
}
