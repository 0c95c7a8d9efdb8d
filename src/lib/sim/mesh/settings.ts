/**
 * Defaults, URL serialisation and tolerant parsing of the mesh lab settings.
 * Defaults follow Istio's own (rules 8.2, 8.3, 8.5): no route timeout, attempts 2,
 * retryOn "connect-failure,refused-stream,…,503" (the HTTP-relevant part), outlier detection
 * off until a DestinationRule configures it, then 5 / 10 s / 30 s / 10 %.
 */
import {
  abortStatuses,
  badModes,
  peerAuthModes,
  retryConditions,
  type MeshSettings,
  type RetryCondition,
} from './types';

export const defaultSettings: MeshSettings = {
  weights: [90, 10],
  attempts: 2,
  perTryTimeoutMs: 0,
  retryOn: ['connect-failure', '503'],
  timeoutMs: 0,
  abortPercent: 0,
  abortStatus: 503,
  delayPercent: 0,
  delayMs: 2000,
  outlier: false,
  consecutive5xx: 5,
  intervalMs: 10_000,
  baseEjectionMs: 30_000,
  maxEjectionPercent: 10,
  pods: [2, 2],
  badVersion: 'v2',
  badCount: 0,
  badMode: 'http503',
  badPercent: 100,
  badDelayMs: 0,
  mtlsMode: 'UNSET',
  clientSidecar: true,
  batch: 20,
  seed: 1,
};

/** Numeric fields: URL key, [min, max], and how to read/write them. */
interface NumField {
  key: string;
  min: number;
  max: number;
  get: (s: MeshSettings) => number;
  set: (s: MeshSettings, v: number) => void;
}

const num = (key: string, min: number, max: number, name: keyof MeshSettings): NumField => ({
  key,
  min,
  max,
  get: (s) => s[name] as number,
  set: (s, v) => {
    (s[name] as number) = v;
  },
});

export const numericFields: NumField[] = [
  { key: 'w', min: 0, max: 100, get: (s) => s.weights[1], set: (s, v) => (s.weights = [100 - v, v]) },
  num('a', 0, 5, 'attempts'),
  num('pt', 0, 10_000, 'perTryTimeoutMs'),
  num('t', 0, 30_000, 'timeoutMs'),
  num('fa', 0, 100, 'abortPercent'),
  num('fd', 0, 100, 'delayPercent'),
  num('fdms', 0, 10_000, 'delayMs'),
  num('c5', 0, 50, 'consecutive5xx'),
  num('iv', 1000, 60_000, 'intervalMs'),
  num('be', 1000, 300_000, 'baseEjectionMs'),
  num('mx', 0, 100, 'maxEjectionPercent'),
  { key: 'p1', min: 1, max: 10, get: (s) => s.pods[0], set: (s, v) => (s.pods = [v, s.pods[1]]) },
  { key: 'p2', min: 1, max: 10, get: (s) => s.pods[1], set: (s, v) => (s.pods = [s.pods[0], v]) },
  num('bn', 0, 10, 'badCount'),
  num('br', 0, 100, 'badPercent'),
  num('bd', 0, 10_000, 'badDelayMs'),
  num('n', 1, 500, 'batch'),
  num('seed', 0, 999, 'seed'),
];

const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));

function cloneSettings(s: MeshSettings): MeshSettings {
  return { ...s, weights: [...s.weights], pods: [...s.pods], retryOn: [...s.retryOn] };
}

/** Bring any settings object back into range (used after parsing and after UI edits). */
export function normalise(input: MeshSettings): MeshSettings {
  const s = cloneSettings(input);
  for (const f of numericFields) {
    const v = f.get(s);
    f.set(s, Number.isFinite(v) ? clamp(Math.round(v), f.min, f.max) : f.get(defaultSettings));
  }
  if (!(abortStatuses as readonly number[]).includes(s.abortStatus)) s.abortStatus = defaultSettings.abortStatus;
  s.badCount = Math.min(s.badCount, s.pods[s.badVersion === 'v1' ? 0 : 1]);
  s.retryOn = retryConditions.filter((c) => s.retryOn.includes(c));
  return s;
}

/** Settings from a query string ("?mesh-w=20&…"); unknown or bad values fall back to defaults. */
export function parse(query: string): MeshSettings {
  const p = new URLSearchParams(query);
  const s = cloneSettings(defaultSettings);
  for (const f of numericFields) {
    const raw = p.get(`mesh-${f.key}`);
    if (raw === null || raw.trim() === '') continue;
    const v = Number(raw);
    if (Number.isFinite(v)) f.set(s, v);
  }
  const status = Number(p.get('mesh-fs'));
  if ((abortStatuses as readonly number[]).includes(status)) s.abortStatus = status;
  const ro = p.get('mesh-ro');
  if (ro !== null) s.retryOn = ro.split(',').filter((c): c is RetryCondition => (retryConditions as readonly string[]).includes(c));
  const bool = (key: string, fallback: boolean) => {
    const v = p.get(key);
    return v === '1' ? true : v === '0' ? false : fallback;
  };
  s.outlier = bool('mesh-od', s.outlier);
  s.clientSidecar = bool('mesh-sc', s.clientSidecar);
  const bv = p.get('mesh-bv');
  if (bv === 'v1' || bv === 'v2') s.badVersion = bv;
  const bm = p.get('mesh-bm');
  if (bm && (badModes as readonly string[]).includes(bm)) s.badMode = bm as MeshSettings['badMode'];
  const pa = p.get('mesh-pa');
  if (pa && (peerAuthModes as readonly string[]).includes(pa)) s.mtlsMode = pa as MeshSettings['mtlsMode'];
  return normalise(s);
}

/** Parse the "mesh-run" action list: "b" (send a batch) and "w<seconds>" (wait), at most 100. */
export function parseActions(query: string): string[] {
  const raw = new URLSearchParams(query).get('mesh-run') ?? '';
  return raw
    .split('.')
    .filter((a) => a === 'b' || /^w([1-9]\d{0,2})$/.test(a))
    .slice(0, 100);
}

/** Query string (without "?") holding only the values that differ from the defaults. */
export function serialize(settings: MeshSettings, actions: string[] = []): string {
  const s = normalise(settings);
  const d = defaultSettings;
  const out = new URLSearchParams();
  for (const f of numericFields) if (f.get(s) !== f.get(d)) out.set(`mesh-${f.key}`, String(f.get(s)));
  if (s.abortStatus !== d.abortStatus) out.set('mesh-fs', String(s.abortStatus));
  if (s.retryOn.join(',') !== d.retryOn.join(',')) out.set('mesh-ro', s.retryOn.join(','));
  if (s.outlier !== d.outlier) out.set('mesh-od', s.outlier ? '1' : '0');
  if (s.clientSidecar !== d.clientSidecar) out.set('mesh-sc', s.clientSidecar ? '1' : '0');
  if (s.badVersion !== d.badVersion) out.set('mesh-bv', s.badVersion);
  if (s.badMode !== d.badMode) out.set('mesh-bm', s.badMode);
  if (s.mtlsMode !== d.mtlsMode) out.set('mesh-pa', s.mtlsMode);
  // Longer histories are not replayable from the URL (parseActions keeps 100), so leave them out.
  if (actions.length && actions.length <= 100) out.set('mesh-run', actions.join('.'));
  return out.toString();
}
