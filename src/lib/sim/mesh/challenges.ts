/**
 * Challenges of the mesh lab. Each check replays fixed traffic (batches of the lab's size) through
 * this core: PeerAuthentication and sidecars (lab-rules 8.9, 8.10), retries (8.2, 8.3) and Envoy
 * outlier detection with maxEjectionPercent (8.5, 8.6).
 */
import type { Challenge, LabChallenges } from '../../challenges';
import { effectiveMode, mtlsDecision } from './mtls';
import { parse, serialize } from './settings';
import { replay, summarize } from './index';
import type { MeshSettings } from './types';

const canonical = (s: MeshSettings) => serialize(s);
const lastBatch = (s: MeshSettings, actions: string[]) => {
  const state = replay(s, actions);
  return { state, sum: state.last ? summarize(state.last) : summarize({ index: 0, startedAt: 0, endedAt: 0, requests: [], events: [] }) };
};

const strict: Challenge<MeshSettings> = {
  id: 'mesh-strict',
  start: 'mesh-sc=0',
  inputs: ['pa', 'sc'],
  check: (s) => {
    const decision = mtlsDecision(s.mtlsMode, s.clientSidecar);
    const { sum } = lastBatch(s, ['b']);
    const params = { mode: s.mtlsMode, effective: effectiveMode(s.mtlsMode), rejected: sum.rejected, n: s.batch };
    if (decision.effectiveMode !== 'STRICT') return { met: false, key: 'notStrict', params };
    if (!decision.allowed || sum.rejected > 0) return { met: false, key: 'reset', params };
    return { met: true, key: 'met', params };
  },
};

const retries: Challenge<MeshSettings> = {
  id: 'mesh-retries',
  start: 'mesh-w=50&mesh-bn=1&mesh-a=0',
  inputs: ['a', 'ro', 'pt'],
  check: (s) => {
    const { sum } = lastBatch(s, ['b']);
    const params = { attempts: s.attempts, retryOn: s.retryOn.join(',') || '—', failed: sum.failed, retried: sum.retried };
    if (sum.failed > 0 && s.attempts > 0 && !s.retryOn.includes('503')) return { met: false, key: 'no503', params };
    if (sum.failed > 0) return { met: false, key: 'failed', params };
    return { met: true, key: 'met', params };
  },
};

const outlier: Challenge<MeshSettings> = {
  id: 'mesh-outlier',
  start: 'mesh-w=50&mesh-bn=1&mesh-a=0&mesh-od=1',
  inputs: ['c5', 'mx', 'iv', 'be'],
  check: (s) => {
    const { state } = lastBatch(s, ['b', 'b']);
    const hosts = s.pods[s.badVersion === 'v1' ? 0 : 1];
    const params = { mx: s.maxEjectionPercent, hosts, pct: Math.round(100 / hosts), c5: s.consecutive5xx };
    if (state.events.some((e) => e.kind === 'eject')) return { met: true, key: 'met', params };
    if (state.events.some((e) => e.kind === 'eject-blocked')) return { met: false, key: 'blocked', params };
    return { met: false, key: 'never', params };
  },
};

export const meshChallenges: LabChallenges<MeshSettings> = {
  lab: 'mesh-traffic',
  prefix: 'mesh-',
  parse,
  canonical,
  challenges: [strict, retries, outlier],
};
