import { describe, expect, it } from 'vitest';
import {
  backoffCeiling,
  createState,
  defaultSettings,
  isRetryable,
  mtlsDecision,
  parse,
  parseActions,
  replay,
  routeShare,
  sendBatch,
  serialize,
  summarize,
  wait,
  type MeshSettings,
  type MeshState,
  type RequestRecord,
} from '../../../../src/lib/sim/mesh';
import { backoff } from '../../../../src/lib/sim/mesh/retry';
import { createRng } from '../../../../src/lib/sim/random';

const cfg = (over: Partial<MeshSettings>): MeshSettings => ({ ...defaultSettings, ...over });

function run(settings: MeshSettings, batches = 1): MeshState {
  let s = createState(settings);
  for (let i = 0; i < batches; i++) s = sendBatch(s);
  return s;
}

function allRequests(settings: MeshSettings, seeds: number[]): RequestRecord[] {
  return seeds.flatMap((seed) => run(cfg({ ...settings, seed })).last?.requests ?? []);
}

describe('weighted routing (rule 8.1)', () => {
  it('sends every request to v1 at 100/0 and every request to v2 at 0/100', () => {
    const a = summarize(run(cfg({ weights: [100, 0], batch: 300 })).last!);
    expect(a.perVersion).toEqual({ v1: 300, v2: 0 });
    const b = summarize(run(cfg({ weights: [0, 100], batch: 300 })).last!);
    expect(b.perVersion).toEqual({ v1: 0, v2: 300 });
  });

  it('sends about 10 % to v2 at 90/10 (seeded, within 3 points)', () => {
    const reqs = allRequests(cfg({ weights: [90, 10], batch: 500 }), [1, 2, 3, 4]);
    const v2 = reqs.filter((r) => r.version === 'v2').length / reqs.length;
    expect(v2).toBeGreaterThan(0.07);
    expect(v2).toBeLessThan(0.13);
  });

  it('treats weights as relative proportions, not as percentages that must sum to 100', () => {
    expect(routeShare([1, 3])).toEqual([0.25, 0.75]);
    expect(routeShare([0, 7])).toEqual([0, 1]);
    const reqs = allRequests(cfg({ weights: [1, 3], batch: 500 }), [5, 6]);
    const v2 = reqs.filter((r) => r.version === 'v2').length / reqs.length;
    expect(v2).toBeGreaterThan(0.71);
    expect(v2).toBeLessThan(0.79);
  });
});

// All v2 pods answer 503; all traffic goes to v2.
const failing503 = cfg({ weights: [0, 100], badVersion: 'v2', badCount: 2, badMode: 'http503', badPercent: 100, batch: 30 });

describe('retries (rules 8.3, 8.4)', () => {
  it('makes at most 1 + attempts tries: attempts counts retries, not the first try', () => {
    for (const attempts of [0, 1, 2, 4]) {
      const reqs = run(cfg({ ...failing503, attempts, retryOn: ['503'] })).last!.requests;
      expect(reqs.every((r) => r.tries.length === 1 + attempts)).toBe(true);
      expect(reqs.every((r) => r.status === 503)).toBe(true);
    }
  });

  it('does not retry a 500 with Istio default retryOn (connect-failure, 503) but does with 5xx', () => {
    const s = cfg({ ...failing503, badMode: 'http500', attempts: 2 });
    expect(run(cfg({ ...s, retryOn: ['connect-failure', '503'] })).last!.requests.every((r) => r.tries.length === 1)).toBe(true);
    expect(run(cfg({ ...s, retryOn: ['5xx'] })).last!.requests.every((r) => r.tries.length === 3)).toBe(true);
  });

  it('follows the Envoy retry_on semantics for each failure kind', () => {
    expect(isRetryable('http-error', 503, ['gateway-error'])).toBe(true);
    expect(isRetryable('http-error', 500, ['gateway-error'])).toBe(false);
    expect(isRetryable('http-error', 500, ['reset', 'connect-failure', '503'])).toBe(false);
    expect(isRetryable('connect-failure', 503, ['connect-failure'])).toBe(true);
    expect(isRetryable('per-try-timeout', 504, ['connect-failure', '503'])).toBe(false);
    expect(isRetryable('per-try-timeout', 504, ['reset'])).toBe(true);
    expect(isRetryable('per-try-timeout', 504, ['5xx'])).toBe(true);
    expect(isRetryable('route-timeout', 504, ['5xx', 'gateway-error', 'reset'])).toBe(false);
  });

  it('sends a retry to a different host when one is left (retryIgnorePreviousHosts, rule 8.4)', () => {
    const s = cfg({ ...failing503, badCount: 1, attempts: 2, retryOn: ['503'], batch: 60 });
    const reqs = run(s).last!.requests;
    const retried = reqs.filter((r) => r.tries.length > 1);
    expect(retried.length).toBeGreaterThan(0);
    for (const r of retried) {
      expect(r.tries.map((t) => t.pod)).toEqual(['reviews-v2-0', 'reviews-v2-1']);
      expect(r.status).toBe(200);
    }
  });

  it('waits a jittered back-off in [0, (2^N - 1) x 25 ms) before retry N, capped at 250 ms', () => {
    expect([1, 2, 3, 4].map(backoffCeiling)).toEqual([25, 75, 175, 250]);
    const rng = createRng(3);
    for (let i = 0; i < 200; i++) {
      const n = 1 + (i % 5);
      const b = backoff(rng, n);
      expect(b).toBeGreaterThanOrEqual(0);
      expect(b).toBeLessThan(Math.min((2 ** n - 1) * 25, 250));
    }
  });
});

