/**
 * OverlayFS semantics over plain-data layers (lab-rules 6.2-6.5, 6.10): name lookup
 * through a stack of layers (top first), the merged view, and the writes that a
 * container makes to its upper layer: copy-up of whole files, whiteouts, opaque dirs.
 */
export type Entry =
  | { kind: 'file'; size: number; origin: 'new' | 'copied-up'; /** Number of the layer it was copied up from. */ fromLayer?: number }
  | { kind: 'dir'; opaque: boolean }
  | { kind: 'whiteout' };

export interface Layer {
  /** Absolute paths ("/etc/passwd") to entries. The root "/" is implicit. */
  entries: Readonly<Record<string, Entry>>;
}

/**
 * Layers from the top (upper) down to the base. The layer at index i is numbered
 * stack.length − i: the base is layer 1.
 */
export type Stack = readonly Layer[];

export function layerNumber(stackLength: number, index: number): number {
  return stackLength - index;
}

export function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Proper ancestors without the root: "/a/b/c" → ["/a", "/a/b"]. */
export function ancestors(path: string): string[] {
  const parts = path.split('/').filter(Boolean);
  return parts.slice(0, -1).map((_, i) => `/${parts.slice(0, i + 1).join('/')}`);
}

/** Does this layer stop lookups of `path` from reaching the layers below it? */
function blocksBelow(layer: Layer, path: string): { reason: 'whiteout' | 'opaque' | 'shadowed' } | null {
  for (const a of ancestors(path)) {
    const e = layer.entries[a];
    if (!e) continue;
    if (e.kind === 'whiteout') return { reason: 'whiteout' };
    if (e.kind === 'file') return { reason: 'shadowed' };
    if (e.opaque) return { reason: 'opaque' };
  }
  return null;
}

export interface Found {
  entry: Exclude<Entry, { kind: 'whiteout' }>;
  /** Index in the stack of the topmost layer holding the name. */
  layer: number;
}

/** Rule 6.2/6.4/6.5: the topmost entry wins; whiteouts and opaque dirs hide what is below. */
export function lookup(stack: Stack, path: string): Found | null {
  if (path === '/') return { entry: { kind: 'dir', opaque: false }, layer: stack.length - 1 };
  for (let i = 0; i < stack.length; i++) {
    const layer = stack[i];
    if (!layer) continue;
    const e = layer.entries[path];
    if (e) return e.kind === 'whiteout' ? null : { entry: e, layer: i };
    if (blocksBelow(layer, path)) return null;
  }
  return null;
}

export interface MergedRow {
  path: string;
  entry: Found['entry'];
  /** Topmost layer that holds the name. */
  layer: number;
  /** Directories: every layer whose directory of this name is merged in. */
  mergedFrom: number[];
}

export interface HiddenRow {
  path: string;
  /** Layer that holds the hidden entry. */
  layer: number;
  /** Layer that hides it, and how. */
  by: number;
  reason: 'whiteout' | 'opaque' | 'shadowed';
}

/** Why the entry of layer j at path is not seen, or null if it is (or is a merged dir). */
function hiddenBy(stack: Stack, path: string, j: number): Omit<HiddenRow, 'path' | 'layer'> | null {
  const own = stack[j]?.entries[path];
  for (let i = 0; i < j; i++) {
    const layer = stack[i];
    if (!layer) continue;
    const e = layer.entries[path];
    if (e?.kind === 'whiteout') return { by: i, reason: 'whiteout' };
    if (e && (e.kind === 'file' || own?.kind === 'file')) return { by: i, reason: 'shadowed' };
    if (e?.kind === 'dir' && e.opaque) {
      // An opaque dir hides lower children, and the lower dir's own listing is not merged.
      const block = blocksBelow(layer, path);
      return block ? { by: i, reason: block.reason } : { by: i, reason: 'opaque' };
    }
    const block = blocksBelow(layer, path);
    if (block) return { by: i, ...block };
  }
  return null;
}

/** The container's (or image's) view: every visible name, and every hidden one with the reason. */
export function mergedView(stack: Stack): { visible: MergedRow[]; hidden: HiddenRow[] } {
  const paths = new Set<string>();
  for (const layer of stack) for (const p of Object.keys(layer.entries)) paths.add(p);
  const visible: MergedRow[] = [];
  const hidden: HiddenRow[] = [];
  for (const path of [...paths].sort()) {
    const found = lookup(stack, path);
    const mergedFrom: number[] = [];
    stack.forEach((layer, j) => {
      const e = layer.entries[path];
      if (!e || e.kind === 'whiteout') return;
      const h = hiddenBy(stack, path, j);
      if (h) hidden.push({ path, layer: j, ...h });
      else if (e.kind === 'dir') mergedFrom.push(j);
    });
    if (found) visible.push({ path, entry: found.entry, layer: found.layer, mergedFrom });
  }
  return { visible, hidden };
}
