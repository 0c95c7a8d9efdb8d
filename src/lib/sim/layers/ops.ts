/**
 * Writes through an overlay mount: they change only the upper layer (stack[0]).
 * Copy-up copies the whole file and creates its parent directories (rule 6.3);
 * deleting a lower name leaves a whiteout (6.4); a directory deleted and made again
 * becomes opaque (6.5). Each function returns a new upper layer; inputs are unchanged.
 */
import { ancestors, layerNumber, lookup, parentOf, type Entry, type Layer, type Stack } from './overlay';

export type OpResult =
  | { ok: true; kind: 'copied-up'; bytes: number; fromLayer: number }
  | { ok: true; kind: 'modified' | 'created' | 'removed' | 'whiteout' | 'opaque' | 'mkdir' }
  | { ok: false; error: 'not-found' | 'not-a-file' | 'not-a-directory' | 'exists' | 'reserved-name' | 'bad-path' | 'no-parent' | 'root' };

export interface OpOutcome {
  upper: Layer;
  result: OpResult;
}

/** Rule 6.11: a real file may not be named ".wh.*"; paths are absolute, simple names only. */
export function checkPath(path: string): 'ok' | 'bad-path' | 'reserved-name' | 'root' {
  if (path === '/') return 'root';
  if (!/^(\/[A-Za-z0-9._-]{1,40}){1,8}$/.test(path)) return 'bad-path';
  const names = path.split('/').filter(Boolean);
  if (names.some((n) => n === '.' || n === '..')) return 'bad-path';
  if (names.some((n) => n.startsWith('.wh.'))) return 'reserved-name';
  return 'ok';
}

function fail(upper: Layer, error: Extract<OpResult, { ok: false }>['error']): OpOutcome {
  return { upper, result: { ok: false, error } };
}

/** Copy the parent directories into the upper layer (as plain, merged directories). */
function withParents(entries: Record<string, Entry>, path: string): void {
  for (const a of ancestors(path)) {
    if (entries[a]?.kind !== 'dir') entries[a] = { kind: 'dir', opaque: false };
  }
}

function without(entries: Readonly<Record<string, Entry>>, path: string): Record<string, Entry> {
  const out: Record<string, Entry> = {};
  for (const [p, e] of Object.entries(entries)) if (p !== path && !p.startsWith(`${path}/`)) out[p] = e;
  return out;
}

function upperOf(stack: Stack): Layer {
  return stack[0] ?? { entries: {} };
}

/** Write to a file (append `bytes`): copy-up on the first write to a lower file. */
export function appendToFile(stack: Stack, path: string, bytes: number): OpOutcome {
  const upper = upperOf(stack);
  const found = lookup(stack, path);
  if (!found) return fail(upper, 'not-found');
  if (found.entry.kind !== 'file') return fail(upper, 'not-a-file');
  const entries = { ...upper.entries };
  if (found.layer === 0) {
    entries[path] = { ...found.entry, size: found.entry.size + bytes };
    return { upper: { entries }, result: { ok: true, kind: 'modified' } };
  }
  withParents(entries, path);
  const fromLayer = layerNumber(stack.length, found.layer);
  entries[path] = { kind: 'file', size: found.entry.size + bytes, origin: 'copied-up', fromLayer };
  return { upper: { entries }, result: { ok: true, kind: 'copied-up', bytes: found.entry.size, fromLayer } };
}

/** Create a new file; fails if the name exists or its directory does not. */
export function createFile(stack: Stack, path: string, size: number): OpOutcome {
  const upper = upperOf(stack);
  const check = checkPath(path);
  if (check !== 'ok') return fail(upper, check);
  if (lookup(stack, path)) return fail(upper, 'exists');
  const parent = lookup(stack, parentOf(path));
  if (!parent) return fail(upper, 'no-parent');
  if (parent.entry.kind !== 'dir') return fail(upper, 'not-a-directory');
  const entries = { ...upper.entries };
  withParents(entries, path);
  // A whiteout of the same name in the upper layer is replaced by the new file.
  entries[path] = { kind: 'file', size, origin: 'new' };
  return { upper: { entries }, result: { ok: true, kind: 'created' } };
}

/** Create a directory; over a whiteout it is made opaque so the old contents stay hidden. */
export function makeDir(stack: Stack, path: string): OpOutcome {
  const upper = upperOf(stack);
  const check = checkPath(path);
  if (check !== 'ok') return fail(upper, check);
  if (lookup(stack, path)) return fail(upper, 'exists');
  const parent = lookup(stack, parentOf(path));
  if (!parent) return fail(upper, 'no-parent');
  if (parent.entry.kind !== 'dir') return fail(upper, 'not-a-directory');
  const entries = { ...upper.entries };
  withParents(entries, path);
  const overWhiteout = upper.entries[path]?.kind === 'whiteout';
  entries[path] = { kind: 'dir', opaque: overWhiteout };
  return { upper: { entries }, result: { ok: true, kind: overWhiteout ? 'opaque' : 'mkdir' } };
}

/** rm / rm -rf: drop the name (and subtree) from upper; leave a whiteout if a lower layer still shows it. */
export function remove(stack: Stack, path: string): OpOutcome {
  const upper = upperOf(stack);
  if (path === '/') return fail(upper, 'root');
  if (!lookup(stack, path)) return fail(upper, 'not-found');
  const entries = without(upper.entries, path);
  const lowerShows = lookup([{ entries }, ...stack.slice(1)], path) !== null;
  if (!lowerShows) return { upper: { entries }, result: { ok: true, kind: 'removed' } };
  withParents(entries, path);
  entries[path] = { kind: 'whiteout' };
  return { upper: { entries }, result: { ok: true, kind: 'whiteout' } };
}

/** rm -rf dir && mkdir dir: the new directory is opaque if the old one came from a lower layer. */
export function recreateDir(stack: Stack, path: string): OpOutcome {
  const upper = upperOf(stack);
  const found = lookup(stack, path);
  if (!found) return fail(upper, 'not-found');
  if (found.entry.kind !== 'dir') return fail(upper, 'not-a-directory');
  const removed = remove(stack, path);
  return makeDir([removed.upper, ...stack.slice(1)], path);
}