// Both v2 pods answer after 3 s.
const slow = cfg({ weights: [0, 100], badVersion: 'v2', badCount: 2, badMode: 'http503', badPercent: 0, badDelayMs: 3000, batch: 10 });

describe('timeouts (rules 8.2, 8.4)', () => {
  it('has no route timeout by default: a 3 s answer still succeeds', () => {
    const reqs = run(slow).last!.requests;
    expect(reqs.every((r) => r.status === 200 && r.end - r.start >= 3000)).toBe(true);
  });

  it('ends the whole request at the route timeout with 504, retries included', () => {
    const reqs = run(cfg({ ...slow, timeoutMs: 1000, attempts: 3, retryOn: ['5xx'] })).last!.requests;
    for (const r of reqs) {
      expect(r.status).toBe(504);
      expect(r.outcome).toBe('timeout');
      expect(r.end - r.start).toBe(1000);
      expect(r.tries).toHaveLength(1);
    }
  });

  it('retries after each per-try timeout but stops at the route timeout', () => {
    const reqs = run(cfg({ ...slow, timeoutMs: 1000, perTryTimeoutMs: 400, attempts: 3, retryOn: ['5xx'] })).last!.requests;
    for (const r of reqs) {
      // try 1 ends at 400, try 2 starts before 425 and ends before 825, try 3 starts before 900: cut at 1000.
      expect(r.tries.map((t) => t.result)).toEqual(['per-try-timeout', 'per-try-timeout', 'route-timeout']);
      expect(r.end - r.start).toBe(1000);
      expect(r.status).toBe(504);
    }
  });

  it('with only perTryTimeout, uses every attempt and answers 504', () => {
    const reqs = run(cfg({ ...slow, perTryTimeoutMs: 400, attempts: 2, retryOn: ['reset'] })).last!.requests;
    for (const r of reqs) {
      expect(r.tries).toHaveLength(3);
      expect(r.tries.every((t) => t.end - t.start === 400)).toBe(true);
      expect(r.status).toBe(504);
    }
  });
});

describe('fault injection (IST-VS HTTPRoute.fault)', () => {
  it('answers an injected abort from the client sidecar: no host, no retry', () => {
    const reqs = run(cfg({ abortPercent: 100, abortStatus: 500, attempts: 3, retryOn: ['5xx'] })).last!.requests;
    expect(reqs.every((r) => r.status === 500 && r.outcome === 'fault-abort' && r.tries.length === 0)).toBe(true);
  });

  it('does not count an injected delay against the route timeout', () => {
    const reqs = run(cfg({ delayPercent: 100, delayMs: 2000, timeoutMs: 1000 })).last!.requests;
    expect(reqs.every((r) => r.status === 200 && r.end - r.start >= 2000)).toBe(true);
  });

  it('aborts about the configured share of requests', () => {
    const reqs = allRequests(cfg({ abortPercent: 30, batch: 500 }), [1, 2]);
    const share = reqs.filter((r) => r.outcome === 'fault-abort').length / reqs.length;
    expect(share).toBeGreaterThan(0.26);
    expect(share).toBeLessThan(0.34);
  });
});

// One of two v2 pods always answers 503; no retries so every try is one request.
const od = cfg({
  weights: [0, 100], badVersion: 'v2', badCount: 1, badPercent: 100, attempts: 0, batch: 100,
  outlier: true, consecutive5xx: 5, intervalMs: 10_000, baseEjectionMs: 30_000, maxEjectionPercent: 100,
});

