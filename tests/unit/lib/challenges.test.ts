import { describe, expect, it } from 'vitest';
import { checkChallenge, findChallenge, lockedChanges, startQuery } from '../../../src/lib/challenges';
import { labChallenges } from '../../../src/lib/lab-challenges';
import { labs } from '../../../src/lib/labs';
import { verdictKey } from '../../../src/lib/labs/challenge-panel';
import en from '../../../content/i18n/en/challenges.json';
import zh from '../../../content/i18n/zh-cn/challenges.json';
import zhReview from '../../../content/i18n/zh-cn/review.json';
import { zhStyleProblems } from '../../../src/lib/zh-style';

type Attempt = { query: string; key: string; params?: Record<string, unknown> };
/** For every challenge: a passing attempt and at least one failing one, with the rule the reason names. */
const attempts: Record<string, { pass: Attempt; fail: Attempt[] }> = {
  'k8s-rollout': {
    pass: { query: 'k8s-replicas=5&k8s-surge=1&k8s-unavailable=1', key: 'met', params: { n: 1, floor: 4, seen: 4 } },
    fail: [{ query: 'k8s-replicas=5&k8s-surge=25%25&k8s-unavailable=50%25', key: 'low', params: { n: 2, floor: 3, seen: 3 } }],
  },
  'k8s-no-surge': {
    pass: { query: 'k8s-replicas=5&k8s-surge=0&k8s-unavailable=1', key: 'met', params: { n: 0, seen: 5 } },
    // 10% of 5 is 0.5, and maxSurge rounds up: 1 extra Pod (lab-rules 1.3).
    fail: [{ query: 'k8s-replicas=5&k8s-surge=10%25&k8s-unavailable=0', key: 'surged', params: { n: 1, max: 6, seen: 6 } }],
  },
  'k8s-requests': {
    pass: { query: 'k8s-replicas=6&k8s-cpu=1000', key: 'met' },
    fail: [
      { query: 'k8s-replicas=6&k8s-cpu=1300', key: 'pending', params: { pending: 1, message: '0/3 nodes are available: 3 Insufficient cpu.' } },
      { query: 'k8s-replicas=6&k8s-cpu=950', key: 'tooSmall' },
    ],
  },
  'serverless-second-pod': {
    pass: { query: 'serverless.pattern=steady&serverless.rate=11', key: 'met', params: { target: 7, pods: 2 } },
    fail: [
      { query: 'serverless.pattern=steady&serverless.rate=10', key: 'one', params: { conc: 5, target: 7 } },
      { query: 'serverless.pattern=steady&serverless.rate=14', key: 'lower', params: { lower: 13 } },
    ],
  },
  'serverless-warm-spike': {
    pass: { query: 'serverless.pattern=spike&serverless.min=2', key: 'met', params: { cold: 0 } },
    fail: [{ query: 'serverless.pattern=spike&serverless.min=1', key: 'cold', params: { cold: 11 } }, { query: 'serverless.min=4', key: 'more' }],
  },
  'serverless-throttle': {
    pass: { query: 'serverless.mode=lambda&serverless.max=25', key: 'met', params: { throttled: 0 } },
    fail: [{ query: 'serverless.mode=lambda&serverless.max=20', key: 'throttled', params: { throttled: 1, max: 20 } }],
  },
  'layers-copy-up': {
    pass: { query: 'layers.ops=b,b,b,b,s,aA%2Fetc%2Fpasswd', key: 'met', params: { from: 2, size: 1316 } },
    fail: [
      { query: 'layers.ops=b,b,b,b,s', key: 'noCopy', params: { from: 2 } },
      { query: 'layers.ops=b,b,b,b,s,aA%2Fetc%2Fpasswd,aB%2Fetc%2Fpasswd', key: 'touchedB' },
    ],
  },
  'layers-whiteout': {
    pass: { query: 'layers.ops=b,b,b,b,s,dB%2Fetc%2Fpasswd', key: 'met', params: { from: 2 } },
    fail: [{ query: 'layers.ops=b,b,b,b,s', key: 'visible' }, { query: 'layers.ops=b,b,b,b,s,dB%2Fetc%2Fpasswd,dA%2Fetc%2Fpasswd', key: 'goneA' }],
  },
  'layers-memory-high': {
    pass: { query: 'layers.ops=b,b,b,b,s&layers.mem=a64,a32', key: 'met', params: { highs: 1, kills: 0 } },
    fail: [
      { query: 'layers.ops=b,b,b,b,s&layers.mem=a64', key: 'under', params: { high: 96 } },
      { query: 'layers.ops=b,b,b,b,s&layers.mem=a64,a64,a64', key: 'killed', params: { kills: 1, max: 128 } },
    ],
  },
  'mesh-strict': {
    pass: { query: 'mesh-pa=STRICT', key: 'met', params: { rejected: 0 } },
    fail: [
      { query: 'mesh-sc=0&mesh-pa=STRICT', key: 'reset', params: { rejected: 20, n: 20 } },
      { query: 'mesh-sc=0&mesh-pa=PERMISSIVE', key: 'notStrict', params: { effective: 'PERMISSIVE' } },
      { query: 'mesh-sc=0', key: 'notStrict', params: { mode: 'UNSET', effective: 'PERMISSIVE' } },
    ],
  },
  'mesh-retries': {
    pass: { query: 'mesh-w=50&mesh-bn=1&mesh-a=2', key: 'met', params: { failed: 0 } },
    fail: [
      { query: 'mesh-w=50&mesh-bn=1&mesh-a=0', key: 'failed', params: { attempts: 0 } },
      { query: 'mesh-w=50&mesh-bn=1&mesh-a=3&mesh-ro=connect-failure', key: 'no503', params: { retryOn: 'connect-failure' } },
    ],
  },
  'mesh-outlier': {
    pass: { query: 'mesh-w=50&mesh-bn=1&mesh-a=0&mesh-od=1&mesh-mx=50', key: 'met', params: { pct: 50 } },
    fail: [
      { query: 'mesh-w=50&mesh-bn=1&mesh-a=0&mesh-od=1', key: 'blocked', params: { mx: 10, hosts: 2, pct: 50 } },
      { query: 'mesh-w=50&mesh-bn=1&mesh-a=0&mesh-od=1&mesh-mx=100&mesh-c5=50', key: 'never', params: { c5: 50 } },
    ],
  },
  // Question order: codebase ×2, deps ×2, config ×2, backing ×2, brr ×2, processes ×2, port ×2, conc ×2, disp ×2, parity ×2, logs ×2.
  'tf-config': {
    pass: { query: 'tf=----22', key: 'met', params: { score: 4 } },
    fail: [{ query: 'tf=----21', key: 'weak', params: { score: 3 } }, { query: 'tf=----2', key: 'unanswered', params: { answered: 1 } }],
  },
  'tf-processes': {
    pass: { query: 'tf=----------22', key: 'met' },
    fail: [{ query: 'tf=----------02', key: 'weak', params: { score: 2 } }],
  },
  'tf-logs': {
    pass: { query: 'tf=--------------------22', key: 'met' },
    fail: [{ query: 'tf=--------------------11', key: 'weak', params: { score: 2 } }],
  },
  'cncf-graduated-2018': {
    pass: { query: 'cncf-y=2018&cncf-m=graduated', key: 'met', params: { want: 3, names: 'Envoy, Kubernetes, Prometheus' } },
    fail: [{ query: 'cncf-m=graduated', key: 'year' }, { query: 'cncf-y=2018', key: 'rows', params: { want: 3 } }],
  },
  'cncf-fastest': {
    pass: { query: 'cncf-p=istio&cncf-s=speed', key: 'met', params: { name: 'Istio', months: 9 } },
    fail: [{ query: 'cncf-p=envoy', key: 'slower', params: { months: 14, best: 9 } }, { query: '', key: 'none' }, { query: 'cncf-p=rkt', key: 'notGraduated' }],
  },
  'cncf-archived': {
    pass: { query: 'cncf-p=rkt', key: 'met', params: { archived: '2019-08-16' } },
    fail: [{ query: 'cncf-p=envoy', key: 'active', params: { level: 'graduated' } }, { query: '', key: 'none' }],
  },
};

