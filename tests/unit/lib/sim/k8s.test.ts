/**
 * The Kubernetes control-loop lab core, pinned to /work/shared/lab-rules.md sections 1
 * (rolling update), 2 (ReplicaSet reconciliation and node failure) and 3 (kube-scheduler).
 * Expected values are worked out from the rules by hand; the arithmetic is in the comments.
 */
import { describe, expect, it } from 'vitest';
import { createRng, randomInt } from '../../../../src/lib/sim/random';
import {
  DEFAULT_SETTINGS,
  EVICTION_DELAY_TICKS,
  balancedAllocationScore,
  createState,
  deletePod,
  deploymentStatus,
  failNode,
  findNewReplicaSet,
  isComplete,
  leastAllocatedScore,
  parse,
  podPhase,
  previousRevision,
  recoverNode,
  resolveFenceposts,
  rollback,
  scale,
  schedulePod,
  serialize,
  setStrategy,
  step,
  updateImage,
  validateStrategy,
  type K8sSettings,
  type K8sState,
  type LabEvent,
  type NodeState,
  type PodState,
} from '../../../../src/lib/sim/k8s';

const pct = (value: number) => ({ value, percent: true });
const int = (value: number) => ({ value, percent: false });
const settings = (over: Partial<K8sSettings> = {}): K8sSettings => ({ ...DEFAULT_SETTINGS, ...over });
const active = (s: K8sState) => s.pods.filter((p) => p.terminatingSince === null);

/** Step until done(state) or max ticks; returns every intermediate state. */
function run(state: K8sState, done: (s: K8sState) => boolean, max = 60): K8sState[] {
  const states: K8sState[] = [];
  let s = state;
  for (let i = 0; i < max && !done(s); i++) {
    s = step(s);
    states.push(s);
  }
  return states;
}
const last = <T>(list: T[]): T => list[list.length - 1];
/** Until the rollout is complete and a further pass of the loops changes nothing. */
const settled = (s: K8sState) => isComplete(s) && s.events.length === 0;

function node(name: string, cpu: number, memory: number): NodeState {
  return { name, cpu, memory, ready: true, notReadySince: null, taints: [] };
}
function boundPod(name: string, nodeName: string, cpu: number, memory: number): PodState {
  return {
    name, owner: 'rs', cpu, memory, image: 'web:1.0', node: nodeName, ready: true,
    createdAt: 0, boundAt: 0, readySince: 0, terminatingSince: null, pendingReason: null,
  };
}
const noTie = () => 0;

describe('rolling update parameters (lab-rules section 1)', () => {
  it('defaults maxSurge and maxUnavailable to 25% (rule 1.2)', () => {
    expect(DEFAULT_SETTINGS.maxSurge).toEqual(pct(25));
    expect(DEFAULT_SETTINGS.maxUnavailable).toEqual(pct(25));
  });

  it('rounds maxSurge up and maxUnavailable down: 10 replicas at 25%/25% give 3 and 2 (rules 1.3, 1.7)', () => {
    // ceil(2.5) = 3, floor(2.5) = 2
    expect(resolveFenceposts(pct(25), pct(25), 10)).toEqual({ maxSurge: 3, maxUnavailable: 2 });
    // 5 replicas: 1.25 → ceil 2 and floor 1 (plain rounding would give 1 and 1)
    expect(resolveFenceposts(pct(25), pct(25), 5)).toEqual({ maxSurge: 2, maxUnavailable: 1 });
    // integers are used as they are
    expect(resolveFenceposts(int(3), int(2), 10)).toEqual({ maxSurge: 3, maxUnavailable: 2 });
  });

  it('gives the documented bounds for 3 and 4 replicas with the defaults (rule 1.7)', () => {
    // 3: ceil(0.75) = 1, floor(0.75) = 0 → at most 4 Pods, at least 3 available
    expect(resolveFenceposts(pct(25), pct(25), 3)).toEqual({ maxSurge: 1, maxUnavailable: 0 });
    // 4: 1 and 1 → between 3 and 5 Pods
    expect(resolveFenceposts(pct(25), pct(25), 4)).toEqual({ maxSurge: 1, maxUnavailable: 1 });
  });

  it('sets maxUnavailable to 1 when both values round to 0 (rule 1.4)', () => {
    // replicas 1, maxSurge 0% → 0, maxUnavailable 10% → floor(0.1) = 0 → unavailable becomes 1
    expect(resolveFenceposts(pct(0), pct(10), 1)).toEqual({ maxSurge: 0, maxUnavailable: 1 });
  });

  it('rejects maxSurge and maxUnavailable both 0 with the API message (rule 1.5)', () => {
    expect(validateStrategy(int(0), int(0))).toContain('may not be 0 when `maxSurge` is 0');
    expect(validateStrategy(pct(0), int(0))).toContain('may not be 0 when `maxSurge` is 0');
    expect(validateStrategy(int(0), int(1))).toBeNull();
    const s = setStrategy(createState(settings()), int(0), pct(0));
    expect(s.deployment.maxSurge).toEqual(pct(25));
    expect(s.events.map((e) => e.key)).toEqual(['strategyRejected']);
  });
});