const firstTick = (t: number, interval: number) => Math.ceil(t / interval) * interval;

describe('outlier detection (rules 8.5, 8.6)', () => {
  it('ejects a host on its 5th consecutive 5xx and sends it nothing while it is out', () => {
    const st = run(od);
    const ej = st.events.find((e) => e.kind === 'eject');
    expect(ej).toMatchObject({ pod: 'reviews-v2-0', durationMs: 30_000, multiplier: 1 });
    const reqs = st.last!.requests;
    const failedBefore = reqs.filter((r) => r.status === 503 && r.end <= ej!.at).length;
    expect(failedBefore).toBe(5);
    expect(reqs.filter((r) => r.start > ej!.at && r.tries.some((t) => t.pod === 'reviews-v2-0'))).toHaveLength(0);
  });

  it('returns the host at the first interval tick after baseEjectionTime x 1', () => {
    const st = wait(run(od), 60);
    const ej = st.events.find((e) => e.kind === 'eject')!;
    const back = st.events.find((e) => e.kind === 'return')!;
    expect(back.at).toBe(firstTick(ej.at + 30_000, 10_000));
  });

  it('doubles the ejection time for a second ejection in a row', () => {
    const st = run(od);
    const ej1 = st.events.find((e) => e.kind === 'eject')!;
    const back = firstTick(ej1.at + 30_000, 10_000);
    // wait until just after the return, then send traffic again at once.
    const after = sendBatch(wait(st, Math.ceil((back - st.clock) / 1000)));
    const ejects = after.events.filter((e) => e.kind === 'eject');
    expect(ejects[1]).toMatchObject({ pod: 'reviews-v2-0', durationMs: 60_000, multiplier: 2 });
    const final = wait(after, 120);
    const returns = final.events.filter((e) => e.kind === 'return');
    expect(returns[1].at).toBe(firstTick(ejects[1].at + 60_000, 10_000));
  });

  it('falls back to the base time once the host has stayed healthy for an interval', () => {
    const st = wait(run(od), 70); // returned, then healthy for 2+ intervals
    const after = sendBatch(st);
    const ejects = after.events.filter((e) => e.kind === 'eject');
    expect(ejects[1]).toMatchObject({ durationMs: 30_000, multiplier: 1 });
  });

  it('counts per-try timeouts as 5xx errors (Envoy maps a timeout to 504)', () => {
    const st = run(cfg({ ...od, badPercent: 0, badDelayMs: 3000, perTryTimeoutMs: 200 }));
    expect(st.events.some((e) => e.kind === 'eject' && e.pod === 'reviews-v2-0')).toBe(true);
  });

  it('does nothing without an outlierDetection block or with consecutive5xxErrors 0', () => {
    expect(run(cfg({ ...od, outlier: false })).events).toHaveLength(0);
    expect(run(cfg({ ...od, consecutive5xx: 0 })).events).toHaveLength(0);
  });

  it('answers 503 (no healthy upstream) when every host of the subset is ejected', () => {
    const st = run(cfg({ ...od, pods: [2, 1], batch: 30 }));
    const ej = st.events.find((e) => e.kind === 'eject')!;
    const later = st.last!.requests.filter((r) => r.start > ej.at);
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((r) => r.status === 503 && r.outcome === 'no-healthy')).toBe(true);
  });
});

describe('max ejection percent (rule 8.6)', () => {
  const allBad = cfg({ ...od, pods: [2, 10], badCount: 10, batch: 300 });
  const ejectedAtEnd = (st: MeshState) => st.hosts.filter((h) => h.ejected).length;

  it('never ejects more than maxEjectionPercent of the subset', () => {
    expect(ejectedAtEnd(run(cfg({ ...allBad, maxEjectionPercent: 10 })))).toBe(1);
    expect(ejectedAtEnd(run(cfg({ ...allBad, maxEjectionPercent: 20 })))).toBe(2);
    expect(ejectedAtEnd(run(cfg({ ...allBad, maxEjectionPercent: 35 })))).toBe(3);
  });

  it('cannot eject either of 2 hosts at the Istio default of 10 %', () => {
    const st = run(cfg({ ...od, maxEjectionPercent: 10 }));
    expect(st.events.some((e) => e.kind === 'eject')).toBe(false);
    expect(st.events.find((e) => e.kind === 'eject-blocked')).toMatchObject({ pod: 'reviews-v2-0', percent: 50 });
  });

  it("treats maxEjectionPercent 0 as unset, so Envoy's default of 10 % applies (Istio applyOutlierDetection)", () => {
    expect(ejectedAtEnd(run(cfg({ ...allBad, maxEjectionPercent: 0 })))).toBe(1);
  });

  it('counts each subset (Envoy cluster) on its own', () => {
    const st = run(cfg({ ...od, weights: [50, 50], pods: [2, 2], badVersion: 'v2', badCount: 2, maxEjectionPercent: 50, batch: 200 }));
    expect(st.hosts.filter((h) => h.ejected && h.version === 'v2')).toHaveLength(1);
    expect(st.hosts.filter((h) => h.version === 'v1').every((h) => !h.ejected)).toBe(true);
  });
});

