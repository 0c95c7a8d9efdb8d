/**
 * One second of Knative Serving: the KPA decides every tick-interval (2 s) or at once
 * when a request reaches a revision at zero (the activator pokes the autoscaler,
 * rule 5.9); requests wait in the activator / queue-proxy buffer (rule 5.3) until a
 * slot on a ready pod is free; scale to zero follows rule 5.6.
 */
import { applyBounds, KPA, kpaScale, panicWindow, targetPerPod, windowAverage } from './kpa';
import { closeSecond, newInstance, occupy, pruneInstances, takeArrivals, type Instance, type SimState } from './state';

function scaleTo(s: SimState, desired: number): void {
  const live = s.instances.filter((i) => !i.draining);
  const t = s.t;
  if (desired > live.length) {
    if (live.length === 0) s.activeSince = t;
    const n = desired - live.length;
    for (let k = 0; k < n; k++) newInstance(s, t, t + s.settings.cold, false);
    s.coldStarts += n;
    s.events.push({ t, kind: 'scale-up', from: live.length, to: desired });
  } else if (desired < live.length) {
    // Not-ready pods go first, then the newest (ReplicaSet deletion order, rule 2.2).
    const order = live.slice().sort((a, b) => Number(a.readyAt <= t) - Number(b.readyAt <= t) || b.createdAt - a.createdAt || b.id - a.id);
    for (const inst of order.slice(0, live.length - desired)) inst.draining = true;
    s.events.push({ t, kind: desired === 0 ? 'zero' : 'scale-down', from: live.length, to: desired });
  }
}

function decide(s: SimState, poke: boolean): void {
  const { settings } = s;
  const t = s.t;
  const live = s.instances.filter((i) => !i.draining);
  const ready = live.filter((i) => i.readyAt <= t).length;
  const wasPanicking = s.panicTime !== null;
  const r = kpaScale({
    now: t,
    readyPods: ready,
    stableConcurrency: windowAverage(s.buckets, t, KPA.stableWindow),
    panicConcurrency: windowAverage(s.buckets, t, panicWindow(KPA.stableWindow, KPA.panicWindowPercentage)),
    targetPerPod: targetPerPod(settings.cc, settings.util),
    panicTime: s.panicTime,
    maxPanicPods: s.maxPanicPods,
  });
  s.panicTime = r.panicTime;
  s.maxPanicPods = r.maxPanicPods;
  if (!wasPanicking && r.panicking) s.events.push({ t, kind: 'panic-start', from: ready, to: r.desired });
  if (wasPanicking && !r.panicking) s.events.push({ t, kind: 'panic-end', from: live.length, to: r.desired });

  // A request buffered by the activator at zero scale counts at once (rule 5.9).
  const wanted = poke ? Math.max(1, r.desired) : r.desired;
  let desired = applyBounds(settings.minScale, settings.maxScale, wanted);
  if (desired === 0 && live.length > 0) {
    // Rule 5.6: only after the revision was active for a stable window does the
    // autoscaler put the activator in the path; it keeps the last pod for the grace
    // period (and at least the retention period), then removes it.
    if (t - s.activeSince < KPA.stableWindow) desired = live.length;
    else if (s.zeroSince === null) {
      s.zeroSince = t;
      s.events.push({ t, kind: 'activator', from: live.length, to: live.length });
    }
    const wait = Math.max(KPA.scaleToZeroGracePeriod, KPA.podRetentionPeriod);
    if (s.zeroSince === null || t - s.zeroSince < wait) desired = live.length;
  } else if (desired > 0) {
    s.zeroSince = null;
  }
  scaleTo(s, desired);
}

/** Earliest start of a request arriving at `a` on this instance. */
function startOn(inst: Instance, a: number, capacity: number): number {
  const slotFree = inst.busy.length < capacity ? -Infinity : (inst.busy[0] ?? -Infinity);
  return Math.max(a, inst.readyAt, slotFree);
}

function dispatch(s: SimState, arrivals: number[]): void {
  const capacity = s.settings.cc > 0 ? s.settings.cc : Infinity;
  const queue = s.waiting.concat(arrivals);
  const end = s.t + 1;
  let i = 0;
  for (; i < queue.length; i++) {
    const a = queue[i] ?? 0;
    let best: Instance | null = null;
    let bestStart = Infinity;
    for (const inst of s.instances) {
      if (inst.draining) continue;
      const start = startOn(inst, a, capacity);
      if (start < bestStart) {
        best = inst;
        bestStart = start;
      }
    }
    // FIFO: if the head cannot start within this second, nobody behind it can.
    if (best === null || bestStart >= end) break;
    const finish = bestStart + s.settings.service;
    occupy(best, finish, capacity);
    s.latencies.push(finish - a);
    s.served++;
    if (best.readyAt > a) s.coldRequests++;
    s.open.push({ a, f: finish });
  }
  s.waiting = queue.slice(i);
}

/** Advance the state by one second (mutates s; callers pass a copy). */
export function knativeSecond(s: SimState): void {
  pruneInstances(s);
  const arrivals = takeArrivals(s);
  const live = s.instances.filter((i) => !i.draining).length;
  const poke = live === 0 && (s.waiting.length > 0 || arrivals.length > 0);
  // No decision before the first second of metrics ("no data to scale on yet").
  if ((s.t % KPA.tickInterval === 0 && s.buckets.length > 0) || poke) decide(s, poke);
  dispatch(s, arrivals);
  closeSecond(s, arrivals.length, s.panicTime !== null);
}