describe('rolling update (lab-rules 1.6-1.19)', () => {
  it('never runs more than replicas + maxSurge Pods or fewer than replicas − maxUnavailable available (rule 1.6)', () => {
    // 10 replicas at 25%/25% → at most 13 Pods, at least 8 available. Small requests so all fit.
    let s = createState(settings({ replicas: 10, nodes: 6, cpu: 100, memory: 128 }));
    s = updateImage(s);
    const states = run(s, isComplete);
    expect(states.length).toBeGreaterThan(3);
    for (const st of states) {
      expect(active(st).length).toBeLessThanOrEqual(13);
      expect(deploymentStatus(st).available).toBeGreaterThanOrEqual(8);
    }
    const end = last(states);
    expect(active(end).map((p) => p.image)).toEqual(Array(10).fill('web:1.1'));
  });

  it('follows the documented event sequence for 3 replicas: new→1, old→2, new→2, old→1, new→3, old→0 (rule 1.10)', () => {
    let s = createState(settings({ replicas: 3 }));
    const oldName = s.replicaSets[0].name;
    s = updateImage(s);
    const events = run(s, isComplete).flatMap((st) => st.events);
    const scaling = events
      .filter((e) => e.key === 'rsCreated' || e.key === 'rsScaled')
      .map((e) => `${e.values.rs === oldName ? 'old' : 'new'}→${e.key === 'rsCreated' ? e.values.replicas : e.values.to}`);
    expect(scaling).toEqual(['new→1', 'old→2', 'new→2', 'old→1', 'new→3', 'old→0']);
  });

  it('matches the controller example: new created at 3, old scaled to 8, then new to 5 (rule 1.9)', () => {
    let s = createState(settings({ replicas: 10, nodes: 6, cpu: 100, memory: 128, maxSurge: int(3), maxUnavailable: int(2) }));
    const oldName = s.replicaSets[0].name;
    s = step(updateImage(s));
    expect(s.events.find((e) => e.key === 'rsCreated')?.values.replicas).toBe(3);
    expect(s.replicaSets.find((rs) => rs.name === oldName)?.replicas).toBe(8);
    s = step(s);
    expect(findNewReplicaSet(s)?.replicas).toBe(5);
  });

  it('counts a new Pod as available only from the tick after it is bound (rule 1.11)', () => {
    let s = step(updateImage(createState(settings({ replicas: 3 }))));
    const fresh = s.pods.find((p) => p.image === 'web:1.1');
    expect(fresh?.node).not.toBeNull();
    expect(podPhase(s, fresh as PodState)).toBe('Starting');
    expect(deploymentStatus(s).available).toBe(3); // the 3 old Pods; maxUnavailable is 0
    s = step(s);
    expect(podPhase(s, s.pods.find((p) => p.name === fresh?.name) as PodState)).toBe('Ready');
  });

  it('creates a revision only for a template change, not for scaling (rule 1.13)', () => {
    let s = scale(createState(settings()), 6);
    s = last(run(s, (st) => active(st).length === 6 && deploymentStatus(st).available === 6));
    expect(s.replicaSets.map((rs) => rs.revision)).toEqual([1]);
    s = step(updateImage(s));
    expect(s.replicaSets.map((rs) => rs.revision).sort()).toEqual([1, 2]);
  });

  it('rolls over: a template change mid-rollout creates the next ReplicaSet at once (rule 1.14)', () => {
    let s = step(updateImage(createState(settings())));
    const second = findNewReplicaSet(s)?.name;
    s = step(updateImage(s));
    expect(s.events.some((e) => e.key === 'rsCreated' && e.values.revision === 3)).toBe(true);
    s = last(run(s, isComplete));
    expect(s.replicaSets.find((rs) => rs.name === second)?.replicas).toBe(0);
    expect(active(s).every((p) => p.image === 'web:1.2')).toBe(true);
  });

  it('splits extra replicas in proportion: 10→15 with new 5 and old 8 gives old 11, new 7 (rule 1.15)', () => {
    let s = createState(settings({ replicas: 10, nodes: 6, cpu: 100, memory: 128, maxSurge: int(3), maxUnavailable: int(2) }));
    const oldName = s.replicaSets[0].name;
    s = step(step(updateImage(s))); // new 3 / old 8, then new 5
    expect(findNewReplicaSet(s)?.replicas).toBe(5);
    expect(s.replicaSets.find((rs) => rs.name === oldName)?.replicas).toBe(8);
    s = step(scale(s, 15));
    expect(s.replicaSets.find((rs) => rs.name === oldName)?.replicas).toBe(11);
    expect(findNewReplicaSet(s)?.replicas).toBe(7);
  });

  it('rolls back to the previous template under a new, higher revision (rule 1.16)', () => {
    let s = createState(settings());
    const first = s.replicaSets[0].name;
    s = last(run(updateImage(s), isComplete));
    expect(previousRevision(s)?.name).toBe(first);
    s = step(rollback(s));
    expect(s.replicaSets).toHaveLength(2); // the old ReplicaSet is reused, not recreated
    expect(s.replicaSets.find((rs) => rs.name === first)?.revision).toBe(3);
    s = last(run(s, isComplete));
    expect(active(s).every((p) => p.image === 'web:1.0')).toBe(true);
  });

  it('reports that there is nothing to roll back to before the first update (rule 1.16)', () => {
    const s = rollback(createState(settings()));
    expect(s.events.map((e) => e.key)).toEqual(['rollbackNone']);
    expect(s.deployment.template.image).toBe('web:1.0');
  });

  it('keeps at most 10 old ReplicaSets (rule 1.17)', () => {
    let s = createState(settings({ replicas: 1 }));
    for (let i = 0; i < 12; i++) s = last(run(updateImage(s), settled));
    expect(s.replicaSets).toHaveLength(11); // 10 old + the current one
    expect(Math.min(...s.replicaSets.map((rs) => rs.revision))).toBe(3); // revisions 1 and 2 collected
  });

  it('reports the rollout complete once every replica is updated and available (rule 1.19)', () => {
    // The controller today requires availableReplicas == replicas (DeploymentComplete in
    // deployment_util.go); lab-rules 1.19 quotes the older ">= replicas − maxUnavailable".
    const states = run(updateImage(createState(settings())), settled);
    const reported = states.filter((st) => st.events.some((e) => e.key === 'rolloutComplete'));
    expect(reported).toHaveLength(1);
    expect(deploymentStatus(reported[0])).toMatchObject({ replicas: 4, updated: 4, available: 4 });
    const firstComplete = states.findIndex(isComplete);
    expect(states.indexOf(reported[0])).toBeGreaterThanOrEqual(firstComplete);
  });
});

