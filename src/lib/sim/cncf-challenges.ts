/**
 * Challenges of the CNCF explorer: read a project's level at a date and its stage timeline
 * (lab-rules section 9) from this core's stageAt, timeline and monthsToGraduate.
 */
import type { Challenge, LabChallenges } from '../challenges';
import { cncfProjects, cncfProjectsAsOf, type CncfProject } from '../../data/cncf-projects';
import { dateForYear, filterProjects, monthsBetween, monthsToGraduate, parse, serialize, stageAt, type ExplorerState } from './cncf-explorer';

const AS_OF = cncfProjectsAsOf;
const byId = (id: string): CncfProject | undefined => cncfProjects.find((p) => p.id === id);

const graduated2018: Challenge<ExplorerState> = {
  id: 'cncf-graduated-2018',
  start: '',
  inputs: ['q', 'm', 'c', 'y', 's', 'p'],
  check: (st) => {
    const date = dateForYear(2018, AS_OF);
    const want = cncfProjects.filter((p) => stageAt(p, date) === 'graduated').map((p) => p.id).sort();
    const shown = filterProjects(cncfProjects, st, AS_OF).map((r) => r.project.id).sort();
    const params = { year: st.y, want: want.length, shown: shown.length, names: want.map((id) => byId(id)?.name ?? id).join(', ') };
    if (st.y !== 2018) return { met: false, key: 'year', params };
    if (shown.join() !== want.join()) return { met: false, key: 'rows', params };
    return { met: true, key: 'met', params };
  },
};

const fastest: Challenge<ExplorerState> = {
  id: 'cncf-fastest',
  start: '',
  inputs: ['q', 'm', 'c', 'y', 's', 'p'],
  check: (st) => {
    const graduated = cncfProjects.filter((p) => monthsToGraduate(p) !== null);
    const best = graduated.reduce((a, b) => ((monthsToGraduate(b) ?? Infinity) < (monthsToGraduate(a) ?? Infinity) ? b : a));
    const chosen = byId(st.p);
    const params = { name: chosen?.name ?? '', months: chosen ? (monthsToGraduate(chosen) ?? '—') : '—', best: monthsToGraduate(best) ?? 0, bestName: best.name };
    if (!chosen) return { met: false, key: 'none', params };
    if (!chosen.graduated) return { met: false, key: 'notGraduated', params };
    return chosen.id === best.id ? { met: true, key: 'met', params } : { met: false, key: 'slower', params };
  },
};

const archived: Challenge<ExplorerState> = {
  id: 'cncf-archived',
  start: '',
  inputs: ['q', 'm', 'c', 'y', 's', 'p'],
  check: (st) => {
    const chosen = byId(st.p);
    const params = { name: chosen?.name ?? '', level: chosen ? (stageAt(chosen, AS_OF) ?? '') : '', archived: chosen?.archived ?? '', months: chosen?.archived ? monthsBetween(chosen.accepted, chosen.archived) : 0 };
    if (!chosen) return { met: false, key: 'none', params };
    return chosen.archived ? { met: true, key: 'met', params } : { met: false, key: 'active', params };
  },
};

export const cncfChallenges: LabChallenges<ExplorerState> = {
  lab: 'cncf-explorer',
  prefix: 'cncf-',
  parse: (query) => parse(query, cncfProjects, AS_OF),
  canonical: (st) => serialize(st, AS_OF),
  challenges: [graduated2018, fastest, archived],
};