describe('mTLS and PeerAuthentication (rules 8.9, 8.10)', () => {
  it('allows and rejects calls as the mode matrix says', () => {
    expect(mtlsDecision('STRICT', true)).toEqual({ effectiveMode: 'STRICT', transport: 'mtls', allowed: true });
    expect(mtlsDecision('STRICT', false)).toEqual({ effectiveMode: 'STRICT', transport: 'plaintext', allowed: false });
    expect(mtlsDecision('PERMISSIVE', true)).toEqual({ effectiveMode: 'PERMISSIVE', transport: 'mtls', allowed: true });
    expect(mtlsDecision('PERMISSIVE', false)).toEqual({ effectiveMode: 'PERMISSIVE', transport: 'plaintext', allowed: true });
    expect(mtlsDecision('UNSET', false)).toEqual({ effectiveMode: 'PERMISSIVE', transport: 'plaintext', allowed: true });
    expect(mtlsDecision('DISABLE', true)).toEqual({ effectiveMode: 'DISABLE', transport: 'plaintext', allowed: true });
    expect(mtlsDecision('DISABLE', false)).toEqual({ effectiveMode: 'DISABLE', transport: 'plaintext', allowed: true });
  });

  it('resets every plaintext connection under STRICT (curl shows 000)', () => {
    const reqs = run(cfg({ mtlsMode: 'STRICT', clientSidecar: false })).last!.requests;
    expect(reqs.every((r) => r.status === 0 && r.outcome === 'mtls-reset')).toBe(true);
  });

  it('ignores the VirtualService for a client without a sidecar: kube-proxy spreads over all Pods', () => {
    const reqs = run(cfg({ weights: [100, 0], clientSidecar: false, batch: 200 })).last!.requests;
    expect(reqs.some((r) => r.version === 'v2')).toBe(true);
    expect(reqs.every((r) => r.transport === 'plaintext' && r.tries.length === 1)).toBe(true);
  });
});

describe('URL state', () => {
  it('round-trips settings and actions through the query string', () => {
    const s = cfg({ weights: [70, 30], attempts: 3, retryOn: ['5xx', 'reset'], timeoutMs: 1500, outlier: true, mtlsMode: 'STRICT', clientSidecar: false, badCount: 1, badMode: 'connect', seed: 42 });
    const q = serialize(s, ['b', 'w10', 'b']);
    expect(parse(q)).toEqual(s);
    expect(parseActions(q)).toEqual(['b', 'w10', 'b']);
    expect(serialize(defaultSettings)).toBe('');
  });

  it('clamps or ignores bad values without throwing', () => {
    const s = parse('mesh-w=500&mesh-a=-3&mesh-ro=foo,5xx&mesh-pa=bogus&mesh-n=abc&mesh-fs=418&mesh-bn=9&mesh-run=b.x.w0.w5');
    expect(s.weights).toEqual([0, 100]);
    expect(s.attempts).toBe(0);
    expect(s.retryOn).toEqual(['5xx']);
    expect(s.mtlsMode).toBe('UNSET');
    expect(s.batch).toBe(defaultSettings.batch);
    expect(s.abortStatus).toBe(503);
    expect(s.badCount).toBe(2);
    expect(parseActions('mesh-run=b.x.w0.w5')).toEqual(['b', 'w5']);
    expect(() => parse('%%%&&&=')).not.toThrow();
  });

  it('replays the same run from the same settings and actions', () => {
    const s = cfg({ ...od, batch: 50 });
    const stepwise = sendBatch(wait(sendBatch(createState(s)), 10));
    expect(replay(s, ['b', 'w10', 'b'])).toEqual(stepwise);
  });
});