describe('ReplicaSet reconciliation and node failure (lab-rules section 2)', () => {
  it('replaces a deleted Pod without changing .spec.replicas (rule 2.1)', () => {
    const start = createState(settings());
    const victim = start.pods[0].name;
    let s = deletePod(start, victim);
    expect(podPhase(s, s.pods[0])).toBe('Terminating');
    s = step(s);
    expect(s.events.filter((e: LabEvent) => e.key === 'podCreated')).toHaveLength(1);
    expect(s.deployment.replicas).toBe(4);
    expect(s.replicaSets[0].replicas).toBe(4);
    s = step(s);
    expect(s.pods.some((p) => p.name === victim)).toBe(false);
    expect(deploymentStatus(s).available).toBe(4);
  });

  it('scales down Pending Pods first (rule 2.2)', () => {
    // One node with 4000m; 1000m per Pod → 4 fit, 2 stay Pending (rule 3.3).
    let s = createState(settings({ nodes: 1, cpu: 1000, memory: 128, replicas: 6 }));
    const pending = s.pods.filter((p) => p.node === null).map((p) => p.name);
    expect(pending).toHaveLength(2);
    s = step(scale(s, 4));
    const removed = s.pods.filter((p) => p.terminatingSince !== null).map((p) => p.name);
    expect(removed.sort()).toEqual(pending.sort());
  });

  it('scales down an unscheduled Pod before a scheduled one that is not ready (rule 2.2)', () => {
    // 4 of 5 Pods fit node-1 (4000m / 1000m); failing node-1 makes those 4 not ready too.
    let s = createState(settings({ nodes: 1, cpu: 1000, memory: 128, replicas: 5 }));
    const unscheduled = s.pods.find((p) => p.node === null)?.name;
    s = step(scale(failNode(s, 'node-1'), 4));
    expect(s.pods.filter((p) => p.terminatingSince !== null).map((p) => p.name)).toEqual([unscheduled]);
  });

  it('scales down a not-ready Pod before ready ones (rule 2.2, ReplicaSet ranking)', () => {
    let s = createState(settings({ replicas: 3, nodes: 3 }));
    s.pods = s.pods.map((p, i) => ({ ...p, node: `node-${i + 1}`, createdAt: -5, readySince: -5 }));
    s = step(scale(failNode(s, 'node-2'), 2));
    expect(s.pods.filter((p) => p.terminatingSince !== null).map((p) => p.node)).toEqual(['node-2']);
  });

  it('scales down a Pod from the node that runs more replicas first (rule 2.2)', () => {
    let s = createState(settings({ replicas: 3, nodes: 3 }));
    const [a, b, c] = s.pods.map((p) => p.name);
    s.pods = s.pods.map((p) => ({ ...p, node: p.name === c ? 'node-2' : 'node-1', createdAt: 0, readySince: 0 }));
    s = step(scale(s, 2));
    const removed = s.pods.filter((p) => p.terminatingSince !== null).map((p) => p.name);
    expect(removed).toHaveLength(1);
    expect([a, b]).toContain(removed[0]);
  });

  it('scales down the newer Pod when nothing else differs (rule 2.2)', () => {
    let s = createState(settings({ replicas: 3, nodes: 3 }));
    s.pods = s.pods.map((p, i) => ({ ...p, node: `node-${i + 1}`, createdAt: i === 1 ? -1 : -5, readySince: -1 }));
    const newest = s.pods[1].name;
    s = step(scale(s, 2));
    expect(s.pods.filter((p) => p.terminatingSince !== null).map((p) => p.name)).toEqual([newest]);
  });

  it('keeps Pods bound to a failed node until the eviction delay, then replaces them elsewhere (rules 2.5, 2.7, 2.10)', () => {
    let s = createState(settings());
    const failed = s.pods[0].node as string;
    const stranded = s.pods.filter((p) => p.node === failed).map((p) => p.name);
    s = failNode(s, failed);
    expect(s.nodes.find((n) => n.name === failed)?.taints).toEqual([
      { key: 'node.kubernetes.io/unreachable', value: '', effect: 'NoSchedule' },
      { key: 'node.kubernetes.io/unreachable', value: '', effect: 'NoExecute' },
    ]);
    expect(deploymentStatus(s).available).toBe(4 - stranded.length);
    for (let t = 1; t < EVICTION_DELAY_TICKS; t++) {
      s = step(s);
      expect(s.events.some((e) => e.key === 'podEvicted' || e.key === 'podCreated')).toBe(false);
    }
    s = step(s);
    expect(s.events.filter((e) => e.key === 'podEvicted').map((e) => e.values.pod).sort()).toEqual([...stranded].sort());
    const replacements = s.pods.filter((p) => p.terminatingSince === null && !p.ready);
    expect(replacements).toHaveLength(stranded.length);
    expect(replacements.every((p) => p.node !== null && p.node !== failed)).toBe(true);
    s = step(s);
    expect(deploymentStatus(s).available).toBe(4);
  });

  it('leaves evicted Pods Terminating on an unreachable node until it comes back (rule 2.12)', () => {
    let s = createState(settings());
    const failed = s.pods[0].node as string;
    s = failNode(s, failed);
    for (let t = 0; t < EVICTION_DELAY_TICKS + 3; t++) s = step(s);
    const ghosts = s.pods.filter((p) => p.node === failed);
    expect(ghosts.length).toBeGreaterThan(0);
    expect(ghosts.every((p) => podPhase(s, p) === 'Terminating')).toBe(true);
    s = step(recoverNode(s, failed));
    expect(s.pods.some((p) => p.node === failed && p.terminatingSince !== null)).toBe(false);
  });

  it('does not place the replacement on the failed node and says why, then places it after recovery (rules 2.13, 2.14)', () => {
    // node-1 4000m, node-2 2000m; a 2500m Pod fits only node-1.
    let s = createState(settings({ nodes: 2, replicas: 1, cpu: 2500, memory: 128 }));
    expect(s.pods[0].node).toBe('node-1');
    s = failNode(s, 'node-1');
    for (let t = 0; t < EVICTION_DELAY_TICKS; t++) s = step(s);
    const pending = s.pods.find((p) => p.node === null);
    // Reasons sorted as strings: "1 Insufficient cpu" < "1 node(s)…" because 'I' < 'n'.
    expect(pending?.pendingReason).toBe(
      '0/2 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }.',
    );
    s = step(recoverNode(s, 'node-1'));
    expect(s.pods.find((p) => p.name === pending?.name)?.node).toBe('node-1');
  });
});

