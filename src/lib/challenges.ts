/**
 * Lab challenges: a goal in words, a starting state (the lab's own URL parameters), the
 * parameters the learner may change, and a pure check that decides from the lab's
 * simulation core whether the goal is met and says why in terms of the real rule.
 * Texts are i18n keys: challenge.<id>.goal and challenge.<id>.<verdict key>.
 */
export type Params = Record<string, string | number>;

export interface Verdict {
  met: boolean;
  /** Message key under challenge.<id>. (or a shared key under challenge.ui.). */
  key: string;
  params?: Params;
}

export interface Challenge<S> {
  /** Unique across labs, used in the URL (?challenge=…) and in progress. */
  id: string;
  /** The lab's own query parameters at the start, e.g. "k8s-replicas=5&k8s-surge=25%". */
  start: string;
  /** Names of the URL parameters the learner may change; every other one stays as started. */
  inputs: readonly string[];
  // Method syntax: a lab's challenges can then be listed with every other lab's as LabChallenges<unknown>.
  check(settings: S): Verdict;
}

export interface LabChallenges<S> {
  lab: string;
  /** Prefix of the lab's own URL parameters ("k8s-", "serverless."). */
  prefix: string;
  parse: (query: string) => S;
  /** The canonical query of some settings: serialize(parse(query)). */
  canonical(settings: S): string;
  challenges: readonly Challenge<S>[];
}

export const CHALLENGE_PARAM = 'challenge';

/** The lab's own parameters of a query, canonicalised so defaults and spelling do not matter. */
export function labParams<S>(def: LabChallenges<S>, query: string): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of new URLSearchParams(def.canonical(def.parse(query)))) if (k.startsWith(def.prefix)) out.set(k, v);
  return out;
}

/** Parameters (without the prefix) that differ between the start and now but are not inputs. */
export function lockedChanges<S>(def: LabChallenges<S>, challenge: Challenge<S>, query: string): string[] {
  const start = labParams(def, challenge.start);
  const now = labParams(def, query);
  const names = new Set([...start.keys(), ...now.keys()]);
  return [...names]
    .filter((k) => (start.get(k) ?? '') !== (now.get(k) ?? ''))
    .filter((k) => !challenge.inputs.some((i) => k === def.prefix + i || k === i))
    .map((k) => k.slice(def.prefix.length) || k)
    .sort();
}

/** Decide a challenge from the page's query: locked inputs first, then the lab's own check. */
export function checkChallenge<S>(def: LabChallenges<S>, challenge: Challenge<S>, query: string): Verdict {
  const locked = lockedChanges(def, challenge, query);
  if (locked.length) return { met: false, key: 'ui.locked', params: { names: locked.join(', ') } };
  return challenge.check(def.parse(query));
}

export function findChallenge<S>(def: LabChallenges<S>, id: string | null): Challenge<S> | undefined {
  return def.challenges.find((c) => c.id === id);
}

/** The query that starts a challenge: other labs' parameters kept, this lab's replaced by the start. */
export function startQuery<S>(def: LabChallenges<S>, challenge: Challenge<S>, current: string): string {
  const params = new URLSearchParams(current);
  for (const k of [...params.keys()]) if (k.startsWith(def.prefix) || k === CHALLENGE_PARAM) params.delete(k);
  params.set(CHALLENGE_PARAM, challenge.id);
  for (const [k, v] of new URLSearchParams(challenge.start)) params.set(k, v);
  return params.toString();
}
