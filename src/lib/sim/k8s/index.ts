/**
 * Public API of the Kubernetes control-loop lab core: a Deployment with a RollingUpdate
 * strategy, its ReplicaSets, a scheduler and a node lifecycle controller, on a small cluster.
 * Pinned to /work/shared/lab-rules.md sections 1-3; see tests/unit/lib/sim/k8s.test.ts.
 */
import type { K8sState, NodeState, PodState } from './types';
import { EVICTION_DELAY_TICKS } from './cluster';
import { nodeInfo } from './scheduler';
import { findNewReplicaSet } from './status';

export type * from './types';
export { createState, step, EVICTION_DELAY_TICKS, NODE_SHAPES } from './cluster';
export {
  scale,
  deletePod,
  failNode,
  recoverNode,
  updateImage,
  nextImage,
  setRequests,
  setStrategy,
  rollback,
  previousRevision,
  settingsOf,
} from './actions';
export { resolveFenceposts, scaledValue, maxSurgeOf, maxUnavailableOf } from './deployment';
export {
  schedulePod,
  leastAllocatedScore,
  balancedAllocationScore,
  fitErrorMessage,
  DEFAULT_MILLI_CPU_REQUEST,
  DEFAULT_MEMORY_REQUEST_MIB,
} from './scheduler';
export { deploymentStatus, findNewReplicaSet, isComplete, rsStatus } from './status';
export {
  DEFAULT_SETTINGS,
  LIMITS,
  PARAM_PREFIX,
  parse,
  serialize,
  parseIntOrPercent,
  formatIntOrPercent,
  validateStrategy,
} from './settings';

export type PodPhase = 'Pending' | 'Starting' | 'Ready' | 'NotReady' | 'Terminating';

/** What a Pod looks like from kubectl: unscheduled, started but not yet Ready, Ready, not ready, or going away. */
export function podPhase(state: K8sState, pod: PodState): PodPhase {
  if (pod.terminatingSince !== null) return 'Terminating';
  if (pod.node === null) return 'Pending';
  if (pod.ready) return 'Ready';
  const node = state.nodes.find((n) => n.name === pod.node);
  return node && node.ready ? 'Starting' : 'NotReady';
}

/** Requested (not used) CPU and memory on a node, as the scheduler counts it. */
export function nodeUsage(state: K8sState, node: NodeState): { cpu: number; memory: number } {
  return nodeInfo(node, state.pods).requested;
}

/** Ticks left before the Pods of a NotReady node are evicted, or null. */
export function ticksToEviction(state: K8sState, node: NodeState, delay = EVICTION_DELAY_TICKS): number | null {
  if (node.ready || node.notReadySince === null) return null;
  return Math.max(0, node.notReadySince + delay - state.tick);
}

/** True when stepping can change nothing more: the last step did nothing and no timer is running. */
export function isSettled(state: K8sState): boolean {
  const waitingEviction = state.nodes.some(
    (n) => !n.ready && state.pods.some((p) => p.node === n.name && p.terminatingSince === null),
  );
  return state.events.length === 0 && !waitingEviction;
}

/** The revision the Deployment is on (its new ReplicaSet's), or 0 before one exists. */
export function currentRevision(state: K8sState): number {
  return findNewReplicaSet(state)?.revision ?? 0;
}

