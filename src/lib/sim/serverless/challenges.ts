/**
 * Challenges of the serverless lab. Checks run the whole 6-minute simulation of this core
 * (Knative KPA, lab-rules section 5; Lambda, one request per environment) from the settings.
 */
import type { Challenge, LabChallenges } from '../../challenges';
import { run, summarize, type Summary } from './index';
import { targetPerPod } from './kpa';
import { parse, serialize, URL_PREFIX, type Settings } from './settings';

const summary = (s: Settings): Summary => summarize(run(s));

const secondPod: Challenge<Settings> = {
  id: 'serverless-second-pod',
  start: 'serverless.pattern=steady&serverless.rate=4',
  inputs: ['rate'],
  check: (s) => {
    const target = targetPerPod(s.cc, s.util);
    const now = summary(s).peakInstances;
    const below = s.rate > 1 ? summary({ ...s, rate: s.rate - 1 }).peakInstances : 1;
    const params = { rate: s.rate, lower: s.rate - 1, conc: Number((s.rate * s.service).toFixed(1)), target, pods: now };
    if (now < 2) return { met: false, key: 'one', params };
    if (below >= 2) return { met: false, key: 'lower', params };
    return { met: true, key: 'met', params };
  },
};

const warmSpike: Challenge<Settings> = {
  id: 'serverless-warm-spike',
  start: 'serverless.pattern=spike',
  inputs: ['min'],
  check: (s) => {
    const now = summary(s).coldRequests;
    const fewer = s.minScale > 0 ? summary({ ...s, minScale: s.minScale - 1 }).coldRequests : 1;
    const params = { min: s.minScale, lower: s.minScale - 1, cold: now };
    if (now > 0) return { met: false, key: 'cold', params };
    if (fewer === 0) return { met: false, key: 'more', params };
    return { met: true, key: 'met', params };
  },
};

const throttle: Challenge<Settings> = {
  id: 'serverless-throttle',
  start: 'serverless.mode=lambda&serverless.max=5',
  inputs: ['max'],
  check: (s) => {
    const sum = summary(s);
    const params = { max: s.maxScale, throttled: sum.throttled, peak: sum.peakInstances };
    return sum.throttled === 0 ? { met: true, key: 'met', params } : { met: false, key: 'throttled', params };
  },
};

export const serverlessChallenges: LabChallenges<Settings> = {
  lab: 'serverless-scaling',
  prefix: URL_PREFIX,
  parse,
  canonical: serialize,
  challenges: [secondPod, warmSpike, throttle],
};
