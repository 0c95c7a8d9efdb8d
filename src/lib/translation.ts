/**
 * Translation bookkeeping: which English version a Chinese page translates, and how the
 * Chinese edition stands (pages, glossary, diagrams). Pure functions over file contents, used
 * by the page layout (the "English is newer" notice), `npm run i18n:status` and the tests.
 */
import { createHash } from 'node:crypto';

/** The source record of a translation: the first 12 hex digits of the sha256 of the English file. */
export function sourceHash(englishSource: string): string {
  return createHash('sha256').update(englishSource).digest('hex').slice(0, 12);
}

export type PageState = 'current' | 'outdated' | 'missing' | 'unrecorded';

/** State of one Chinese page against its English source. */
export function pageState(englishSource: string, translation: { sourceHash?: string } | undefined): PageState {
  if (!translation) return 'missing';
  if (!translation.sourceHash) return 'unrecorded';
  return translation.sourceHash === sourceHash(englishSource) ? 'current' : 'outdated';
}

/** Reads `sourceHash:` from an MDX file's frontmatter (without a YAML parser: one flat key). */
export function frontmatterSourceHash(source: string): string | undefined {
  const fm = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
  return /^sourceHash:\s*['"]?([0-9a-f]{12})['"]?\s*$/m.exec(fm)?.[1];
}

/** Sets (or replaces) `sourceHash:` in an MDX file's frontmatter, quoted (YAML reads 123456789012 or 1e5... as numbers). */
export function withSourceHash(source: string, hash: string): string {
  const m = /^---\n([\s\S]*?)\n---/.exec(source);
  if (!m) throw new Error('no frontmatter block');
  const fm = /^sourceHash:.*$/m.test(m[1]) ? m[1].replace(/^sourceHash:.*$/m, `sourceHash: "${hash}"`) : `${m[1]}\nsourceHash: "${hash}"`;
  return `---\n${fm}\n---${source.slice(m[0].length)}`;
}

const han = /\p{Script=Han}/gu;

/** Number of Chinese (Han) characters in a text. */
export function hanCount(text: string): number {
  return text.match(han)?.length ?? 0;
}

/** Mermaid blocks of a page whose labels are in Chinese (at least one Han character). */
export function chineseDiagrams(mermaidSources: string[]): number {
  return mermaidSources.filter((s) => hanCount(s) > 0).length;
}

export interface GlossaryComparison {
  /** English ids with no Chinese entry. */
  missing: string[];
  /** Chinese ids with no English entry: always an error. */
  orphaned: string[];
}

export function compareGlossaries(englishIds: Iterable<string>, chineseIds: Iterable<string>): GlossaryComparison {
  const en = new Set(englishIds);
  const zh = new Set(chineseIds);
  return { missing: [...en].filter((id) => !zh.has(id)).sort(), orphaned: [...zh].filter((id) => !en.has(id)).sort() };
}
