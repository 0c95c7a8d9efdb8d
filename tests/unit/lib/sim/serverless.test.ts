import { describe, expect, it } from 'vitest';
import {
  applyBounds, billedDuration, DEFAULTS, functionCost, gbSeconds, init, kpaScale, makeArrivals,
  MONTH_SECONDS, panicWindow, parse, percentile, run, serialize, serverCost, step, summarize,
  targetPerPod, type SimState,
} from '../../../../src/lib/sim/serverless';

/** Times at which the autoscaler counted zero instances. */
const zeroTimes = (s: SimState) => s.history.filter((h) => h.instances === 0).map((h) => h.t);
const base = { mode: 'knative' as const, cc: 10, util: 70, cold: 3, service: 0.5, minScale: 0, maxScale: 50 };

describe('Knative targets and windows', () => {
  it('targets 70% of containerConcurrency: 7 requests per pod for containerConcurrency 10 (rule 5.2)', () => {
    expect(targetPerPod(10, 70)).toBe(7);
  });
  it('uses the default soft target 100 × 70% = 70 when containerConcurrency is 0, i.e. unlimited (rules 5.1, 5.3)', () => {
    expect(targetPerPod(0, 70)).toBe(70);
  });
  it('uses the smaller of the soft target and the hard limit (rule 5.3)', () => {
    expect(targetPerPod(50, 100)).toBe(50);
    expect(targetPerPod(250, 100)).toBe(100);
  });
  it('derives a 6 s panic window from the 60 s stable window and 10%, never below 1 s (rule 5.4)', () => {
    expect(panicWindow(60, 10)).toBe(6);
    expect(panicWindow(6, 1)).toBe(1);
  });
});

describe('KPA decision (rule 5.5)', () => {
  const calm = { panicTime: null, maxPanicPods: 0, targetPerPod: 7 };
  it('wants ceil(observed concurrency / target per pod) pods', () => {
    expect(kpaScale({ ...calm, now: 10, readyPods: 3, stableConcurrency: 15, panicConcurrency: 15 }).desired).toBe(3);
    expect(kpaScale({ ...calm, now: 10, readyPods: 3, stableConcurrency: 21.5, panicConcurrency: 21.5 }).desired).toBe(4);
  });
  it('scales down by at most half of the ready pods per decision (max-scale-down-rate 2)', () => {
    expect(kpaScale({ ...calm, now: 10, readyPods: 10, stableConcurrency: 0, panicConcurrency: 0 }).desired).toBe(5);
  });
  it('allows going from one pod to zero when there is no demand', () => {
    expect(kpaScale({ ...calm, now: 10, readyPods: 1, stableConcurrency: 0, panicConcurrency: 0 }).desired).toBe(0);
  });
  it('enters panic exactly when panic-window demand reaches 2× the ready pods (threshold 200%)', () => {
    // 2 ready pods: ceil(28 / 7) = 4 pods is 2.0× → panic; ceil(21 / 7) = 3 is 1.5× → no panic.
    const at2x = kpaScale({ ...calm, now: 10, readyPods: 2, stableConcurrency: 7, panicConcurrency: 28 });
    expect(at2x.panicking).toBe(true);
    expect(at2x.desired).toBe(4);
    expect(kpaScale({ ...calm, now: 10, readyPods: 2, stableConcurrency: 7, panicConcurrency: 21 }).panicking).toBe(false);
  });
  it('does not scale down while panicking and leaves panic only a full stable window after the last crossing', () => {
    const first = kpaScale({ ...calm, now: 100, readyPods: 1, stableConcurrency: 2, panicConcurrency: 28 });
    expect(first.desired).toBe(4);
    const calmer = { readyPods: 4, stableConcurrency: 7, panicConcurrency: 7, targetPerPod: 7 };
    const later = kpaScale({ ...calmer, now: 130, panicTime: first.panicTime, maxPanicPods: first.maxPanicPods });
    expect(later.panicking).toBe(true);
    expect(later.desired).toBe(4); // demand says 1, but panic never decreases
    const edge = kpaScale({ ...calmer, now: 160, panicTime: later.panicTime, maxPanicPods: later.maxPanicPods });
    expect(edge.panicking).toBe(true); // 100 + 60 is not before 160
    const after = kpaScale({ ...calmer, now: 162, panicTime: edge.panicTime, maxPanicPods: edge.maxPanicPods });
    expect(after.panicking).toBe(false);
    expect(after.desired).toBe(2); // ceil(7/7) = 1, but at most halving from 4 ready pods
  });
  it('keeps the desired count within min-scale and max-scale, where max 0 means unlimited (rule 5.7)', () => {
    expect(applyBounds(1, 0, 0)).toBe(1);
    expect(applyBounds(0, 5, 9)).toBe(5);
    expect(applyBounds(0, 0, 9)).toBe(9);
  });
});

