/**
 * OCI image layer changesets (lab-rules 6.11, 6.12): how an upper layer is written as
 * a layer tar, and how a tar is unpacked into an overlay upper directory.
 *   overlay whiteout (char device 0/0)     ⇄  "<dir>/.wh.<name>"
 *   opaque dir (trusted.overlay.opaque=y)  ⇄  "<dir>/.wh..wh..opq"
 */
import { baseName, lookup, parentOf, type Entry, type Layer, type Stack } from './overlay';

export const WHITEOUT_PREFIX = '.wh.';
export const OPAQUE_MARKER = '.wh..wh..opq';

export type OciEntry =
  | { path: string; type: 'dir' }
  | { path: string; type: 'file'; size: number }
  | { path: string; type: 'whiteout'; hides: string }
  | { path: string; type: 'opaque'; dir: string };

/** Opaque: one ".wh..wh..opq" per replaced directory. Explicit: one ".wh.<child>" per hidden child. */
export type WhiteoutStyle = 'opaque' | 'explicit';

const rel = (path: string) => path.replace(/^\//, '');
const join = (dir: string, name: string) => (dir === '/' ? `/${name}` : `${dir}/${name}`);

/** Names directly inside `dir` as seen through `stack`. */
export function childrenOf(stack: Stack, dir: string): string[] {
  const names = new Set<string>();
  for (const layer of stack) {
    for (const p of Object.keys(layer.entries)) if (p !== '/' && parentOf(p) === dir) names.add(baseName(p));
  }
  return [...names].filter((n) => lookup(stack, join(dir, n)) !== null).sort();
}

/**
 * The tar entries of a layer, parents before children. Inside a directory the whiteout
 * files come first ("SHOULD appear before sibling directory entries"). `lowers` are the
 * layers below (top first), needed for explicit whiteouts.
 */
export function toOciEntries(layer: Layer, style: WhiteoutStyle = 'opaque', lowers: Stack = []): OciEntry[] {
  const kids = new Map<string, string[]>();
  for (const p of Object.keys(layer.entries)) {
    const parent = parentOf(p);
    kids.set(parent, [...(kids.get(parent) ?? []), p]);
  }
  const out: OciEntry[] = [];
  const walk = (dir: string) => {
    const own = (kids.get(dir) ?? []).slice().sort();
    const entry = layer.entries[dir];
    if (entry?.kind === 'dir' && entry.opaque) {
      if (style === 'opaque') out.push({ path: `${rel(dir)}/${OPAQUE_MARKER}`, type: 'opaque', dir });
      else for (const name of childrenOf(lowers, dir)) out.push({ path: `${rel(dir)}/${WHITEOUT_PREFIX}${name}`, type: 'whiteout', hides: join(dir, name) });
    }
    for (const p of own) {
      if (layer.entries[p]?.kind === 'whiteout') {
        out.push({ path: `${rel(parentOf(p)) ? `${rel(parentOf(p))}/` : ''}${WHITEOUT_PREFIX}${baseName(p)}`, type: 'whiteout', hides: p });
      }
    }
    for (const p of own) {
      const e = layer.entries[p];
      if (e?.kind === 'file') out.push({ path: rel(p), type: 'file', size: e.size });
      if (e?.kind === 'dir') {
        out.push({ path: `${rel(p)}/`, type: 'dir' });
        walk(p);
      }
    }
  };
  walk('/');
  return out;
}

/**
 * Unpack tar entries into an overlay upper layer the way containerd does (rule 6.12):
 * ".wh.<name>" becomes a whiteout (0/0 character device) named <name>, and
 * ".wh..wh..opq" marks its directory opaque.
 */
export function fromOciEntries(entries: readonly { path: string; size?: number }[]): Layer {
  const out: Record<string, Entry> = {};
  for (const { path, size } of entries) {
    const isDir = path.endsWith('/');
    const abs = `/${path.replace(/\/+$/, '')}`;
    const name = baseName(abs);
    const dir = parentOf(abs);
    if (name === OPAQUE_MARKER) {
      out[dir] = { kind: 'dir', opaque: true };
    } else if (name.startsWith(WHITEOUT_PREFIX)) {
      // A whiteout never hides an entry of its own layer: a same-named directory just
      // stops showing the lower one's contents.
      const target = join(dir, name.slice(WHITEOUT_PREFIX.length));
      const prev = out[target];
      if (!prev) out[target] = { kind: 'whiteout' };
      else if (prev.kind === 'dir') out[target] = { kind: 'dir', opaque: true };
    } else if (isDir) {
      const prev = out[abs];
      out[abs] = { kind: 'dir', opaque: prev?.kind === 'whiteout' || (prev?.kind === 'dir' && prev.opaque) };
    } else {
      out[abs] = { kind: 'file', size: size ?? 0, origin: 'new' };
    }
  }
  return { entries: out };
}