describe('kube-scheduler (lab-rules section 3)', () => {
  it('scores LeastAllocated with the documented test vector (rule 3.5)', () => {
    // 4 CPU / 8 Gi, 1 CPU / 2 Gi already requested, Pod 1 CPU / 2 Gi → (50 + 50) / 2 = 50
    expect(leastAllocatedScore([2000, 4096], [4000, 8192])).toBe(50);
    const result = schedulePod([node('n', 4000, 8192)], [boundPod('x', 'n', 1000, 2048)], { cpu: 1000, memory: 2048 }, noTie);
    expect(result.ok && result.score.leastAllocated).toBe(50);
  });

  it('scores 0 for a resource whose requests exceed allocatable (rule 3.5)', () => {
    // cpu over → 0; memory (8192 − 4096)·100/8192 = 50 → (0 + 50) / 2 = 25
    expect(leastAllocatedScore([5000, 4096], [4000, 8192])).toBe(25);
  });

  it('scores BalancedAllocation from half the gap between the two fractions (rule 3.6)', () => {
    // cpu 0.5, memory 0.25 → std 0.125 → int(87.5) = 87
    expect(balancedAllocationScore([2000, 1024], [4000, 4096])).toBe(87);
    // fractions are capped at 1: cpu 2.0 → 1, memory 0.5 → std 0.25 → 75
    expect(balancedAllocationScore([8000, 2048], [4000, 4096])).toBe(75);
  });

  it('counts missing requests as 100m and 200 MiB for scoring only, and skips BalancedAllocation (rules 3.6, 3.7)', () => {
    // cpu (4000 − 100)·100/4000 = 97.5 → 97; memory (8192 − 200)·100/8192 = 97.5… → 97
    const empty = schedulePod([node('n', 4000, 8192)], [], { cpu: 0, memory: 0 }, noTie);
    expect(empty.ok && empty.score.leastAllocated).toBe(97);
    expect(empty.ok && empty.score.balanced).toBeNull();
    // Filtering uses the real zero: a node whose requests already equal allocatable still fits it.
    const full = schedulePod([node('n', 1000, 1024)], [boundPod('x', 'n', 1000, 1024)], { cpu: 0, memory: 0 }, noTie);
    expect(full.ok).toBe(true);
  });

  it('filters on requests: a Pod fits when requests reach allocatable exactly, not one millicore more (rule 3.3)', () => {
    const pods = [boundPod('x', 'n', 1500, 512)];
    expect(schedulePod([node('n', 2000, 4096)], pods, { cpu: 500, memory: 512 }, noTie).ok).toBe(true);
    expect(schedulePod([node('n', 2000, 4096)], pods, { cpu: 501, memory: 512 }, noTie).ok).toBe(false);
  });

  it('binds to the node with the highest total score (rules 3.1, 3.2)', () => {
    // big 4000/8192: LA (87 + 93)/2 = 90, BA std(0.125, 0.0625) → 96 → 186
    // small 2000/4096: LA (75 + 87)/2 = 81, BA std(0.25, 0.125) → 93 → 174
    const result = schedulePod([node('small', 2000, 4096), node('big', 4000, 8192)], [], { cpu: 500, memory: 512 }, noTie);
    expect(result.ok && result.score).toMatchObject({ node: 'big', leastAllocated: 90, balanced: 96, total: 186 });
  });

  it('breaks ties with the seeded RNG: the same seed picks the same node, and each tied node can win (rule 3.1)', () => {
    const nodes = [node('a', 2000, 4096), node('b', 2000, 4096)];
    const pick = (seed: number) => {
      const rng = createRng(seed);
      const r = schedulePod(nodes, [], { cpu: 500, memory: 512 }, (n) => randomInt(rng, 0, n - 1));
      return r.ok ? r.score.node : '';
    };
    const winners = new Set(Array.from({ length: 40 }, (_, seed) => pick(seed)));
    expect(winners).toEqual(new Set(['a', 'b']));
    expect(pick(7)).toBe(pick(7));
    expect(createState(settings({ seed: 9 }))).toEqual(createState(settings({ seed: 9 })));
  });

  it('leaves a Pod Pending with "0/3 nodes are available: 3 Insufficient cpu." (rule 2.14)', () => {
    let s = createState(settings({ replicas: 1, cpu: 5000 }));
    expect(s.pods[0].node).toBeNull();
    expect(s.pods[0].pendingReason).toBe('0/3 nodes are available: 3 Insufficient cpu.');
    s = step(step(s));
    expect(podPhase(s, s.pods[0])).toBe('Pending');
  });

  it('counts a node once per missing resource and sorts the reasons as strings (rule 2.14)', () => {
    const tiny = schedulePod([node('n', 100, 100)], [], { cpu: 500, memory: 512 }, noTie);
    expect(!tiny.ok && tiny.message).toBe('0/1 nodes are available: 1 Insufficient cpu, 1 Insufficient memory.');
    // "10 Insufficient memory" sorts before "2 Insufficient cpu" because '1' < '2'.
    const nodes = [
      ...Array.from({ length: 2 }, (_, i) => node(`c${i}`, 100, 100000)),
      ...Array.from({ length: 10 }, (_, i) => node(`m${i}`, 100000, 100)),
    ];
    const mixed = schedulePod(nodes, [], { cpu: 500, memory: 512 }, noTie);
    expect(!mixed.ok && mixed.message).toBe('0/12 nodes are available: 10 Insufficient memory, 2 Insufficient cpu.');
  });
});

