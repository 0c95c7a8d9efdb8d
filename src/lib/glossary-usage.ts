/**
 * Which pages teach each glossary term: every page that links to it with g:<id>.
 * Read from the MDX sources so the glossary page does not depend on build order.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** Term ids linked from one MDX source, in order of first use. */
export function termLinks(source: string): string[] {
  return [...new Set([...source.matchAll(/\]\(g:([a-z0-9-]+)\)/g)].map((m) => m[1]))];
}

/** term id -> page paths ("containers/history/") in the locale's content tree. */
export function termUsage(root: string, locale: string): Map<string, string[]> {
  const usage = new Map<string, string[]>();
  const dir = join(root, 'content', locale);
  if (!existsSync(dir)) return usage;
  for (const chapter of readdirSync(dir).sort()) {
    const chapterDir = join(dir, chapter);
    if (!existsSync(chapterDir) || chapter.startsWith('_')) continue;
    for (const file of readdirSync(chapterDir).filter((f) => f.endsWith('.mdx') && !f.startsWith('_')).sort()) {
      const page = `${chapter}/${file.replace(/\.mdx$/, '')}/`;
      for (const id of termLinks(readFileSync(join(chapterDir, file), 'utf8'))) {
        usage.set(id, [...(usage.get(id) ?? []), page]);
      }
    }
  }
  return usage;
}