const all = Object.values(labChallenges).flatMap((def) => def.challenges.map((c) => ({ def, c })));

describe('lab challenges', () => {
  it('gives every lab at least three challenges with unique ids', () => {
    for (const lab of Object.keys(labs)) expect(labChallenges[lab as keyof typeof labs].challenges.length).toBeGreaterThanOrEqual(3);
    const ids = all.map(({ c }) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(attempts).sort()).toEqual([...ids].sort());
  });

  it('does not meet any goal at the starting state', () => {
    for (const { def, c } of all) expect(checkChallenge(def, c, c.start).met, c.id).toBe(false);
  });

  for (const { def, c } of all) {
    describe(c.id, () => {
      const { pass, fail } = attempts[c.id];
      it('meets the goal with a right attempt', () => {
        const v = checkChallenge(def, c, pass.query);
        expect(v.met).toBe(true);
        expect(v.key).toBe(pass.key);
        if (pass.params) expect(v.params).toMatchObject(pass.params);
      });
      it('explains a wrong attempt with the rule it breaks', () => {
        for (const f of fail) {
          const v = checkChallenge(def, c, f.query);
          expect(v.met, f.query).toBe(false);
          expect(v.key, f.query).toBe(f.key);
          if (f.params) expect(v.params, f.query).toMatchObject(f.params);
        }
      });
      it('has a title, goal, inputs and every verdict text in both languages', () => {
        const keys = [`challenge.${c.id}.title`, `challenge.${c.id}.goal`, `challenge.${c.id}.inputs`, ...[pass, ...fail].map((a) => verdictKey(c.id, a.key))];
        for (const key of keys) {
          expect((en as Record<string, string>)[key], key).toBeTruthy();
          expect((zh as Record<string, string>)[key], key).toMatch(/[\u4e00-\u9fff]/);
        }
      });
    });
  }

  it('writes the Chinese challenge and review texts in house style', () => {
    const problems = Object.entries({ ...zh, ...zhReview }).flatMap(([key, text]) => zhStyleProblems(text).map((p) => `${key}: ${p.message} (${p.excerpt})`));
    expect(problems).toEqual([]);
  });

  it('refuses a change to an input the challenge keeps fixed, naming it', () => {
    const def = labChallenges['k8s-control-loop'];
    const c = findChallenge(def, 'k8s-rollout')!;
    expect(lockedChanges(def, c, 'k8s-replicas=6&k8s-surge=1&k8s-unavailable=1')).toEqual(['replicas']);
    expect(checkChallenge(def, c, 'k8s-replicas=6&k8s-surge=1&k8s-unavailable=1')).toMatchObject({ met: false, key: 'ui.locked', params: { names: 'replicas' } });
    // Writing a default explicitly is not a change.
    expect(lockedChanges(def, c, 'k8s-replicas=5&k8s-surge=1&k8s-unavailable=1&k8s-nodes=3')).toEqual([]);
  });

  it('starts a challenge by replacing only its own lab parameters', () => {
    const def = labChallenges['k8s-control-loop'];
    const c = findChallenge(def, 'k8s-requests')!;
    const q = new URLSearchParams(startQuery(def, c, 'k8s-replicas=2&k8s-seed=9&other=1&challenge=k8s-rollout'));
    expect(q.get('challenge')).toBe('k8s-requests');
    expect(q.get('other')).toBe('1');
    expect(q.get('k8s-seed')).toBeNull();
    expect(q.get('k8s-replicas')).toBe('6');
    expect(q.get('k8s-cpu')).toBe('1500');
  });
});
