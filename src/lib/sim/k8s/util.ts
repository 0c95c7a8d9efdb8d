/** Seeded draws, names and template hashes shared by the controllers. */
import { createRng, randomInt } from '../random';
import type { K8sState, PodTemplate } from './types';

/** mulberry32 advances its state by this constant, so draw n of a seed is createRng(seed + n·step)(). */
const MULBERRY_STEP = 0x6d2b79f5;

/** The next number of the state's seeded sequence; advances state.draws (call on a draft only). */
export function nextRandom(s: K8sState): number {
  const value = createRng((s.seed + Math.imul(s.draws, MULBERRY_STEP)) >>> 0)();
  s.draws += 1;
  return value;
}

export function nextInt(s: K8sState, min: number, max: number): number {
  return randomInt(() => nextRandom(s), min, max);
}

/** The alphabet Kubernetes uses for generated names (k8s.io/apimachinery/pkg/util/rand). */
const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

/** A 5-character suffix like the one generateName appends to a Pod name. */
export function randomSuffix(s: K8sState): string {
  let out = '';
  for (let i = 0; i < 5; i++) out += ALPHANUMS[nextInt(s, 0, ALPHANUMS.length - 1)];
  return out;
}

/**
 * pod-template-hash: an FNV-1a 32-bit hash of the template, written in decimal and then
 * mapped character by character to the safe alphabet (as rand.SafeEncodeString does).
 */
export function templateHash(t: PodTemplate): string {
  let h = 0x811c9dc5;
  for (const ch of `${t.image}|${t.cpu}|${t.memory}`) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return [...String(h)].map((c) => ALPHANUMS[c.charCodeAt(0) % ALPHANUMS.length]).join('');
}

export function sameTemplate(a: PodTemplate, b: PodTemplate): boolean {
  return a.image === b.image && a.cpu === b.cpu && a.memory === b.memory;
}

/** A deep copy to work on: the transitions mutate the copy and return it. */
export function draft(state: K8sState): K8sState {
  const s = JSON.parse(JSON.stringify(state)) as K8sState;
  s.events = [];
  return s;
}

export function emit(s: K8sState, key: string, values: Record<string, string | number> = {}): void {
  s.events.push({ tick: s.tick, key, values });
}
