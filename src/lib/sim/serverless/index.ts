/**
 * Serverless autoscaling lab core: a deterministic 1-second model of Knative Serving's
 * KPA (or of Lambda-style per-request environments), with latency percentiles, cold
 * starts and a bill. Pure: no DOM, seeded randomness only.
 */
import { KPA } from './kpa';
import { knativeSecond } from './knative';
import { lambdaSecond } from './lambda';
import { normalize, type Settings } from './settings';
import { cloneState, newInstance, type SimState } from './state';
import { DURATION, makeArrivals } from './traffic';

export * from './settings';
export type { Instance, SimEvent, SimState, TickRecord, EventKind } from './state';
export { DURATION, SPIKE, IDLE_BURST, rateAt, makeArrivals } from './traffic';
export { KPA, kpaScale, targetPerPod, panicWindow, windowAverage, applyBounds } from './kpa';
export { billedDuration } from './lambda';

/**
 * The state at t = 0. Knative starts with max(initial-scale, min-scale) ready pods
 * (rule 5.7); Lambda with the provisioned environments only. `arrivals` replaces the
 * generated pattern (used by tests).
 */
export function init(input: Partial<Settings>, arrivals?: readonly number[]): SimState {
  const settings = normalize(input);
  const s: SimState = {
    settings,
    t: 0,
    arrivals: arrivals ?? makeArrivals(settings.pattern, settings.rate, settings.seed),
    next: 0,
    instances: [],
    nextId: 1,
    waiting: [],
    open: [],
    buckets: [],
    panicTime: null,
    maxPanicPods: 0,
    zeroSince: null,
    activeSince: 0,
    latencies: [],
    served: 0,
    throttled: 0,
    coldStarts: 0,
    coldRequests: 0,
    instanceSeconds: 0,
    billedSeconds: 0,
    provisionedSeconds: 0,
    history: [],
    events: [],
  };
  const warm = settings.mode === 'knative'
    ? Math.min(settings.maxScale, Math.max(KPA.initialScale, settings.minScale))
    : settings.minScale;
  for (let i = 0; i < warm; i++) newInstance(s, 0, 0, settings.mode === 'lambda');
  return s;
}

/** One second later. Returns a new state; the argument is not changed. */
export function step(state: SimState): SimState {
  const s = cloneState(state);
  if (s.settings.mode === 'knative') knativeSecond(s);
  else lambdaSecond(s);
  return s;
}

/** Run the whole scenario (DURATION seconds unless told otherwise). */
export function run(input: Partial<Settings>, arrivals?: readonly number[], seconds = DURATION): SimState {
  const s = init(input, arrivals);
  // One private copy is advanced in place: same result as repeated step(), much faster.
  const work = cloneState(s);
  for (let i = 0; i < seconds; i++) {
    if (work.settings.mode === 'knative') knativeSecond(work);
    else lambdaSecond(work);
  }
  return work;
}

/** Nearest-rank percentile of a list (p in 0-100); 0 for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = values.slice().sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? 0;
}

export interface Prices {
  pricePerGbS: number;
  pricePerMillion: number;
  serverPerHour: number;
}

/** Requests at a price per million plus GB-seconds at a price per GB-second (rule 5.14). */
export function functionCost(requests: number, gbSeconds: number, prices: Prices): number {
  return (requests / 1_000_000) * prices.pricePerMillion + gbSeconds * prices.pricePerGbS;
}

/** An always-on server billed by the hour for `seconds`. */
export function serverCost(seconds: number, prices: Prices): number {
  return (prices.serverPerHour * seconds) / 3600;
}

/** Seconds in a 30-day month: the bill is scaled up as if the run repeated all month. */
export const MONTH_SECONDS = 30 * 24 * 3600;

/**
 * GB-seconds of a run. Knative: memory × the time each instance existed (instance
 * billing). Lambda: memory × (billed request time + INIT + provisioned time).
 */
export function gbSeconds(s: SimState): number {
  const gb = s.settings.memMb / 1024;
  const seconds = s.settings.mode === 'knative' ? s.instanceSeconds : s.billedSeconds + s.provisionedSeconds;
  return seconds * gb;
}

export interface Summary {
  requests: number;
  served: number;
  throttled: number;
  unfinished: number;
  coldStarts: number;
  coldRequests: number;
  p50: number;
  p95: number;
  p99: number;
  peakInstances: number;
  panicSeconds: number;
  gbSeconds: number;
  functionRun: number;
  serverRun: number;
  functionMonth: number;
  serverMonth: number;
}

export function summarize(s: SimState): Summary {
  const seconds = s.history.length;
  const gbs = gbSeconds(s);
  const fn = functionCost(s.served, gbs, s.settings);
  const server = serverCost(seconds, s.settings);
  const scale = seconds > 0 ? MONTH_SECONDS / seconds : 0;
  return {
    requests: s.next,
    served: s.served,
    throttled: s.throttled,
    unfinished: s.waiting.length,
    coldStarts: s.coldStarts,
    coldRequests: s.coldRequests,
    p50: percentile(s.latencies, 50),
    p95: percentile(s.latencies, 95),
    p99: percentile(s.latencies, 99),
    peakInstances: s.history.reduce((m, h) => Math.max(m, h.instances), 0),
    panicSeconds: s.history.filter((h) => h.panic).length,
    gbSeconds: gbs,
    functionRun: fn,
    serverRun: server,
    functionMonth: fn * scale,
    serverMonth: server * scale,
  };
}
