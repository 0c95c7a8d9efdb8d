/**
 * Challenges of the Kubernetes lab. Each check rebuilds the cluster from the lab's settings
 * and runs the real controllers of this core, so the verdict follows lab-rules 1.3-1.6
 * (rolling-update fenceposts) and 3.3 (the scheduler filters on requests).
 */
import type { Challenge, LabChallenges } from '../../challenges';
import { createState, step } from './cluster';
import { updateImage } from './actions';
import { resolveFenceposts } from './deployment';
import { deploymentStatus, isComplete } from './status';
import { formatIntOrPercent, parse, PARAM_PREFIX, serialize } from './settings';
import type { K8sSettings, K8sState } from './types';

const MAX_TICKS = 80;

/** Step until nothing changes (every Pod placed and Ready, or stuck Pending). */
export function settle(state: K8sState): K8sState {
  let s = state;
  for (let i = 0; i < MAX_TICKS; i++) {
    const next = step(s);
    s = next;
    if (next.events.length === 0) break;
  }
  return s;
}

export interface RolloutRun {
  /** Fewest available Pods at any tick of the rollout. */
  minAvailable: number;
  /** Most Pods (not Terminating) at any tick. */
  maxPods: number;
  complete: boolean;
}

/** Settle the Deployment, change its image, and watch the rollout to the end. */
export function runRollout(settings: K8sSettings): RolloutRun {
  let s = updateImage(settle(createState(settings)));
  let minAvailable = Infinity;
  let maxPods = 0;
  for (let i = 0; i < MAX_TICKS && !isComplete(s); i++) {
    s = step(s);
    const st = deploymentStatus(s);
    minAvailable = Math.min(minAvailable, st.available);
    maxPods = Math.max(maxPods, st.replicas);
  }
  return { minAvailable: Number.isFinite(minAvailable) ? minAvailable : deploymentStatus(s).available, maxPods, complete: isComplete(s) };
}

const rollout: Challenge<K8sSettings> = {
  id: 'k8s-rollout',
  start: 'k8s-replicas=5&k8s-surge=25%25&k8s-unavailable=50%25',
  inputs: ['surge', 'unavailable'],
  check: (s) => {
    const f = resolveFenceposts(s.maxSurge, s.maxUnavailable, s.replicas);
    const run = runRollout(s);
    const params = { unavailable: formatIntOrPercent(s.maxUnavailable), n: f.maxUnavailable, floor: s.replicas - f.maxUnavailable, seen: run.minAvailable, replicas: s.replicas };
    if (!run.complete) return { met: false, key: 'stuck', params };
    return run.minAvailable >= 4 ? { met: true, key: 'met', params } : { met: false, key: 'low', params };
  },
};

const noSurge: Challenge<K8sSettings> = {
  id: 'k8s-no-surge',
  start: 'k8s-replicas=5',
  inputs: ['surge', 'unavailable'],
  check: (s) => {
    const f = resolveFenceposts(s.maxSurge, s.maxUnavailable, s.replicas);
    const run = runRollout(s);
    const params = { surge: formatIntOrPercent(s.maxSurge), n: f.maxSurge, max: s.replicas + f.maxSurge, seen: run.maxPods, replicas: s.replicas };
    if (run.maxPods > s.replicas) return { met: false, key: 'surged', params };
    if (!run.complete) return { met: false, key: 'stuck', params };
    return { met: true, key: 'met', params };
  },
};

const requests: Challenge<K8sSettings> = {
  id: 'k8s-requests',
  start: 'k8s-replicas=6&k8s-cpu=1500',
  inputs: ['cpu'],
  check: (s) => {
    const state = settle(createState(s));
    const pending = state.pods.filter((p) => p.node === null && p.terminatingSince === null);
    const params = { cpu: s.cpu, pending: pending.length, message: pending[0]?.pendingReason ?? '' };
    if (pending.length) return { met: false, key: 'pending', params };
    // Doubling the request is not the lesson: the goal asks for every replica with the most CPU each.
    return s.cpu >= 1000 ? { met: true, key: 'met', params } : { met: false, key: 'tooSmall', params };
  },
};

export const k8sChallenges: LabChallenges<K8sSettings> = {
  lab: 'k8s-control-loop',
  prefix: PARAM_PREFIX,
  parse,
  canonical: serialize,
  challenges: [rollout, noSurge, requests],
};
