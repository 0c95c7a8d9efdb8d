/** Status counts derived from the Pods, as the ReplicaSet controller reports them. */
import type { K8sState, PodState, ReplicaSetState } from './types';
import { sameTemplate } from './util';

/** A Pod counts toward a ReplicaSet until it has a deletion timestamp. */
export function isActive(p: PodState): boolean {
  return p.terminatingSince === null;
}

/** minReadySeconds is 0, so a Pod is available as soon as it is Ready (rule 1.11). */
export function isAvailable(p: PodState): boolean {
  return isActive(p) && p.ready;
}

export interface RsStatus {
  replicas: number;
  ready: number;
  available: number;
}

export function rsStatus(s: K8sState, rs: ReplicaSetState): RsStatus {
  const pods = s.pods.filter((p) => p.owner === rs.name && isActive(p));
  const ready = pods.filter((p) => p.ready).length;
  return { replicas: pods.length, ready, available: ready };
}

export function findNewReplicaSet(s: K8sState): ReplicaSetState | undefined {
  return [...s.replicaSets].sort((a, b) => a.seq - b.seq).find((rs) => sameTemplate(rs.template, s.deployment.template));
}

export interface DeploymentStatus {
  /** Pods of every ReplicaSet, not Terminating. */
  replicas: number;
  /** Pods of the ReplicaSet that matches the current template. */
  updated: number;
  ready: number;
  available: number;
  /** Desired replicas minus available, never below 0. */
  unavailable: number;
}

export function deploymentStatus(s: K8sState): DeploymentStatus {
  const newRs = findNewReplicaSet(s);
  let replicas = 0;
  let ready = 0;
  let updated = 0;
  for (const rs of s.replicaSets) {
    const st = rsStatus(s, rs);
    replicas += st.replicas;
    ready += st.ready;
    if (rs === newRs) updated = st.replicas;
  }
  return { replicas, updated, ready, available: ready, unavailable: Math.max(0, s.deployment.replicas - ready) };
}

/**
 * DeploymentComplete as the controller checks it today: every desired replica is updated and
 * available and no old Pods remain (rule 1.19; see the note in the tests about the older form).
 */
export function isComplete(s: K8sState): boolean {
  const st = deploymentStatus(s);
  const want = s.deployment.replicas;
  return st.updated === want && st.replicas === want && st.available === want;
}
