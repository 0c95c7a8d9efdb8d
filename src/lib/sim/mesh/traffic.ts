/**
 * A batch of requests from the frontend to `reviews`, as a small discrete-event simulation.
 * With a client sidecar: fault injection first (delay, then abort), then the weighted route picks a
 * subset once, tries go to a healthy host (a retry avoids hosts already tried), each try is bounded
 * by perTryTimeout and the route timeout, and outlier detection watches every try.
 * An injected abort is answered by the client sidecar itself: it is never retried and no host sees it;
 * an injected delay happens before routing, so the route timeout does not count it (IST-VS
 * HTTPRoute.fault: "timeouts or retries will not be enabled when faults are enabled on the client side").
 * Without a client sidecar there is no VirtualService or DestinationRule: kube-proxy picks any Pod.
 */
import { createRng, randomInt, type Rng } from '../random';
import { mtlsDecision } from './mtls';
import { healthyHosts, reportStatus, tick } from './outlier';
import { backoff, isRetryable } from './retry';
import {
  ARRIVAL_GAP_MS,
  type BatchResult,
  type HostState,
  type MeshEvent,
  type MeshSettings,
  type RequestRecord,
  type TryResult,
} from './types';

interface Ev {
  t: number;
  seq: number;
  run: () => void;
}

interface World {
  s: MeshSettings;
  hosts: HostState[];
  rng: Rng;
  events: MeshEvent[];
  nextTick: number;
  queue: Ev[];
  seq: number;
}

function schedule(w: World, t: number, run: () => void) {
  w.queue.push({ t, seq: w.seq++, run });
}

function isBad(s: MeshSettings, h: HostState): boolean {
  return h.version === s.badVersion && h.index < s.badCount;
}

/** What one try on host h would do: its status and how long it takes. */
function tryOutcome(w: World, h: HostState): { result: TryResult; status: number; latency: number } {
  const bad = isBad(w.s, h);
  const fails = bad && w.rng() * 100 < w.s.badPercent;
  const latency = randomInt(w.rng, 5, 30) + (bad ? w.s.badDelayMs : 0);
  if (!fails) return { result: 'ok', status: 200, latency };
  if (w.s.badMode === 'connect') return { result: 'connect-failure', status: 503, latency: 1 };
  return { result: 'http-error', status: w.s.badMode === 'http500' ? 500 : 503, latency };
}

/** Run interval ticks due at or before t (only when outlier detection is on). */
export function runTicks(s: MeshSettings, hosts: HostState[], nextTick: number, t: number, events: MeshEvent[]): number {
  if (!s.outlier) return nextTick;
  let next = nextTick;
  while (next <= t) {
    events.push(...tick(s, hosts, next));
    next += s.intervalMs;
  }
  return next;
}

function finish(req: RequestRecord, t: number, status: number, outcome: RequestRecord['outcome']) {
  req.end = t;
  req.status = status;
  req.outcome = outcome;
}

function startTry(w: World, req: RequestRecord, t: number, deadline: number, retriesLeft: number) {
  const version = req.version ?? 'v1';
  const healthy = healthyHosts(w.hosts, version);
  if (healthy.length === 0) return finish(req, t, 503, 'no-healthy');
  const tried = new Set(req.tries.map((x) => x.pod));
  const fresh = healthy.filter((h) => !tried.has(h.id));
  const pool = fresh.length ? fresh : healthy;
  const host = pool[randomInt(w.rng, 0, pool.length - 1)];
  const o = tryOutcome(w, host);
  const perTryEnd = w.s.perTryTimeoutMs > 0 ? t + w.s.perTryTimeoutMs : Infinity;
  let end = t + o.latency;
  let result = o.result;
  let status = o.status;
  if (end > Math.min(perTryEnd, deadline)) {
    end = Math.min(perTryEnd, deadline);
    result = deadline <= perTryEnd ? 'route-timeout' : 'per-try-timeout';
    status = 504;
  }
  const record = { pod: host.id, start: t, end, result, status };
  req.tries.push(record);
  schedule(w, end, () => {
    const ev = reportStatus(w.s, w.hosts, host, status, end);
    if (ev) w.events.push(ev);
    if (result === 'ok') return finish(req, end, 200, 'ok');
    if (result === 'route-timeout') return finish(req, end, 504, 'timeout');
    if (retriesLeft > 0 && isRetryable(result, status, w.s.retryOn)) {
      const wait = backoff(w.rng, w.s.attempts - retriesLeft + 1);
      if (end + wait >= deadline) return finish(req, deadline, 504, 'timeout');
      return schedule(w, end + wait, () => startTry(w, req, end + wait, deadline, retriesLeft - 1));
    }
    finish(req, end, status, result === 'per-try-timeout' ? 'timeout' : 'error');
  });
}

