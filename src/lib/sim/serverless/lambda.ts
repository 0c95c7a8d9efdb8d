/**
 * One second of the Lambda-style model (lab-rules 5.10-5.15): each execution
 * environment serves one request at a time; a request that finds no idle environment
 * gets a new one and waits for its INIT (the cold start); above the reserved
 * concurrency (max) requests are throttled (HTTP 429, TooManyRequestsException).
 * Provisioned concurrency (min) keeps pre-initialised environments. How long an idle
 * environment is kept is not published by AWS; the lab uses the `idle` setting.
 */
import { closeSecond, newInstance, occupy, pruneInstances, takeArrivals, type Instance, type SimState } from './state';

/** Billed duration of one request: rounded up to the next millisecond (rule 5.14). */
export function billedDuration(seconds: number): number {
  return Math.ceil(Math.round(seconds * 1e6) / 1000) / 1000;
}

function reclaimIdle(s: SimState): void {
  const before = s.instances.length;
  s.instances = s.instances.filter(
    (i) => i.provisioned || i.busy.length > 0 || s.t - i.lastBusy < s.settings.idle,
  );
  if (s.instances.length < before) {
    s.events.push({ t: s.t, kind: 'scale-down', from: before, to: s.instances.length });
  }
}

function idleEnvironment(s: SimState, a: number): Instance | null {
  for (const inst of s.instances) {
    if (inst.readyAt <= a && (inst.busy[0] ?? -Infinity) <= a) return inst;
  }
  return null;
}

/** Advance the state by one second (mutates s; callers pass a copy). */
export function lambdaSecond(s: SimState): void {
  const { settings } = s;
  pruneInstances(s);
  reclaimIdle(s);
  const arrivals = takeArrivals(s);
  const before = s.instances.length;
  let throttled = 0;
  for (const a of arrivals) {
    let env = idleEnvironment(s, a);
    let start = a;
    if (env === null) {
      if (s.instances.length >= settings.maxScale) {
        throttled++;
        continue;
      }
      env = newInstance(s, a, a + settings.cold, false);
      start = env.readyAt;
      s.coldStarts++;
      s.coldRequests++;
      // INIT is billed (rule 5.15).
      s.billedSeconds += settings.cold;
    }
    const finish = start + settings.service;
    occupy(env, finish, 1);
    s.latencies.push(finish - a);
    s.served++;
    s.billedSeconds += billedDuration(settings.service);
    s.open.push({ a, f: finish });
  }
  if (s.instances.length > before) s.events.push({ t: s.t, kind: 'scale-up', from: before, to: s.instances.length });
  if (throttled > 0) s.events.push({ t: s.t, kind: 'throttle', from: throttled, to: throttled });
  s.throttled += throttled;
  s.provisionedSeconds += settings.minScale;
  closeSecond(s, arrivals.length, false);
}
