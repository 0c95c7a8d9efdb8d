/**
 * Settings of the serverless scaling lab, with their ranges, and the URL form
 * (query parameters prefixed "serverless."). parse() never throws: unknown or bad
 * values fall back to the default, numbers are clamped to their range.
 */
export type Mode = 'knative' | 'lambda';
export type Pattern = 'steady' | 'spike' | 'idle-burst';

export interface Settings {
  /** knative: Knative Serving KPA; lambda: one request per execution environment. */
  mode: Mode;
  pattern: Pattern;
  /** Peak arrival rate, requests per second. */
  rate: number;
  /** Seed of the arrival sequence. */
  seed: number;
  /** containerConcurrency, the hard per-instance limit; 0 = unlimited (Knative only). */
  cc: number;
  /** Target utilisation percentage (container-concurrency-target-percentage). */
  util: number;
  /** Cold-start time in seconds: from creating an instance to its being ready. */
  cold: number;
  /** Service time of one request, seconds. */
  service: number;
  /** min-scale (Knative) or provisioned concurrency (Lambda). */
  minScale: number;
  /** max-scale (Knative) or reserved concurrency (Lambda). */
  maxScale: number;
  /** Lambda only: seconds an idle environment is kept (an assumption; AWS does not publish it). */
  idle: number;
  /** Memory per instance, MB. */
  memMb: number;
  /** Price per GB-second of the function, USD. */
  pricePerGbS: number;
  /** Price per million requests, USD. */
  pricePerMillion: number;
  /** Price per hour of one always-on server, USD. */
  serverPerHour: number;
}

type NumKey = Exclude<keyof Settings, 'mode' | 'pattern'>;

/** [min, max, step] for each numeric setting; values are clamped and snapped to the step. */
export const RANGES: Record<NumKey, readonly [number, number, number]> = {
  rate: [1, 100, 1],
  seed: [1, 9999, 1],
  cc: [0, 100, 1],
  util: [10, 100, 1],
  cold: [0, 10, 0.5],
  service: [0.1, 5, 0.1],
  minScale: [0, 20, 1],
  maxScale: [1, 100, 1],
  idle: [10, 900, 10],
  memMb: [128, 10240, 128],
  pricePerGbS: [0, 1, 0],
  pricePerMillion: [0, 100, 0],
  serverPerHour: [0, 100, 0],
};

export const DEFAULTS: Settings = {
  mode: 'knative',
  pattern: 'spike',
  rate: 20,
  seed: 1,
  cc: 10,
  util: 70,
  cold: 2,
  service: 0.5,
  minScale: 0,
  maxScale: 50,
  idle: 300,
  memMb: 512,
  pricePerGbS: 0.0000166667,
  pricePerMillion: 0.2,
  serverPerHour: 0.1,
};

/** Short URL names of the settings (after the "serverless." prefix). */
const URL_KEYS: Record<keyof Settings, string> = {
  mode: 'mode', pattern: 'pattern', rate: 'rate', seed: 'seed', cc: 'cc', util: 'util',
  cold: 'cold', service: 'svc', minScale: 'min', maxScale: 'max', idle: 'idle', memMb: 'mem',
  pricePerGbS: 'gbs', pricePerMillion: 'req', serverPerHour: 'srv',
};
export const URL_PREFIX = 'serverless.';
export const MODES: readonly Mode[] = ['knative', 'lambda'];
export const PATTERNS: readonly Pattern[] = ['steady', 'spike', 'idle-burst'];

export function clampSetting(key: NumKey, value: number): number {
  const [min, max, step] = RANGES[key];
  if (!Number.isFinite(value)) return DEFAULTS[key];
  let v = Math.min(max, Math.max(min, value));
  if (step > 0) v = Math.round((v - min) / step) * step + min;
  return Number(v.toFixed(10));
}

/** Make a settings object consistent: clamp every number, and keep min-scale ≤ max-scale. */
export function normalize(input: Partial<Settings>): Settings {
  const s: Settings = { ...DEFAULTS };
  if (input.mode !== undefined && MODES.includes(input.mode)) s.mode = input.mode;
  if (input.pattern !== undefined && PATTERNS.includes(input.pattern)) s.pattern = input.pattern;
  for (const key of Object.keys(RANGES) as NumKey[]) {
    const v = input[key];
    if (typeof v === 'number') s[key] = clampSetting(key, v);
  }
  if (s.minScale > s.maxScale) s.minScale = s.maxScale;
  return s;
}

/** Query string of the settings that differ from the defaults, e.g. "serverless.mode=lambda&serverless.rate=40". */
export function serialize(settings: Settings): string {
  const out = new URLSearchParams();
  for (const key of Object.keys(URL_KEYS) as (keyof Settings)[]) {
    if (settings[key] !== DEFAULTS[key]) out.set(URL_PREFIX + URL_KEYS[key], String(settings[key]));
  }
  return out.toString();
}

/** Read the lab's parameters from a query string; other parameters are ignored. Never throws. */
export function parse(query: string): Settings {
  const params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  const raw: Partial<Record<keyof Settings, unknown>> = {};
  for (const key of Object.keys(URL_KEYS) as (keyof Settings)[]) {
    const value = params.get(URL_PREFIX + URL_KEYS[key]);
    if (value === null) continue;
    if (key === 'mode' || key === 'pattern') raw[key] = value;
    else if (value.trim() !== '') raw[key] = Number(value);
  }
  return normalize(raw as Partial<Settings>);
}
