/**
 * Loads and validates the glossary from content/glossary/<locale>/*.yaml. Runs in Node at
 * config time (the g: link plugin) and at build time (the glossary page), so it reads the
 * files directly instead of through a content collection.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse, LineCounter } from 'yaml';
import { termFileSchema, type Term } from '../schemas/glossary';

export interface GlossaryTerm extends Term {
  /** The chapter file the term is defined in. */
  chapter: string;
  /** Where it is defined, for error messages. */
  file: string;
}

export type Glossary = Map<string, GlossaryTerm>;

export function loadGlossaryDir(dir: string): Glossary {
  const glossary: Glossary = new Map();
  if (!existsSync(dir)) return glossary;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const file = join(dir, name);
    const lines = new LineCounter();
    const text = readFileSync(file, 'utf8');
    let data: unknown;
    try {
      data = parse(text, { lineCounter: lines });
    } catch (error) {
      throw new Error(`${file}: invalid YAML: ${(error as Error).message}`);
    }
    const result = termFileSchema.safeParse(data ?? []);
    if (!result.success) {
      const issue = result.error.issues[0];
      const [index, field] = issue.path;
      const line = typeof index === 'number' ? findEntryLine(text, index) : undefined;
      throw new Error(`${file}${line ? `:${line}` : ''}: term #${Number(index) + 1} field "${String(field ?? '')}": ${issue.message}`);
    }
    for (const term of result.data) {
      const existing = glossary.get(term.id);
      if (existing) throw new Error(`${file}: term id "${term.id}" is already defined in ${existing.file}; ids must be unique`);
      glossary.set(term.id, { ...term, chapter: name.replace(/\.yaml$/, ''), file });
    }
  }
  for (const term of glossary.values()) {
    for (const id of term.related) {
      if (!glossary.has(id)) throw new Error(`${term.file}: term "${term.id}" lists unknown related term "${id}"`);
    }
  }
  return glossary;
}

/** Line (1-based) where the index-th top-level list entry starts. */
function findEntryLine(text: string, index: number): number | undefined {
  let seen = -1;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].startsWith('- ')) {
      seen++;
      if (seen === index) return i + 1;
    }
  }
  return undefined;
}

const cache = new Map<string, Glossary>();

/** The glossary of one locale, loaded once per process. */
export function loadGlossary(root: string, locale: string): Glossary {
  const key = `${root}|${locale}`;
  let glossary = cache.get(key);
  if (!glossary) {
    glossary = loadGlossaryDir(join(root, 'content', 'glossary', locale));
    cache.set(key, glossary);
  }
  return glossary;
}
