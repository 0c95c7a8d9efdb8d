/**
 * Simulation state as plain data, and the steps shared by both modes.
 */
import type { Settings } from './settings';

export interface Instance {
  id: number;
  createdAt: number;
  /** Time the instance can take requests: createdAt + cold start (0 for pre-warmed ones). */
  readyAt: number;
  /** Finish times of the requests holding its slots, ascending. */
  busy: number[];
  /** When its last request finishes. */
  lastBusy: number;
  /** Removed by a scale-down: finishes its requests, takes no new ones. */
  draining: boolean;
  /** Kept by min-scale / provisioned concurrency. */
  provisioned: boolean;
}

export interface TickRecord {
  t: number;
  arrivals: number;
  /** Instances counted by the autoscaler (starting + ready, not draining). */
  instances: number;
  ready: number;
  /** Time-averaged requests in the system during this second (waiting + in service). */
  concurrency: number;
  panic: boolean;
  waiting: number;
}

export type EventKind =
  | 'scale-up' | 'scale-down' | 'panic-start' | 'panic-end' | 'activator' | 'zero' | 'throttle';

export interface SimEvent {
  t: number;
  kind: EventKind;
  from: number;
  to: number;
}

export interface SimState {
  settings: Settings;
  /** Start of the next second to simulate. */
  t: number;
  arrivals: readonly number[];
  /** Index of the first arrival not yet handled. */
  next: number;
  instances: Instance[];
  nextId: number;
  /** Arrival times of requests waiting for a slot (activator / queue-proxy buffer), FIFO. */
  waiting: number[];
  /** Requests being served: arrival and finish, for the concurrency metric. */
  open: { a: number; f: number }[];
  /** Observed concurrency of each finished second. */
  buckets: number[];
  panicTime: number | null;
  maxPanicPods: number;
  /** When the revision last became active (start, or scale-up from zero). */
  activeSince: number;
  /** When the autoscaler first wanted zero (activator put in the path); null otherwise. */
  zeroSince: number | null;
  latencies: number[];
  served: number;
  throttled: number;
  /** Instances created after the start (each one is a cold start). */
  coldStarts: number;
  /** Requests that waited for an instance that was still starting when they arrived. */
  coldRequests: number;
  /** Sum over seconds of the instances that existed (incl. starting and draining). */
  instanceSeconds: number;
  /** Lambda: billed seconds (request durations rounded up to 1 ms, plus INIT). */
  billedSeconds: number;
  /** Lambda: seconds of provisioned environments. */
  provisionedSeconds: number;
  history: TickRecord[];
  events: SimEvent[];
}

export function newInstance(s: SimState, createdAt: number, readyAt: number, provisioned: boolean): Instance {
  const inst: Instance = { id: s.nextId++, createdAt, readyAt, busy: [], lastBusy: createdAt, draining: false, provisioned };
  s.instances.push(inst);
  return inst;
}

export function cloneState(s: SimState): SimState {
  return {
    ...s,
    instances: s.instances.map((i) => ({ ...i, busy: i.busy.slice() })),
    waiting: s.waiting.slice(),
    open: s.open.slice(),
    buckets: s.buckets.slice(),
    latencies: s.latencies.slice(),
    history: s.history.slice(),
    events: s.events.slice(),
  };
}

/** Drop finished requests from the slots; remove drained instances. */
export function pruneInstances(s: SimState): void {
  for (const inst of s.instances) {
    while (inst.busy.length > 0 && (inst.busy[0] ?? Infinity) <= s.t) inst.busy.shift();
  }
  s.instances = s.instances.filter((i) => !(i.draining && i.busy.length === 0));
}

/** Record the second [t, t+1): concurrency, history, instance time; then advance t. */
export function closeSecond(s: SimState, arrivals: number, panic: boolean): void {
  const t0 = s.t;
  const t1 = t0 + 1;
  let c = 0;
  for (const o of s.open) c += Math.max(0, Math.min(o.f, t1) - Math.max(o.a, t0));
  for (const a of s.waiting) c += t1 - Math.max(a, t0);
  s.buckets.push(c);
  s.open = s.open.filter((o) => o.f > t1);
  const live = s.instances.filter((i) => !i.draining);
  s.history.push({
    t: t0,
    arrivals,
    instances: live.length,
    ready: live.filter((i) => i.readyAt <= t0).length,
    concurrency: c,
    panic,
    waiting: s.waiting.length,
  });
  s.instanceSeconds += s.instances.length;
  s.t = t1;
}

/** Take the arrivals of [t, t+1) off the list. */
export function takeArrivals(s: SimState): number[] {
  const out: number[] = [];
  while (s.next < s.arrivals.length && (s.arrivals[s.next] ?? Infinity) < s.t + 1) {
    out.push(s.arrivals[s.next] ?? 0);
    s.next++;
  }
  return out;
}

/** Put a finish time into an instance's slot list: reuse the earliest slot when full. */
export function occupy(inst: Instance, finish: number, capacity: number): void {
  if (inst.busy.length >= capacity) inst.busy.shift();
  let i = inst.busy.length;
  while (i > 0 && (inst.busy[i - 1] ?? 0) > finish) i--;
  inst.busy.splice(i, 0, finish);
  inst.lastBusy = Math.max(inst.lastBusy, finish);
}
