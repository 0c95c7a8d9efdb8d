/**
 * The ReplicaSet controller (lab-rules 2.1, 2.2): create Pods when fewer are active than
 * .spec.replicas, delete the best candidates when there are more.
 */
import type { K8sState, PodState, ReplicaSetState } from './types';
import { isActive } from './status';
import { emit, nextRandom, randomSuffix } from './util';

function createPod(s: K8sState, rs: ReplicaSetState): PodState {
  let name: string;
  do name = `${rs.name}-${randomSuffix(s)}`;
  while (s.pods.some((p) => p.name === name));
  const pod: PodState = {
    name,
    owner: rs.name,
    cpu: rs.template.cpu,
    memory: rs.template.memory,
    image: rs.template.image,
    node: null,
    ready: false,
    createdAt: s.tick,
    boundAt: null,
    readySince: null,
    terminatingSince: null,
    pendingReason: null,
  };
  s.pods.push(pod);
  emit(s, 'podCreated', { rs: rs.name, pod: name });
  return pod;
}

/**
 * ActivePodsWithRanks ordering, most deletable first: unscheduled before scheduled, not ready
 * before ready, more active sibling Pods on the same node first, Ready for less time first,
 * newer first, then random. Simplifications: no pod-deletion-cost annotation, no restart
 * counts, and times compared in whole ticks rather than on the logarithmic scale.
 */
export function deletionOrder(s: K8sState, candidates: readonly PodState[]): PodState[] {
  const onNode = new Map<string, number>();
  for (const p of s.pods) if (isActive(p) && p.node) onNode.set(p.node, (onNode.get(p.node) ?? 0) + 1);
  const rank = (p: PodState): number => (p.node ? (onNode.get(p.node) ?? 0) : 0);
  const tieBreak = new Map(candidates.map((p) => [p.name, nextRandom(s)] as const));
  return [...candidates].sort(
    (a, b) =>
      Number(a.node !== null) - Number(b.node !== null) ||
      Number(a.ready) - Number(b.ready) ||
      rank(b) - rank(a) ||
      (b.readySince ?? 0) - (a.readySince ?? 0) ||
      b.createdAt - a.createdAt ||
      (tieBreak.get(a.name) ?? 0) - (tieBreak.get(b.name) ?? 0),
  );
}

export function markTerminating(s: K8sState, pod: PodState): void {
  pod.terminatingSince = s.tick;
  pod.ready = false;
}

export function reconcileReplicaSets(s: K8sState): void {
  for (const rs of [...s.replicaSets].sort((a, b) => a.seq - b.seq)) {
    const active = s.pods.filter((p) => p.owner === rs.name && isActive(p));
    const diff = active.length - rs.replicas;
    if (diff < 0) {
      for (let i = 0; i < -diff; i++) createPod(s, rs);
    } else if (diff > 0) {
      for (const pod of deletionOrder(s, active).slice(0, diff)) {
        markTerminating(s, pod);
        emit(s, 'podScaledDown', { rs: rs.name, pod: pod.name });
      }
    }
  }
}
