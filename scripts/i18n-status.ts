/**
 * `npm run i18n:status`: how complete and current the Chinese edition is.
 *   pages translated / total (with every missing, outdated or unrecorded page), glossary entries,
 *   interface strings, diagrams with Chinese labels, Chinese characters per chapter.
 * Exits 1 only for what CI must block: a missing Chinese page, a Chinese page with no sourceHash or
 * no English original, or a glossary id in one language only. Outdated translations are listed, not
 * fatal (an English fix must not wait for its translation).
 *   --ids FILE       print the heading ids of a page (to write `## 标题 {/* #id *\/}` in its translation)
 *   --stamp FILE...  record in each Chinese FILE the English version it now translates
 *   --json           machine-readable output
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { codeBlocks, mdxFiles } from './lib/mdx-blocks';
import { loadGlossaryDir } from '../src/lib/glossary-data';
import { sourceHeadings } from '../src/lib/heading-ids';
import { chineseDiagrams, compareGlossaries, frontmatterSourceHash, hanCount, pageState, sourceHash, withSourceHash, type PageState } from '../src/lib/translation';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const read = (p: string) => readFileSync(p, 'utf8');
const english = (zhFile: string) => zhFile.replace(/content\/zh-cn\//, 'content/en/');

if (args[0] === '--ids') {
  for (const h of sourceHeadings(read(args[1]))) console.log(`${String(h.line).padStart(4)}  ${'#'.repeat(h.depth)} ${h.text}  {/* #${h.id} */}`);
  process.exit(0);
}
if (args[0] === '--stamp') {
  for (const file of args.slice(1)) {
    const en = english(file);
    if (!existsSync(en)) throw new Error(`${file}: no English original at ${en}`);
    writeFileSync(file, withSourceHash(read(file), sourceHash(read(en))));
    console.log(`${file}: sourceHash ${sourceHash(read(en))} (${en})`);
  }
  process.exit(0);
}

const errors: string[] = [];
const enPages = mdxFiles(join(root, 'content/en'));
const zhPages = mdxFiles(join(root, 'content/zh-cn'));
const pages: { page: string; state: PageState }[] = enPages.map((en) => {
  const zh = en.replace('/content/en/', '/content/zh-cn/');
  return { page: relative(root, zh), state: pageState(read(en), existsSync(zh) ? { sourceHash: frontmatterSourceHash(read(zh)) } : undefined) };
});
for (const p of pages) if (p.state === 'missing') errors.push(`${p.page}: missing: every English page needs its Chinese translation`);
for (const p of pages) if (p.state === 'unrecorded') errors.push(`${p.page}: no sourceHash (run npm run i18n:status -- --stamp ${p.page})`);
for (const zh of zhPages) if (!existsSync(english(zh))) errors.push(`${relative(root, zh)}: no English original at ${relative(root, english(zh))}`);

const enGlossary = loadGlossaryDir(join(root, 'content/glossary/en'));
const zhGlossary = loadGlossaryDir(join(root, 'content/glossary/zh-cn'));
const glossary = compareGlossaries(enGlossary.keys(), zhGlossary.keys());
for (const id of glossary.missing) errors.push(`content/glossary/zh-cn: term "${id}" (${enGlossary.get(id)?.file}) has no Chinese entry`);
for (const id of glossary.orphaned) errors.push(`content/glossary/zh-cn: term "${id}" has no English entry (${zhGlossary.get(id)?.file})`);

const strings = (locale: string) => {
  const dir = join(root, 'content/i18n');
  const keys = new Set(Object.keys(JSON.parse(read(join(dir, `${locale}.json`)))));
  const sub = join(dir, locale);
  if (existsSync(sub)) for (const f of readdirSync(sub)) for (const k of Object.keys(JSON.parse(read(join(sub, f))))) keys.add(k);
  return keys;
};
const enStrings = strings('en');
const zhStrings = strings('zh-cn');
const missingStrings = [...enStrings].filter((k) => !zhStrings.has(k));

const mermaid = (files: string[]) => files.flatMap((f) => codeBlocks(f, root)).filter((b) => b.lang === 'mermaid').map((b) => b.value);
const enDiagrams = mermaid(enPages).length;
const zhDiagrams = chineseDiagrams(mermaid(zhPages));

const chapters = new Map<string, number>();
for (const zh of zhPages) {
  const chapter = relative(join(root, 'content/zh-cn'), zh).split('/')[0];
  const body = read(zh).replace(/^---[\s\S]*?\n---/, '');
  chapters.set(chapter, (chapters.get(chapter) ?? 0) + hanCount(body));
}

const count = (s: PageState) => pages.filter((p) => p.state === s).length;
const report = {
  pages: { translated: count('current') + count('outdated'), current: count('current'), total: pages.length, outdated: pages.filter((p) => p.state === 'outdated').map((p) => p.page), missing: pages.filter((p) => p.state === 'missing').map((p) => p.page) },
  glossary: { translated: enGlossary.size - glossary.missing.length, total: enGlossary.size, missing: glossary.missing },
  strings: { translated: enStrings.size - missingStrings.length, total: enStrings.size, missing: missingStrings },
  diagrams: { chinese: zhDiagrams, total: enDiagrams },
  hanCharactersPerChapter: Object.fromEntries([...chapters].sort()),
  errors,
};

if (args.includes('--json')) console.log(JSON.stringify(report, null, 2));
else {
  console.log(`pages translated:      ${report.pages.translated} / ${report.pages.total} (${report.pages.current} current, ${report.pages.outdated.length} outdated)`);
  console.log(`glossary entries:      ${report.glossary.translated} / ${report.glossary.total}`);
  console.log(`interface strings:     ${report.strings.translated} / ${report.strings.total}`);
  console.log(`diagrams in Chinese:   ${report.diagrams.chinese} / ${report.diagrams.total}`);
  console.log('Chinese characters per chapter:');
  for (const [c, n] of Object.entries(report.hanCharactersPerChapter)) console.log(`  ${c.padEnd(14)} ${n}`);
  for (const p of report.pages.missing) console.log(`missing:  ${p}`);
  for (const p of report.pages.outdated) console.log(`outdated: ${p} (the English page changed since it was translated)`);
  for (const id of report.glossary.missing) console.log(`missing glossary entry: ${id}`);
  for (const k of report.strings.missing) console.log(`missing interface string: ${k}`);
  for (const e of errors) console.error(`ERROR: ${e}`);
}
process.exit(errors.length > 0 ? 1 : 0);
