/**
 * Every lab's challenges, for build-time pages (the lab frame's strings, the progress page).
 * Lab bundles import their own lab's challenges directly, so a page loads only its lab's.
 */
import type { LabChallenges } from './challenges';
import type { LabId } from './labs';
import { k8sChallenges } from './sim/k8s/challenges';
import { serverlessChallenges } from './sim/serverless/challenges';
import { layersChallenges } from './sim/layers/challenges';
import { meshChallenges } from './sim/mesh/challenges';
import { tfChallenges } from './sim/twelve-factor-challenges';
import { cncfChallenges } from './sim/cncf-challenges';

export const labChallenges: Record<LabId, LabChallenges<unknown>> = {
  'k8s-control-loop': k8sChallenges,
  'serverless-scaling': serverlessChallenges,
  'image-layers': layersChallenges,
  'mesh-traffic': meshChallenges,
  'twelve-factor-check': tfChallenges,
  'cncf-explorer': cncfChallenges,
};

/** Ids of a lab's challenges, in order. */
export function challengeIds(lab: string): string[] {
  return (labChallenges[lab as LabId]?.challenges ?? []).map((c) => c.id);
}
