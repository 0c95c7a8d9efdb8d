/**
 * Challenges of the image-layers lab. Checks replay the reader's actions through this core's
 * OverlayFS model (lab-rules 6.2-6.5: copy-up of whole files, whiteouts, read-only lower
 * layers) and cgroup v2 memory controller (7.2-7.4: memory.high throttles, memory.max kills).
 */
import type { Challenge, LabChallenges } from '../../challenges';
import { containerStack, parse, replay, serialize, URL_PREFIX, type LabSettings } from './lab';
import { lookup, layerNumber } from './overlay';

const READY = 'layers.ops=b,b,b,b,s';
const PASSWD = '/etc/passwd';

/** Number of the image layer that holds path for a container that did not write it (1 = base). */
function imageLayerOf(settings: LabSettings, path: string): number | null {
  const state = replay(settings);
  const image = [...state.image].reverse();
  const found = lookup(image, path);
  return found ? layerNumber(image.length, found.layer) : null;
}

const copyUp: Challenge<LabSettings> = {
  id: 'layers-copy-up',
  start: READY,
  inputs: ['ops', 'sel'],
  check: (s) => {
    const state = replay(s);
    const entry = state.uppers.A.entries[PASSWD];
    const from = imageLayerOf(s, PASSWD) ?? 0;
    const b = lookup(containerStack(state, 'B'), PASSWD);
    const params = { path: PASSWD, from };
    if (!state.started) return { met: false, key: 'notStarted', params };
    if (!entry || entry.kind !== 'file' || entry.origin !== 'copied-up') return { met: false, key: 'noCopy', params };
    if (!b || b.layer === 0) return { met: false, key: 'touchedB', params };
    return { met: true, key: 'met', params: { ...params, size: entry.size } };
  },
};

const whiteout: Challenge<LabSettings> = {
  id: 'layers-whiteout',
  start: READY,
  inputs: ['ops', 'sel'],
  check: (s) => {
    const state = replay(s);
    const from = imageLayerOf(s, PASSWD) ?? 0;
    const params = { path: PASSWD, from };
    if (!state.started) return { met: false, key: 'notStarted', params };
    const inB = lookup(containerStack(state, 'B'), PASSWD);
    const inA = lookup(containerStack(state, 'A'), PASSWD);
    if (inB) return { met: false, key: 'visible', params };
    if (!inA) return { met: false, key: 'goneA', params };
    return { met: true, key: 'met', params };
  },
};

const memoryHigh: Challenge<LabSettings> = {
  id: 'layers-memory-high',
  start: READY,
  inputs: ['mem'],
  check: (s) => {
    const state = replay(s);
    const params = { high: s.limits.high ?? 'max', max: s.limits.max ?? 'max', kills: state.memory.events.oom_kill, highs: state.memory.events.high };
    if (state.memory.events.oom_kill > 0) return { met: false, key: 'killed', params };
    if (state.memory.events.high === 0) return { met: false, key: 'under', params };
    return { met: true, key: 'met', params };
  },
};

export const layersChallenges: LabChallenges<LabSettings> = {
  lab: 'image-layers',
  prefix: URL_PREFIX,
  parse,
  canonical: serialize,
  challenges: [copyUp, whiteout, memoryHigh],
};