function arrive(w: World, req: RequestRecord, t: number) {
  const s = w.s;
  const m = mtlsDecision(s.mtlsMode, s.clientSidecar);
  req.transport = m.transport;
  if (!m.allowed) return finish(req, t, 0, 'mtls-reset');
  if (!s.clientSidecar) {
    const host = w.hosts[randomInt(w.rng, 0, w.hosts.length - 1)];
    req.version = host.version;
    const o = tryOutcome(w, host);
    req.tries.push({ pod: host.id, start: t, end: t + o.latency, result: o.result, status: o.status });
    if (o.result === 'connect-failure') return finish(req, t + o.latency, 0, 'error');
    return finish(req, t + o.latency, o.status, o.result === 'ok' ? 'ok' : 'error');
  }
  const delayed = w.rng() * 100 < s.delayPercent;
  const aborted = w.rng() * 100 < s.abortPercent;
  req.faultDelayMs = delayed ? s.delayMs : 0;
  const routeAt = t + req.faultDelayMs;
  if (aborted) return finish(req, routeAt, s.abortStatus, 'fault-abort');
  const r = w.rng() * (s.weights[0] + s.weights[1]);
  req.version = r < s.weights[0] ? 'v1' : 'v2';
  const deadline = s.timeoutMs > 0 ? routeAt + s.timeoutMs : Infinity;
  schedule(w, routeAt, () => startTry(w, req, routeAt, deadline, s.attempts));
}

export interface BatchInput {
  settings: MeshSettings;
  hosts: HostState[];
  nextTick: number;
  startAt: number;
  index: number;
}

export interface BatchOutput {
  hosts: HostState[];
  nextTick: number;
  clock: number;
  result: BatchResult;
}

/** Seed for batch number `index`: the same seed and history always replay the same batch. */
export function batchSeed(seed: number, index: number): number {
  return (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
}

export function runBatch(input: BatchInput): BatchOutput {
  const s = input.settings;
  const w: World = {
    s,
    hosts: input.hosts.map((h) => ({ ...h })),
    rng: createRng(batchSeed(s.seed, input.index)),
    events: [],
    nextTick: input.nextTick,
    queue: [],
    seq: 0,
  };
  const requests: RequestRecord[] = [];
  for (let i = 0; i < s.batch; i++) {
    const t = input.startAt + i * ARRIVAL_GAP_MS;
    const req: RequestRecord = { id: i + 1, start: t, end: t, version: null, tries: [], status: 0, outcome: 'ok', faultDelayMs: 0, transport: 'mtls' };
    requests.push(req);
    schedule(w, t, () => arrive(w, req, t));
  }
  let clock = input.startAt + s.batch * ARRIVAL_GAP_MS;
  while (w.queue.length) {
    let best = 0;
    for (let i = 1; i < w.queue.length; i++) {
      const a = w.queue[i];
      const b = w.queue[best];
      if (a.t < b.t || (a.t === b.t && a.seq < b.seq)) best = i;
    }
    const ev = w.queue.splice(best, 1)[0];
    w.nextTick = runTicks(s, w.hosts, w.nextTick, ev.t, w.events);
    ev.run();
    clock = Math.max(clock, ev.t);
  }
  w.nextTick = runTicks(s, w.hosts, w.nextTick, clock, w.events);
  return {
    hosts: w.hosts,
    nextTick: w.nextTick,
    clock,
    result: { index: input.index, startedAt: input.startAt, endedAt: clock, requests, events: w.events },
  };
}
