/**
 * The Deployment controller's RollingUpdate sync (lab-rules section 1), after
 * pkg/controller/deployment/{sync,rolling}.go and util/deployment_util.go.
 */
import type { DeploymentState, IntOrPercent, K8sState, ReplicaSetState } from './types';
import { findNewReplicaSet, isComplete, rsStatus } from './status';
import { emit, sameTemplate, templateHash } from './util';

/** GetScaledValueFromIntOrPercent: a percentage of total, rounded up or down (rule 1.3). */
export function scaledValue(v: IntOrPercent, total: number, roundUp: boolean): number {
  if (!v.percent) return v.value;
  const exact = (v.value * total) / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}

/** ResolveFenceposts: surge rounds up, unavailable down; both 0 → unavailable 1 (rules 1.3, 1.4). */
export function resolveFenceposts(
  maxSurge: IntOrPercent,
  maxUnavailable: IntOrPercent,
  replicas: number,
): { maxSurge: number; maxUnavailable: number } {
  const surge = scaledValue(maxSurge, replicas, true);
  let unavailable = scaledValue(maxUnavailable, replicas, false);
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return { maxSurge: surge, maxUnavailable: unavailable };
}

export function maxSurgeOf(d: DeploymentState): number {
  return resolveFenceposts(d.maxSurge, d.maxUnavailable, d.replicas).maxSurge;
}

/** MaxUnavailable(): never more than replicas, and 0 when replicas is 0. */
export function maxUnavailableOf(d: DeploymentState): number {
  if (d.replicas === 0) return 0;
  return Math.min(d.replicas, resolveFenceposts(d.maxSurge, d.maxUnavailable, d.replicas).maxUnavailable);
}

const sumReplicas = (list: readonly ReplicaSetState[]): number => list.reduce((n, rs) => n + rs.replicas, 0);
const byAge = (a: ReplicaSetState, b: ReplicaSetState): number => a.createdAt - b.createdAt || a.seq - b.seq;

/** scaleReplicaSetAndRecordEvent: set size and the desired/max-replicas annotations. */
function scaleRs(s: K8sState, rs: ReplicaSetState, to: number): boolean {
  const d = s.deployment;
  const max = d.replicas + maxSurgeOf(d);
  const changed = rs.replicas !== to;
  if (changed) emit(s, 'rsScaled', { rs: rs.name, from: rs.replicas, to });
  rs.replicas = to;
  rs.desiredAnnotation = d.replicas;
  rs.maxAnnotation = max;
  return changed;
}

/** NewRSNewReplicas (rule 1.8). */
export function newRsReplicas(d: DeploymentState, all: readonly ReplicaSetState[], newRs: ReplicaSetState): number {
  const maxTotal = d.replicas + maxSurgeOf(d);
  const current = sumReplicas(all);
  if (current >= maxTotal) return newRs.replicas;
  return newRs.replicas + Math.min(maxTotal - current, d.replicas - newRs.replicas);
}

/** getAllReplicaSetsAndSyncRevision(createIfNotExisted = true). */
function ensureNewRs(s: K8sState, old: readonly ReplicaSetState[]): ReplicaSetState {
  const d = s.deployment;
  const maxOld = old.reduce((m, rs) => Math.max(m, rs.revision), 0);
  const existing = findNewReplicaSet(s);
  if (existing) {
    if (existing.revision <= maxOld) existing.revision = maxOld + 1; // rollback reuses the old ReplicaSet (rule 1.16)
    return existing;
  }
  const hash = templateHash(d.template);
  const rs: ReplicaSetState = {
    name: `${d.name}-${hash}`,
    hash,
    revision: maxOld + 1,
    template: { ...d.template },
    replicas: 0,
    createdAt: s.tick,
    seq: s.rsSeq++,
    desiredAnnotation: d.replicas,
    maxAnnotation: d.replicas + maxSurgeOf(d),
  };
  rs.replicas = newRsReplicas(d, [...old, rs], rs);
  s.replicaSets.push(rs);
  emit(s, 'rsCreated', { rs: rs.name, revision: rs.revision, image: rs.template.image, replicas: rs.replicas });
  return rs;
}

/** reconcileOldReplicaSets with cleanupUnhealthyReplicas and scaleDownOldReplicaSetsForRollingUpdate (rule 1.9). */
function reconcileOld(s: K8sState, all: ReplicaSetState[], old: ReplicaSetState[], newRs: ReplicaSetState): boolean {
  if (sumReplicas(old) === 0) return false;
  const d = s.deployment;
  const minAvailable = d.replicas - maxUnavailableOf(d);
  const status = new Map(all.map((rs) => [rs.name, rsStatus(s, rs)] as const));
  const availableOf = (rs: ReplicaSetState): number => status.get(rs.name)?.available ?? 0;
  const maxScaledDown = sumReplicas(all) - minAvailable - (newRs.replicas - availableOf(newRs));
  if (maxScaledDown <= 0) return false;
  const sorted = [...old].sort(byAge);
  let cleaned = 0;
  for (const rs of sorted) {
    if (cleaned >= maxScaledDown) break;
    if (rs.replicas === 0 || rs.replicas === availableOf(rs)) continue;
    const n = Math.min(maxScaledDown - cleaned, rs.replicas - availableOf(rs));
    scaleRs(s, rs, rs.replicas - n);
    cleaned += n;
  }
  const availableTotal = all.reduce((n, rs) => n + availableOf(rs), 0);
  let scaledDown = 0;
  if (availableTotal > minAvailable) {
    const target = availableTotal - minAvailable;
    for (const rs of sorted) {
      if (scaledDown >= target) break;
      if (rs.replicas === 0) continue;
      const n = Math.min(rs.replicas, target - scaledDown);
      scaleRs(s, rs, rs.replicas - n);
      scaledDown += n;
    }
  }
  return cleaned + scaledDown > 0;
}

