/**
 * What the reader can do between ticks. Each action changes the desired state (or breaks a
 * node) at once and logs it; the controllers react on the next step().
 */
import type { IntOrPercent, K8sSettings, K8sState, ReplicaSetState } from './types';
import { EVICTION_DELAY_TICKS, IMAGE_REPO } from './cluster';
import { maxSurgeOf, maxUnavailableOf } from './deployment';
import { markTerminating } from './replicaset';
import { LIMITS, formatIntOrPercent, validateStrategy } from './settings';
import { isActive } from './status';
import { draft, emit, sameTemplate } from './util';

const clamp = (n: number, min: number, max: number): number => Math.min(max, Math.max(min, Math.round(n)));

/** kubectl scale: changes .spec.replicas only; no new revision (rule 1.13). */
export function scale(state: K8sState, replicas: number): K8sState {
  const s = draft(state);
  const to = clamp(replicas, LIMITS.replicas.min, LIMITS.replicas.max);
  if (to === s.deployment.replicas) return s;
  emit(s, 'scaled', { from: s.deployment.replicas, to });
  s.deployment.replicas = to;
  return s;
}

/** kubectl delete pod: the Pod starts terminating; .spec.replicas does not change (rule 2.1). */
export function deletePod(state: K8sState, podName: string): K8sState {
  const s = draft(state);
  const pod = s.pods.find((p) => p.name === podName && isActive(p));
  if (!pod) return s;
  markTerminating(s, pod);
  emit(s, 'podDeleted', { pod: pod.name });
  return s;
}

/**
 * The node stops sending heartbeats. The lab marks it NotReady at once (a real node controller
 * waits node-monitor-grace-period first), taints it unreachable with NoSchedule and NoExecute,
 * and marks its Pods not ready (rules 2.5, 2.13).
 */
export function failNode(state: K8sState, nodeName: string): K8sState {
  const s = draft(state);
  const node = s.nodes.find((n) => n.name === nodeName);
  if (!node || !node.ready) return s;
  node.ready = false;
  node.notReadySince = s.tick;
  node.taints = [
    { key: 'node.kubernetes.io/unreachable', value: '', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/unreachable', value: '', effect: 'NoExecute' },
  ];
  for (const p of s.pods) if (p.node === node.name) p.ready = false;
  emit(s, 'nodeFailed', { node: node.name, ticks: EVICTION_DELAY_TICKS });
  return s;
}

/** Heartbeats resume: the taints go, and the kubelet reports its Pods Ready on the next tick. */
export function recoverNode(state: K8sState, nodeName: string): K8sState {
  const s = draft(state);
  const node = s.nodes.find((n) => n.name === nodeName);
  if (!node || node.ready) return s;
  node.ready = true;
  node.notReadySince = null;
  node.taints = [];
  emit(s, 'nodeRecovered', { node: node.name });
  return s;
}

/** The next image tag after every one this Deployment has used: web:1.0 → web:1.1 … */
export function nextImage(state: K8sState): string {
  const minors = [state.deployment.template, ...state.replicaSets.map((rs) => rs.template)].map((t) => {
    const m = /:1\.(\d+)$/.exec(t.image);
    return m ? Number(m[1]) : 0;
  });
  return `${IMAGE_REPO}:1.${Math.max(...minors) + 1}`;
}

/** kubectl set image: a template change starts a rollout (rule 1.13), or a rollover mid-rollout (1.14). */
export function updateImage(state: K8sState): K8sState {
  const s = draft(state);
  const image = nextImage(s);
  s.deployment.template = { ...s.deployment.template, image };
  s.deployment.completeReported = false;
  emit(s, 'imageUpdated', { image });
  return s;
}

/** kubectl set resources: new requests are a template change too. */
export function setRequests(state: K8sState, cpu: number, memory: number): K8sState {
  const s = draft(state);
  const t = { ...s.deployment.template, cpu: clamp(cpu, LIMITS.cpu.min, LIMITS.cpu.max), memory: clamp(memory, LIMITS.memory.min, LIMITS.memory.max) };
  if (sameTemplate(t, s.deployment.template)) return s;
  s.deployment.template = t;
  s.deployment.completeReported = false;
  emit(s, 'requestsUpdated', { cpu: t.cpu, memory: t.memory });
  return s;
}

/** Patch maxSurge/maxUnavailable; the API rejects both 0 (rule 1.5). Not a template change. */
export function setStrategy(state: K8sState, maxSurge: IntOrPercent, maxUnavailable: IntOrPercent): K8sState {
  const s = draft(state);
  const error = validateStrategy(maxSurge, maxUnavailable);
  if (error) {
    emit(s, 'strategyRejected', { message: error });
    return s;
  }
  s.deployment.maxSurge = { ...maxSurge };
  s.deployment.maxUnavailable = { ...maxUnavailable };
  emit(s, 'strategySet', {
    surge: formatIntOrPercent(maxSurge),
    unavailable: formatIntOrPercent(maxUnavailable),
    surgePods: maxSurgeOf(s.deployment),
    unavailablePods: maxUnavailableOf(s.deployment),
  });
  return s;
}

/** kubectl rollout undo picks the ReplicaSet with the second-highest revision. */
export function previousRevision(state: K8sState): ReplicaSetState | undefined {
  const sorted = [...state.replicaSets].sort((a, b) => b.revision - a.revision);
  return sorted[1];
}

/** kubectl rollout undo: copy the previous revision's template; it becomes a new revision (rule 1.16). */
export function rollback(state: K8sState): K8sState {
  const s = draft(state);
  const prev = previousRevision(s);
  if (!prev) {
    emit(s, 'rollbackNone', {});
    return s;
  }
  s.deployment.template = { ...prev.template };
  s.deployment.completeReported = false;
  emit(s, 'rolledBack', { revision: prev.revision, image: prev.template.image });
  return s;
}

/** The current settings, for the URL. */
export function settingsOf(state: K8sState): K8sSettings {
  const d = state.deployment;
  return {
    replicas: d.replicas,
    cpu: d.template.cpu,
    memory: d.template.memory,
    nodes: state.nodes.length,
    maxSurge: { ...d.maxSurge },
    maxUnavailable: { ...d.maxUnavailable },
    seed: state.seed,
  };
}
