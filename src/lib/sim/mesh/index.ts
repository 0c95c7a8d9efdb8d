/**
 * Service-mesh traffic lab core: public API. State is plain data; every action returns a new state.
 * Changing settings starts a new run (createState), so a URL of settings + actions replays exactly.
 */
import { createHosts } from './outlier';
import { runBatch, runTicks } from './traffic';
import type { BatchResult, MeshEvent, MeshSettings, MeshState, Version } from './types';

export * from './types';
export { defaultSettings, normalise, parse, parseActions, serialize } from './settings';
export { mtlsDecision, effectiveMode } from './mtls';
export { isRetryable, backoff, backoffCeiling, routeShare } from './retry';
export { ejectionDuration, maxEjectionMs } from './outlier';

export function createState(settings: MeshSettings): MeshState {
  return {
    settings,
    clock: 0,
    hosts: createHosts(settings.pods),
    nextTick: settings.intervalMs,
    batches: 0,
    actions: [],
    events: [],
    last: null,
  };
}

export function sendBatch(state: MeshState): MeshState {
  const out = runBatch({
    settings: state.settings,
    hosts: state.hosts,
    nextTick: state.nextTick,
    startAt: state.clock,
    index: state.batches,
  });
  return {
    ...state,
    clock: out.clock,
    hosts: out.hosts,
    nextTick: out.nextTick,
    batches: state.batches + 1,
    actions: [...state.actions, 'b'],
    events: [...state.events, ...out.result.events],
    last: out.result,
  };
}

/** Let time pass with no traffic; ejected hosts may return on the interval ticks. */
export function wait(state: MeshState, seconds: number): MeshState {
  const secs = Math.min(999, Math.max(1, Math.round(seconds)));
  const hosts = state.hosts.map((h) => ({ ...h }));
  const events: MeshEvent[] = [];
  const clock = state.clock + secs * 1000;
  const nextTick = runTicks(state.settings, hosts, state.nextTick, clock, events);
  return { ...state, clock, hosts, nextTick, actions: [...state.actions, `w${secs}`], events: [...state.events, ...events] };
}

/** Rebuild a state from settings and an action list ("b", "w10", …). */
export function replay(settings: MeshSettings, actions: readonly string[]): MeshState {
  let state = createState(settings);
  for (const a of actions) state = a === 'b' ? sendBatch(state) : wait(state, Number(a.slice(1)));
  return state;
}

export interface BatchSummary {
  perVersion: Record<Version, number>;
  ok: number;
  failed: number;
  retried: number;
  timedOut: number;
  faultAborted: number;
  faultDelayed: number;
  noHealthy: number;
  rejected: number;
}

export function summarize(batch: BatchResult): BatchSummary {
  const s: BatchSummary = { perVersion: { v1: 0, v2: 0 }, ok: 0, failed: 0, retried: 0, timedOut: 0, faultAborted: 0, faultDelayed: 0, noHealthy: 0, rejected: 0 };
  for (const r of batch.requests) {
    if (r.version) s.perVersion[r.version] += 1;
    if (r.outcome === 'ok') s.ok += 1;
    else s.failed += 1;
    if (r.tries.length > 1) s.retried += 1;
    if (r.outcome === 'timeout') s.timedOut += 1;
    if (r.outcome === 'fault-abort') s.faultAborted += 1;
    if (r.faultDelayMs > 0) s.faultDelayed += 1;
    if (r.outcome === 'no-healthy') s.noHealthy += 1;
    if (r.outcome === 'mtls-reset') s.rejected += 1;
  }
  return s;
}
