/**
 * The image-layers lab: build the image step by step, start containers A and B on
 * it, let them write, and run a process under a cgroup v2 memory limit. The whole
 * state is a replay of a list of actions, so it fits in the URL (prefix "layers.").
 */
import { buildLayers, STEPS } from './image';
import { initialMemory, memStep, type MemLimits, type MemOp, type MemOutcome, type MemState } from './memory';
import { appendToFile, checkPath, createFile, recreateDir, remove, type OpResult } from './ops';
import type { Layer, Stack } from './overlay';
import type { WhiteoutStyle } from './oci';

export type ContainerId = 'A' | 'B';
export const CONTAINERS: readonly ContainerId[] = ['A', 'B'];
export type FileOp = 'append' | 'delete' | 'recreate' | 'create';
export type Action = { type: 'build' } | { type: 'start' } | { type: FileOp; container: ContainerId; path: string };

/** Bytes written by "append a line", and the size of a new file. */
export const LINE_BYTES = 32;
export const NEW_FILE_BYTES = 64;

export type ActionResult =
  | OpResult
  | { ok: true; kind: 'built'; layer: number }
  | { ok: true; kind: 'started' }
  | { ok: false; error: 'image-incomplete' | 'already-started' | 'not-started' | 'nothing-to-build' };

export interface LabSettings {
  actions: Action[];
  memOps: MemOp[];
  limits: MemLimits;
  style: WhiteoutStyle;
  selected: ContainerId;
}

export interface LabState {
  built: number;
  started: boolean;
  /** Image layers, layer 1 (base) first. Read-only once built. */
  image: Layer[];
  /** Each container's own upper (writable) layer. */
  uppers: Record<ContainerId, Layer>;
  results: ActionResult[];
  memory: MemState;
  memResults: MemOutcome[];
}

export function containerStack(state: LabState, id: ContainerId): Stack {
  return [state.uppers[id], ...state.image.slice().reverse()];
}

/** Containers using the image layers (they are shared read-only; rule 6.10). */
export function sharedBy(state: LabState): number {
  return state.started ? CONTAINERS.length : 0;
}

export function applyAction(state: LabState, action: Action): LabState {
  const done = (result: ActionResult, patch: Partial<LabState> = {}): LabState => ({ ...state, ...patch, results: [...state.results, result] });
  if (action.type === 'build') {
    if (state.started) return done({ ok: false, error: 'already-started' });
    if (state.built >= STEPS.length) return done({ ok: false, error: 'nothing-to-build' });
    const built = state.built + 1;
    return done({ ok: true, kind: 'built', layer: built }, { built, image: buildLayers(built) });
  }
  if (action.type === 'start') {
    if (state.started) return done({ ok: false, error: 'already-started' });
    if (state.built < STEPS.length) return done({ ok: false, error: 'image-incomplete' });
    return done({ ok: true, kind: 'started' }, { started: true });
  }
  if (!state.started) return done({ ok: false, error: 'not-started' });
  const stack = containerStack(state, action.container);
  const run = { append: () => appendToFile(stack, action.path, LINE_BYTES), delete: () => remove(stack, action.path),
    recreate: () => recreateDir(stack, action.path), create: () => createFile(stack, action.path, NEW_FILE_BYTES) }[action.type];
  const { upper, result } = run();
  return done(result, { uppers: { ...state.uppers, [action.container]: upper } });
}

export function replay(settings: LabSettings): LabState {
  let state: LabState = {
    built: 0, started: false, image: [], uppers: { A: { entries: {} }, B: { entries: {} } }, results: [],
    memory: initialMemory(), memResults: [],
  };
  for (const action of settings.actions) state = applyAction(state, action);
  for (const op of settings.memOps) {
    const r = memStep(state.memory, settings.limits, op);
    state = { ...state, memory: r.state, memResults: [...state.memResults, r.outcome] };
  }
  return state;
}