describe('Knative scale to zero and cold starts', () => {
  // One request per second for 10 s: the last concurrency is in the second [9, 10).
  const tenSeconds = Array.from({ length: 10 }, (_, i) => i + 0.5);

  it('keeps the last pod for a stable window (60 s) plus the grace period (30 s) after traffic stops (rules 5.5, 5.6)', () => {
    const s = run(base, tenSeconds, 140);
    const zeros = zeroTimes(s);
    expect(zeros.length).toBeGreaterThan(0);
    const first = zeros[0] ?? -1;
    expect(first).toBeGreaterThanOrEqual(10 + 60 + 30);
    expect(first).toBeLessThanOrEqual(10 + 60 + 30 + 2); // within one 2 s tick-interval
    const activator = s.events.find((e) => e.kind === 'activator');
    const zero = s.events.find((e) => e.kind === 'zero');
    expect(activator && zero && zero.t - activator.t).toBeGreaterThanOrEqual(30);
  });
  it('serves a request that arrives during the grace period from the kept pod, without a cold start (rule 5.6)', () => {
    const s = run(base, [0.5, 80.5], 140);
    expect(s.coldStarts).toBe(0);
    expect(s.latencies).toEqual([0.5, 0.5]);
  });
  it('buffers a request at zero in the activator and serves it once a new pod is ready (rule 5.9)', () => {
    const s = run(base, [0.5, 200.2], 260);
    expect(zeroTimes(s).some((t) => t < 200)).toBe(true);
    expect(s.coldStarts).toBe(1);
    expect(s.coldRequests).toBe(1);
    const latency = s.latencies[1] ?? 0;
    // The pod is created within the second of the arrival: cold start + service, minus at most 1 s.
    expect(latency).toBeGreaterThan(3 + 0.5 - 1);
    expect(latency).toBeLessThanOrEqual(3 + 0.5);
  });
  it('keeps min-scale pods warm, so a request after a long idle gap has no cold start (rule 5.7)', () => {
    const warm = run({ ...base, minScale: 1 }, [0.5, 300.5], 320);
    expect(warm.coldStarts).toBe(0);
    expect(zeroTimes(warm)).toEqual([]);
    expect(warm.latencies).toEqual([0.5, 0.5]);
    expect(run(base, [0.5, 300.5], 320).coldStarts).toBe(1);
  });
  it('queues requests above containerConcurrency at max-scale instead of dropping them (rule 5.3)', () => {
    const s = run({ ...base, cc: 1, minScale: 1, maxScale: 1 }, [1.1, 1.1], 5);
    expect(s.served).toBe(2);
    expect(s.latencies).toEqual([0.5, 1]);
  });
});

describe('Lambda-style environments', () => {
  const lambda = { mode: 'lambda' as const, cold: 1, service: 1, minScale: 0, maxScale: 10, idle: 300 };
  it('gives each concurrent request its own environment, each with a cold start (rule 5.10)', () => {
    const s = run(lambda, [1.0, 1.1, 1.2], 5);
    expect(s.coldStarts).toBe(3);
    expect(Math.max(...s.history.map((h) => h.instances))).toBe(3);
  });
  it('reuses an idle environment for a later request: a warm start (rule 5.10)', () => {
    const s = run(lambda, [1.0, 5.0, 9.0], 12);
    expect(s.coldStarts).toBe(1);
    expect(s.latencies).toEqual([2, 1, 1]);
  });
  it('throttles requests above the reserved concurrency (max) instead of queueing them', () => {
    const s = run({ ...lambda, maxScale: 2 }, [1.0, 1.1, 1.2], 5);
    expect(s.served).toBe(2);
    expect(s.throttled).toBe(1);
  });
  it('has no cold start while provisioned environments (min) are free (rule 5.13)', () => {
    expect(run({ ...lambda, minScale: 2 }, [1.0, 1.1], 5).coldStarts).toBe(0);
  });
});

