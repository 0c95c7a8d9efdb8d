/**
 * The cluster and its clock. One tick is one pass of every control loop, in this order:
 * finished terminations, kubelet readiness, node lifecycle (eviction), Deployment controller,
 * ReplicaSet controller, scheduler. Time is compressed: a tick is not a fixed number of seconds.
 */
import type { K8sSettings, K8sState, LabEvent, NodeState } from './types';
import { syncDeployment } from './deployment';
import { markTerminating, reconcileReplicaSets } from './replicaset';
import { schedulePod } from './scheduler';
import { isActive } from './status';
import { draft, emit, nextInt } from './util';

/**
 * Ticks a Pod stays bound to a NotReady node before the node lifecycle controller evicts it.
 * Real default: tolerationSeconds 300 s after the node is marked unreachable, which happens
 * 50 s (v1.32+) after its last heartbeat: about 350 s in all (rules 2.6, 2.7, 2.10).
 */
export const EVICTION_DELAY_TICKS = 3;

/** Allocatable CPU (millicores) and memory (MiB) of node-1 … node-6. */
export const NODE_SHAPES: ReadonlyArray<{ cpu: number; memory: number }> = [
  { cpu: 4000, memory: 8192 },
  { cpu: 2000, memory: 4096 },
  { cpu: 2000, memory: 4096 },
  { cpu: 4000, memory: 4096 },
  { cpu: 2000, memory: 8192 },
  { cpu: 4000, memory: 8192 },
];

export const IMAGE_REPO = 'web';

function makeNodes(count: number): NodeState[] {
  return NODE_SHAPES.slice(0, count).map((shape, i) => ({
    name: `node-${i + 1}`,
    ...shape,
    ready: true,
    notReadySince: null,
    taints: [],
  }));
}

function finishTerminations(s: K8sState): void {
  const ready = new Set(s.nodes.filter((n) => n.ready).map((n) => n.name));
  s.pods = s.pods.filter((p) => {
    if (p.terminatingSince === null || p.terminatingSince >= s.tick) return true;
    // A kubelet that cannot be reached never confirms the deletion (rule 2.12).
    if (p.node !== null && !ready.has(p.node)) return true;
    emit(s, 'podGone', { pod: p.name });
    return false;
  });
}

/** Readiness takes a tick: a Pod bound in tick t reports Ready in tick t + 1 (rule 1.11). */
function kubelet(s: K8sState): void {
  const ready = new Set(s.nodes.filter((n) => n.ready).map((n) => n.name));
  for (const p of s.pods) {
    if (!isActive(p) || p.ready || p.node === null || !ready.has(p.node)) continue;
    if (p.boundAt !== null && p.boundAt < s.tick) {
      p.ready = true;
      p.readySince = s.tick;
      emit(s, 'podReady', { pod: p.name, node: p.node });
    }
  }
}

/** NoExecute eviction once the default toleration runs out (rules 2.5, 2.7, 2.8). */
function nodeLifecycle(s: K8sState): void {
  for (const n of s.nodes) {
    if (n.ready || n.notReadySince === null || s.tick - n.notReadySince < EVICTION_DELAY_TICKS) continue;
    for (const p of s.pods) {
      if (p.node !== n.name || !isActive(p)) continue;
      markTerminating(s, p);
      emit(s, 'podEvicted', { pod: p.name, node: n.name });
    }
  }
}

function scheduler(s: K8sState): void {
  for (const pod of s.pods) {
    if (pod.node !== null || !isActive(pod)) continue;
    const result = schedulePod(s.nodes, s.pods, pod, (n) => nextInt(s, 0, n - 1));
    if (result.ok) {
      pod.node = result.score.node;
      pod.boundAt = s.tick;
      pod.pendingReason = null;
      emit(s, 'podBound', {
        pod: pod.name,
        node: result.score.node,
        score: result.score.total,
        least: result.score.leastAllocated,
        balanced: result.score.balanced ?? '-',
      });
    } else if (pod.pendingReason !== result.message) {
      pod.pendingReason = result.message;
      emit(s, 'podUnschedulable', { pod: pod.name, message: result.message });
    }
  }
}

/** Advance one tick. */
export function step(state: K8sState): K8sState {
  const s = draft(state);
  s.tick += 1;
  finishTerminations(s);
  kubelet(s);
  nodeLifecycle(s);
  syncDeployment(s);
  reconcileReplicaSets(s);
  scheduler(s);
  return s;
}

/**
 * The starting cluster: the Deployment has been created and the loops have run until nothing
 * changes (at most 10 ticks). Times are then shifted so the lab starts at tick 0; the events
 * of those first passes are kept, labelled tick 0.
 */
export function createState(settings: K8sSettings): K8sState {
  let s: K8sState = {
    tick: 0,
    seed: settings.seed,
    draws: 0,
    rsSeq: 0,
    nodes: makeNodes(settings.nodes),
    deployment: {
      name: 'web',
      replicas: settings.replicas,
      template: { image: `${IMAGE_REPO}:1.0`, cpu: settings.cpu, memory: settings.memory },
      maxSurge: { ...settings.maxSurge },
      maxUnavailable: { ...settings.maxUnavailable },
      revisionHistoryLimit: 10,
      completeReported: true,
    },
    replicaSets: [],
    pods: [],
    events: [],
  };
  const events: LabEvent[] = [];
  for (let i = 0; i < 10; i++) {
    s = step(s);
    if (s.events.length === 0) break;
    events.push(...s.events);
  }
  const shift = s.tick;
  const at = (t: number | null): number | null => (t === null ? null : t - shift);
  for (const p of s.pods) {
    p.createdAt -= shift;
    p.boundAt = at(p.boundAt);
    p.readySince = at(p.readySince);
    p.terminatingSince = at(p.terminatingSince);
  }
  for (const rs of s.replicaSets) rs.createdAt -= shift;
  s.tick = 0;
  s.events = events.map((e) => ({ ...e, tick: 0 }));
  return s;
}

