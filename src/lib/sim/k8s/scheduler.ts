/**
 * kube-scheduler, reduced to the plugins this lab needs (lab-rules section 3):
 * filter with TaintToleration and NodeResourcesFit, score with NodeResourcesFit/LeastAllocated
 * and NodeResourcesBalancedAllocation (weight 1 each), pick the highest total, break ties at
 * random. Clusters here have fewer than 100 nodes, so every node is checked (rule 3.8).
 */
import type { NodeState, PodState, Taint } from './types';

/** Scoring only: a missing request counts as 100m CPU and 200 MiB memory (rule 3.7). */
export const DEFAULT_MILLI_CPU_REQUEST = 100;
export const DEFAULT_MEMORY_REQUEST_MIB = 200;
export const MAX_NODE_SCORE = 100;

export interface Requests {
  cpu: number;
  memory: number;
}

/** What the scheduler's cache knows about one node: the sums of the requests of its Pods. */
export interface NodeInfo {
  node: NodeState;
  requested: Requests;
  /** Same sums with the scoring defaults of rule 3.7 applied to zero requests. */
  nonZeroRequested: Requests;
}

export function nonZero(r: Requests): Requests {
  return {
    cpu: r.cpu === 0 ? DEFAULT_MILLI_CPU_REQUEST : r.cpu,
    memory: r.memory === 0 ? DEFAULT_MEMORY_REQUEST_MIB : r.memory,
  };
}

/** Pods bound to a node hold their requests until they are gone, Terminating ones included. */
export function nodeInfo(node: NodeState, pods: readonly PodState[]): NodeInfo {
  const info: NodeInfo = { node, requested: { cpu: 0, memory: 0 }, nonZeroRequested: { cpu: 0, memory: 0 } };
  for (const p of pods) {
    if (p.node !== node.name) continue;
    const nz = nonZero(p);
    info.requested.cpu += p.cpu;
    info.requested.memory += p.memory;
    info.nonZeroRequested.cpu += nz.cpu;
    info.nonZeroRequested.memory += nz.memory;
  }
  return info;
}

/** LeastAllocated (rule 3.5): per resource (alloc − req)·100/alloc, integer division, then the weighted mean. */
export function leastAllocatedScore(requested: readonly number[], allocatable: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < requested.length; i++) {
    const a = allocatable[i];
    const r = requested[i];
    sum += a === 0 || r > a ? 0 : Math.floor(((a - r) * MAX_NODE_SCORE) / a);
  }
  return requested.length === 0 ? 0 : Math.floor(sum / requested.length);
}

/** BalancedAllocation (rule 3.6): fractions capped at 1, std = |f1 − f2| / 2, score = int((1 − std)·100). */
export function balancedAllocationScore(requested: readonly number[], allocatable: readonly number[]): number {
  const fractions: number[] = [];
  for (let i = 0; i < requested.length; i++) {
    if (allocatable[i] === 0) continue;
    fractions.push(Math.min(1, requested[i] / allocatable[i]));
  }
  const std = fractions.length === 2 ? Math.abs((fractions[0] - fractions[1]) / 2) : 0;
  return Math.trunc((1 - std) * MAX_NODE_SCORE);
}

/** FitError.Error(): "0/N nodes are available: " + sorted "<count> <reason>" strings + "." (rule 2.14). */
export function fitErrorMessage(numAllNodes: number, reasons: ReadonlyMap<string, number>): string {
  const parts = [...reasons].map(([reason, count]) => `${count} ${reason}`);
  parts.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `0/${numAllNodes} nodes are available: ${parts.join(', ')}.`;
}

/**
 * Every Pod carries the tolerations DefaultTolerationSeconds adds (not-ready and unreachable,
 * NoExecute, 300 s; rule 2.7). Any other NoSchedule or NoExecute taint blocks the node.
 */
function untoleratedTaint(taints: readonly Taint[]): Taint | undefined {
  const tolerated = (t: Taint): boolean =>
    t.effect === 'NoExecute' && (t.key === 'node.kubernetes.io/not-ready' || t.key === 'node.kubernetes.io/unreachable');
  return taints.find((t) => !tolerated(t));
}

/** Filter plugins in profile order; the first one that fails gives the node's reasons. */
export function filterReasons(info: NodeInfo, pod: Requests): string[] {
  const taint = untoleratedTaint(info.node.taints);
  if (taint) return [`node(s) had untolerated taint {${taint.key}: ${taint.value}}`];
  const reasons: string[] = [];
  if (info.requested.cpu + pod.cpu > info.node.cpu) reasons.push('Insufficient cpu');
  if (info.requested.memory + pod.memory > info.node.memory) reasons.push('Insufficient memory');
  return reasons;
}

export interface NodeScore {
  node: string;
  leastAllocated: number;
  /** null when the plugin is skipped for a BestEffort Pod (rule 3.6). */
  balanced: number | null;
  total: number;
}

export function scoreNode(info: NodeInfo, pod: Requests): NodeScore {
  const podNz = nonZero(pod);
  const alloc = [info.node.cpu, info.node.memory];
  const leastAllocated = leastAllocatedScore(
    [info.nonZeroRequested.cpu + podNz.cpu, info.nonZeroRequested.memory + podNz.memory],
    alloc,
  );
  // BalancedAllocation uses the real requests (useRequested) and skips Pods with none at all.
  const bestEffort = pod.cpu === 0 && pod.memory === 0;
  const balanced = bestEffort
    ? null
    : balancedAllocationScore([info.requested.cpu + pod.cpu, info.requested.memory + pod.memory], alloc);
  return { node: info.node.name, leastAllocated, balanced, total: leastAllocated + (balanced ?? 0) };
}

export type ScheduleResult =
  | { ok: true; score: NodeScore; scores: NodeScore[] }
  | { ok: false; message: string };

/**
 * One scheduling cycle for one Pod. pickIndex(n) returns an integer in [0, n) from the seeded
 * RNG; like selectHost, a later node with an equal top score replaces the candidate with
 * probability 1/count (reservoir sampling), so ties are broken at random (rule 3.1).
 */
export function schedulePod(
  nodes: readonly NodeState[],
  pods: readonly PodState[],
  pod: Requests,
  pickIndex: (n: number) => number,
): ScheduleResult {
  const reasons = new Map<string, number>();
  const scores: NodeScore[] = [];
  for (const node of nodes) {
    const info = nodeInfo(node, pods);
    const failed = filterReasons(info, pod);
    if (failed.length === 0) scores.push(scoreNode(info, pod));
    for (const r of failed) reasons.set(r, (reasons.get(r) ?? 0) + 1);
  }
  if (scores.length === 0) return { ok: false, message: fitErrorMessage(nodes.length, reasons) };
  let best = scores[0];
  let count = 1;
  for (const s of scores.slice(1)) {
    if (s.total > best.total) {
      best = s;
      count = 1;
    } else if (s.total === best.total) {
      count += 1;
      if (pickIndex(count) === 0) best = s;
    }
  }
  return { ok: true, score: best, scores };
}