/** getReplicaSetFraction / GetProportion, from the max-replicas annotation (rule 1.15). */
function proportion(d: DeploymentState, rs: ReplicaSetState, toAdd: number, added: number): number {
  if (rs.replicas === 0 || toAdd === 0 || toAdd === added) return 0;
  const fraction =
    d.replicas === 0
      ? -rs.replicas
      : Math.round((rs.replicas * (d.replicas + maxSurgeOf(d))) / (rs.maxAnnotation || 1)) - rs.replicas;
  const allowed = toAdd - added;
  return toAdd > 0 ? Math.min(fraction, allowed) : Math.max(fraction, allowed);
}

/** sync() → scale(): a replicas change while ReplicaSets are active. */
function scale(s: K8sState, newRs: ReplicaSetState | undefined, old: ReplicaSetState[]): void {
  const d = s.deployment;
  const active = [...(newRs ? [newRs] : []), ...old].filter((rs) => rs.replicas > 0);
  if (active.length <= 1) {
    const target = active[0] ?? newRs ?? [...s.replicaSets].sort(byAge).at(-1);
    if (target) scaleRs(s, target, d.replicas);
    return;
  }
  if (newRs && newRs.replicas === d.replicas && newRs.desiredAnnotation === d.replicas && rsStatus(s, newRs).available === d.replicas) {
    for (const rs of old) if (rs.replicas > 0) scaleRs(s, rs, 0);
    return;
  }
  const allowed = d.replicas > 0 ? d.replicas + maxSurgeOf(d) : 0;
  const toAdd = allowed - sumReplicas(active);
  // Larger first; equal sizes: newer first when adding, older first when removing.
  active.sort((a, b) => b.replicas - a.replicas || (toAdd > 0 ? byAge(b, a) : byAge(a, b)));
  let added = 0;
  const sizes = active.map((rs) => {
    const p = proportion(d, rs, toAdd, added);
    added += p;
    return rs.replicas + p;
  });
  if (toAdd !== 0) sizes[0] = Math.max(0, sizes[0] + toAdd - added); // leftovers go to the largest
  active.forEach((rs, i) => scaleRs(s, rs, sizes[i]));
}

/** cleanupDeployment: keep at most revisionHistoryLimit old, empty ReplicaSets (rule 1.17). */
function cleanup(s: K8sState, old: readonly ReplicaSetState[]): void {
  const empty = old.filter((rs) => rs.replicas === 0 && rsStatus(s, rs).replicas === 0 && !s.pods.some((p) => p.owner === rs.name));
  const excess = empty.length - s.deployment.revisionHistoryLimit;
  if (excess <= 0) return;
  const doomed = new Set([...empty].sort((a, b) => a.revision - b.revision).slice(0, excess).map((rs) => rs.name));
  s.replicaSets = s.replicaSets.filter((rs) => !doomed.has(rs.name));
}

/** One pass of the Deployment controller over the lab's single Deployment. */
export function syncDeployment(s: K8sState): void {
  const d = s.deployment;
  const found = findNewReplicaSet(s);
  const oldAll = s.replicaSets.filter((rs) => rs !== found);
  // isScalingEvent: an active ReplicaSet was sized for a different replicas value.
  if (s.replicaSets.some((rs) => rs.replicas > 0 && rs.desiredAnnotation !== d.replicas)) {
    scale(s, found, oldAll);
    return;
  }
  const newRs = ensureNewRs(s, oldAll);
  const old = s.replicaSets.filter((rs) => rs !== newRs && !sameTemplate(rs.template, d.template));
  const all = [...old, newRs];
  if (newRs.replicas !== d.replicas) {
    const to = newRs.replicas > d.replicas ? d.replicas : newRsReplicas(d, all, newRs);
    if (scaleRs(s, newRs, to)) return;
  }
  if (reconcileOld(s, all, old.filter((rs) => rs.replicas > 0), newRs)) return;
  if (isComplete(s)) {
    cleanup(s, old);
    if (!d.completeReported) {
      d.completeReported = true;
      emit(s, 'rolloutComplete', { revision: newRs.revision, image: newRs.template.image, replicas: d.replicas });
    }
  }
}
