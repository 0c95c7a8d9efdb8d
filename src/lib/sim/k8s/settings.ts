/**
 * Lab settings and their URL form (query parameters prefixed "k8s-"). parse() never throws:
 * a missing or malformed value falls back to the default, a number out of range is clamped.
 */
import type { IntOrPercent, K8sSettings } from './types';

export const PARAM_PREFIX = 'k8s-';

export const LIMITS = {
  replicas: { min: 0, max: 20 },
  cpu: { min: 0, max: 8000 },
  memory: { min: 0, max: 16384 },
  nodes: { min: 1, max: 6 },
  /** Lab limit for maxSurge/maxUnavailable: an integer up to 20 or a percentage up to 100%. */
  intOrPercent: { maxInt: 20, maxPercent: 100 },
  seed: { min: 0, max: 2147483647 },
} as const;

/** apps/v1 defaults: maxSurge 25%, maxUnavailable 25% (lab-rules 1.2). */
export const DEFAULT_SETTINGS: K8sSettings = {
  replicas: 4,
  cpu: 500,
  memory: 512,
  nodes: 3,
  maxSurge: { value: 25, percent: true },
  maxUnavailable: { value: 25, percent: true },
  seed: 1,
};

export function formatIntOrPercent(v: IntOrPercent): string {
  return v.percent ? `${v.value}%` : String(v.value);
}

/** "3" or "25%" within the lab's limits; null for anything else. */
export function parseIntOrPercent(text: string | null | undefined): IntOrPercent | null {
  const m = /^\s*(\d{1,4})\s*(%?)\s*$/.exec(text ?? '');
  if (!m) return null;
  const value = Number(m[1]);
  const percent = m[2] === '%';
  const max = percent ? LIMITS.intOrPercent.maxPercent : LIMITS.intOrPercent.maxInt;
  return value <= max ? { value, percent } : null;
}

function clampInt(text: string | null, min: number, max: number, fallback: number): number {
  if (text === null || !/^\s*-?\d+\s*$/.test(text)) return fallback;
  const n = Number(text);
  if (!Number.isSafeInteger(n)) return n > 0 ? max : min;
  return Math.min(max, Math.max(min, n));
}

/**
 * The API's validation message when both fields are 0 (lab-rules 1.5), or null when the
 * pair is valid. Validation looks at the values as written, before any rounding.
 */
export function validateStrategy(maxSurge: IntOrPercent, maxUnavailable: IntOrPercent): string | null {
  if (maxSurge.value === 0 && maxUnavailable.value === 0) {
    const shown = maxUnavailable.percent ? `"${formatIntOrPercent(maxUnavailable)}"` : '0';
    return `spec.strategy.rollingUpdate.maxUnavailable: Invalid value: ${shown}: may not be 0 when \`maxSurge\` is 0`;
  }
  return null;
}

export function parse(query: string): K8sSettings {
  const params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  const get = (name: string): string | null => params.get(PARAM_PREFIX + name);
  const d = DEFAULT_SETTINGS;
  let maxSurge = parseIntOrPercent(get('surge')) ?? d.maxSurge;
  let maxUnavailable = parseIntOrPercent(get('unavailable')) ?? d.maxUnavailable;
  if (validateStrategy(maxSurge, maxUnavailable) !== null) {
    maxSurge = d.maxSurge;
    maxUnavailable = d.maxUnavailable;
  }
  return {
    replicas: clampInt(get('replicas'), LIMITS.replicas.min, LIMITS.replicas.max, d.replicas),
    cpu: clampInt(get('cpu'), LIMITS.cpu.min, LIMITS.cpu.max, d.cpu),
    memory: clampInt(get('memory'), LIMITS.memory.min, LIMITS.memory.max, d.memory),
    nodes: clampInt(get('nodes'), LIMITS.nodes.min, LIMITS.nodes.max, d.nodes),
    maxSurge,
    maxUnavailable,
    seed: clampInt(get('seed'), LIMITS.seed.min, LIMITS.seed.max, d.seed),
  };
}

export function serialize(settings: K8sSettings): string {
  const params = new URLSearchParams();
  params.set(`${PARAM_PREFIX}replicas`, String(settings.replicas));
  params.set(`${PARAM_PREFIX}cpu`, String(settings.cpu));
  params.set(`${PARAM_PREFIX}memory`, String(settings.memory));
  params.set(`${PARAM_PREFIX}nodes`, String(settings.nodes));
  params.set(`${PARAM_PREFIX}surge`, formatIntOrPercent(settings.maxSurge));
  params.set(`${PARAM_PREFIX}unavailable`, formatIntOrPercent(settings.maxUnavailable));
  params.set(`${PARAM_PREFIX}seed`, String(settings.seed));
  return params.toString();
}