export const DEFAULT_SETTINGS: LabSettings = { actions: [], memOps: [], limits: { high: 96, max: 128 }, style: 'opaque', selected: 'A' };
export const URL_PREFIX = 'layers.';
export const HIGH_OPTIONS: readonly (number | null)[] = [null, 48, 64, 96, 128, 192];
export const MAX_OPTIONS: readonly (number | null)[] = [null, 64, 96, 128, 192, 256];
export const STEP_OPTIONS: readonly number[] = [8, 16, 32, 64];
const MAX_ACTIONS = 200;
const OP_CODES: Record<FileOp, string> = { append: 'a', delete: 'd', recreate: 'r', create: 'c' };

function encodeAction(a: Action): string {
  if (a.type === 'build') return 'b';
  if (a.type === 'start') return 's';
  return `${OP_CODES[a.type]}${a.container}${a.path}`;
}

function decodeAction(token: string): Action | null {
  if (token === 'b') return { type: 'build' };
  if (token === 's') return { type: 'start' };
  const type = (Object.keys(OP_CODES) as FileOp[]).find((k) => OP_CODES[k] === token[0]);
  const container = token[1];
  const path = token.slice(2);
  if (!type || (container !== 'A' && container !== 'B')) return null;
  if (checkPath(path) === 'bad-path' || path.length === 0) return null;
  return { type, container, path };
}

function encodeMem(op: MemOp): string {
  return op.op === 'alloc' ? `a${op.mib}` : op.op === 'read' ? `c${op.mib}` : op.op === 'free' ? 'f' : 'r';
}

function decodeMem(token: string): MemOp | null {
  if (token === 'f') return { op: 'free' };
  if (token === 'r') return { op: 'restart' };
  const mib = Number(token.slice(1));
  if (!STEP_OPTIONS.includes(mib)) return null;
  if (token[0] === 'a') return { op: 'alloc', mib };
  if (token[0] === 'c') return { op: 'read', mib };
  return null;
}

const limitText = (v: number | null) => (v === null ? 'max' : String(v));
function parseLimit(raw: string | null, options: readonly (number | null)[], fallback: number | null): number | null {
  if (raw === null) return fallback;
  const v = raw === 'max' ? null : Number(raw);
  return options.includes(v) ? v : fallback;
}

export function serialize(s: LabSettings): string {
  const out = new URLSearchParams();
  if (s.actions.length) out.set(`${URL_PREFIX}ops`, s.actions.map(encodeAction).join(','));
  if (s.memOps.length) out.set(`${URL_PREFIX}mem`, s.memOps.map(encodeMem).join(','));
  if (s.limits.high !== DEFAULT_SETTINGS.limits.high) out.set(`${URL_PREFIX}high`, limitText(s.limits.high));
  if (s.limits.max !== DEFAULT_SETTINGS.limits.max) out.set(`${URL_PREFIX}max`, limitText(s.limits.max));
  if (s.style !== DEFAULT_SETTINGS.style) out.set(`${URL_PREFIX}style`, s.style);
  if (s.selected !== DEFAULT_SETTINGS.selected) out.set(`${URL_PREFIX}sel`, s.selected);
  return out.toString();
}

/** Read the lab's parameters from a query string; bad tokens are dropped, never thrown. */
export function parse(query: string): LabSettings {
  const p = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  const list = (key: string) => (p.get(`${URL_PREFIX}${key}`) ?? '').split(',').filter(Boolean).slice(0, MAX_ACTIONS);
  const style = p.get(`${URL_PREFIX}style`);
  const sel = p.get(`${URL_PREFIX}sel`);
  return {
    actions: list('ops').map(decodeAction).filter((a): a is Action => a !== null),
    memOps: list('mem').map(decodeMem).filter((m): m is MemOp => m !== null),
    limits: {
      high: parseLimit(p.get(`${URL_PREFIX}high`), HIGH_OPTIONS, DEFAULT_SETTINGS.limits.high),
      max: parseLimit(p.get(`${URL_PREFIX}max`), MAX_OPTIONS, DEFAULT_SETTINGS.limits.max),
    },
    style: style === 'explicit' ? 'explicit' : 'opaque',
    selected: sel === 'B' ? 'B' : 'A',
  };
}