describe('lab settings in the URL', () => {
  it('round-trips every setting', () => {
    const s = settings({ replicas: 7, cpu: 250, memory: 300, nodes: 5, maxSurge: int(2), maxUnavailable: pct(10), seed: 42 });
    expect(parse(serialize(s))).toEqual(s);
    expect(serialize(s)).toContain('k8s-surge=2');
  });

  it('clamps numbers, falls back on garbage, ignores other parameters and never throws', () => {
    expect(parse('?k8s-replicas=999&k8s-nodes=0&k8s-cpu=-5&other=1')).toMatchObject({ replicas: 20, nodes: 1, cpu: 0 });
    expect(parse('k8s-replicas=abc&k8s-surge=%%%&k8s-seed=1e9')).toMatchObject({
      replicas: DEFAULT_SETTINGS.replicas,
      maxSurge: DEFAULT_SETTINGS.maxSurge,
      seed: DEFAULT_SETTINGS.seed,
    });
    expect(() => parse('%E0%A4%A')).not.toThrow();
  });

  it('rejects maxSurge and maxUnavailable both 0 and keeps the defaults (rule 1.5)', () => {
    expect(parse('k8s-surge=0&k8s-unavailable=0%25')).toMatchObject({ maxSurge: pct(25), maxUnavailable: pct(25) });
  });
});