describe('the bill', () => {
  const prices = { pricePerGbS: 0.0000166667, pricePerMillion: 0.2, serverPerHour: 0.1 };
  it('charges requests per million plus GB-seconds (rule 5.14)', () => {
    expect(functionCost(1_000_000, 400_000, prices)).toBeCloseTo(0.2 + 400_000 * 0.0000166667, 10);
    expect(functionCost(0, 0, prices)).toBe(0);
  });
  it('rounds each request duration up to the next millisecond (rule 5.14)', () => {
    expect(billedDuration(0.1234)).toBe(0.124);
    expect(billedDuration(0.5)).toBe(0.5);
    expect(billedDuration(0.0001)).toBe(0.001);
  });
  it('bills the INIT time of a cold start as well as the request (rule 5.15)', () => {
    // 1 GB × (2 s INIT + 0.3 s duration).
    const s = run({ mode: 'lambda', memMb: 1024, cold: 2, service: 0.3 }, [0.5], 3);
    expect(gbSeconds(s)).toBeCloseTo(2 + 0.3, 10);
  });
  it('bills Knative by instance time: memory in GB × seconds each instance exists', () => {
    const s = run({ mode: 'knative', memMb: 2048, minScale: 1 }, [], 10);
    expect(gbSeconds(s)).toBe(2 * 10);
  });
  it('prices the always-on server by the hour and scales both bills to a 30-day month', () => {
    expect(serverCost(3600, prices)).toBeCloseTo(0.1, 12);
    const sum = summarize(run({ mode: 'knative', minScale: 1, serverPerHour: 0.1 }, [], 360));
    expect(sum.serverMonth).toBeCloseTo(0.1 * 24 * 30, 8);
    expect(sum.functionMonth).toBeCloseTo(sum.functionRun * (MONTH_SECONDS / 360), 8);
  });
});

describe('statistics, determinism and URL state', () => {
  it('uses nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile([4, 1, 3, 2], 50)).toBe(2);
    expect(percentile([], 95)).toBe(0);
  });
  it('replays the same arrivals for the same seed and different ones for another', () => {
    expect(makeArrivals('spike', 20, 7)).toEqual(makeArrivals('spike', 20, 7));
    expect(makeArrivals('spike', 20, 7)).not.toEqual(makeArrivals('spike', 20, 8));
  });
  it('gives the same result stepping second by second as running at once, without changing its input', () => {
    let s = init({ pattern: 'idle-burst', rate: 10 });
    const before = JSON.stringify(s);
    const next = step(s);
    expect(JSON.stringify(s)).toBe(before);
    s = next;
    for (let i = 1; i < 250; i++) s = step(s);
    expect(summarize(s)).toEqual(summarize(run({ pattern: 'idle-burst', rate: 10 }, undefined, 250)));
  });
  it('round-trips settings through the URL and writes nothing for the defaults', () => {
    expect(serialize(DEFAULTS)).toBe('');
    const custom = { ...DEFAULTS, mode: 'lambda' as const, rate: 40, cold: 1.5, pricePerGbS: 0.00002 };
    expect(parse(serialize(custom))).toEqual(custom);
  });
  it('clamps or ignores bad URL values without throwing', () => {
    const s = parse('?serverless.mode=vm&serverless.rate=1000&serverless.cold=abc&serverless.min=30&serverless.max=5&other=1');
    expect(s.mode).toBe('knative');
    expect(s.rate).toBe(100);
    expect(s.cold).toBe(DEFAULTS.cold);
    expect(s.minScale).toBe(5);
  });
});
