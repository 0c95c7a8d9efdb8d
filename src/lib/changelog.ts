/**
 * The corrections readers of earlier text should know about, from content/changelog/*.yaml:
 * validated (file and entry number on error), newest first, and looked up per page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { changeFileSchema, type Change } from '../schemas/changelog';

export interface ChangeEntry extends Change {
  /** The page path without the #anchor, e.g. /kubernetes/scheduling/. */
  page: string;
  anchor: string;
}

export function parseChanges(files: Record<string, string>): ChangeEntry[] {
  const out: ChangeEntry[] = [];
  for (const [file, text] of Object.entries(files)) {
    const result = changeFileSchema.safeParse(parse(text) ?? []);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new Error(`${file}: entry #${Number(issue.path[0]) + 1} field "${String(issue.path[1] ?? '')}": ${issue.message}`);
    }
    for (const c of result.data) {
      const [page, anchor = ''] = c.path.split('#');
      out.push({ ...c, page, anchor });
    }
  }
  return out.sort((a, b) => b.date.getTime() - a.date.getTime() || a.path.localeCompare(b.path));
}

let cached: ChangeEntry[] | undefined;
export function loadChanges(root = process.cwd()): ChangeEntry[] {
  if (!cached) {
    const dir = join(root, 'content', 'changelog');
    const names = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort() : [];
    cached = parseChanges(Object.fromEntries(names.map((n) => [`content/changelog/${n}`, readFileSync(join(dir, n), 'utf8')])));
  }
  return cached;
}

/** The changes to one page (path like /kubernetes/scheduling/). */
export function changesFor(changes: ChangeEntry[], page: string): ChangeEntry[] {
  return changes.filter((c) => c.page === page);
}

/** Entries grouped by ISO date, newest first. */
export function byDate(changes: ChangeEntry[]): [string, ChangeEntry[]][] {
  const groups = new Map<string, ChangeEntry[]>();
  for (const c of changes) {
    const day = c.date.toISOString().slice(0, 10);
    groups.set(day, [...(groups.get(day) ?? []), c]);
  }
  return [...groups];
}
