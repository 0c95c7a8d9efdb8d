/**
 * CNCF project explorer core: filter, sort, stage at a date and stage timeline (lab-rules.md
 * section 9). Four levels: sandbox, incubating, graduated, archived; a project may enter at
 * sandbox or directly at incubating (rule 9.1), in which case `incubating` equals `accepted`.
 * Dates are ISO strings (YYYY-MM-DD), which compare correctly as strings.
 */
import type { CncfMaturity, CncfProject } from '../../data/cncf-projects';

export type { CncfMaturity, CncfProject };
export const maturities: readonly CncfMaturity[] = ['sandbox', 'incubating', 'graduated', 'archived'];
export const sortKeys = ['name', 'accepted', 'graduated', 'speed'] as const;
export type SortKey = (typeof sortKeys)[number];

export interface ExplorerState {
  /** Free text matched against name, id and category. */
  q: string;
  /** Levels to show (at the chosen date); all four when empty in the URL. */
  m: CncfMaturity[];
  /** Category, or '' for all. */
  c: string;
  /** Year of the "as of" slider. */
  y: number;
  sort: SortKey;
  /** Selected project id for the timeline, or ''. */
  p: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The date the table shows for a year: 31 December, or the data's own date for its last year. */
export function dateForYear(year: number, asOf: string): string {
  const end = `${year}-12-31`;
  return end < asOf ? end : asOf;
}

/** Level of a project on a date, or null before the TOC accepted it. */
export function stageAt(p: CncfProject, date: string): CncfMaturity | null {
  if (date < p.accepted) return null;
  if (p.archived && date >= p.archived) return 'archived';
  if (p.graduated && date >= p.graduated) return 'graduated';
  if (p.incubating && date >= p.incubating) return 'incubating';
  return 'sandbox';
}

/** Whole calendar months from a to b (a ≤ b): 2016-03-10 → 2018-03-06 is 23. */
export function monthsBetween(a: string, b: string): number {
  const [ay, am, ad] = a.split('-').map(Number);
  const [by, bm, bd] = b.split('-').map(Number);
  const months = (by - ay) * 12 + (bm - am) - (bd < ad ? 1 : 0);
  return Math.max(0, months);
}

export interface StageSpan {
  stage: CncfMaturity;
  from: string;
  /** When the project left the stage, or null if it is still there at `asOf`. */
  to: string | null;
  /** Whole months in the stage, up to `to` or `asOf`. */
  months: number;
}

/** Stages the project went through, in order; a project that entered at incubating has no sandbox span. */
export function timeline(p: CncfProject, asOf: string): StageSpan[] {
  const points: { stage: CncfMaturity; at: string }[] = [];
  if (!p.incubating || p.incubating > p.accepted) points.push({ stage: 'sandbox', at: p.accepted });
  if (p.incubating) points.push({ stage: 'incubating', at: p.incubating });
  if (p.graduated) points.push({ stage: 'graduated', at: p.graduated });
  if (p.archived) points.push({ stage: 'archived', at: p.archived });
  return points
    .filter((pt) => pt.at <= asOf)
    .map((pt, i, all) => {
      const next = all[i + 1];
      const to = next ? next.at : null;
      return { stage: pt.stage, from: pt.at, to, months: monthsBetween(pt.at, to ?? asOf) };
    });
}

/** Months from acceptance to graduation, or null if the project has not graduated. */
export function monthsToGraduate(p: CncfProject): number | null {
  return p.graduated ? monthsBetween(p.accepted, p.graduated) : null;
}

export function categories(projects: readonly CncfProject[]): string[] {
  return [...new Set(projects.map((p) => p.category))].sort((a, b) => a.localeCompare(b, 'en'));
}

export function yearRange(projects: readonly CncfProject[], asOf: string): [number, number] {
  const first = projects.reduce((min, p) => Math.min(min, Number(p.accepted.slice(0, 4))), Number(asOf.slice(0, 4)));
  return [first, Number(asOf.slice(0, 4))];
}

const norm = (s: string) => s.normalize('NFKC').toLowerCase().trim();

export interface Row {
  project: CncfProject;
  stage: CncfMaturity;
}

/** Projects in CNCF at the chosen year, with their stage then, filtered and sorted. */
export function filterProjects(projects: readonly CncfProject[], st: ExplorerState, asOf: string): Row[] {
  const date = dateForYear(st.y, asOf);
  const q = norm(st.q);
  const rows: Row[] = [];
  for (const project of projects) {
    const stage = stageAt(project, date);
    if (!stage) continue;
    if (st.m.length && !st.m.includes(stage)) continue;
    if (st.c && project.category !== st.c) continue;
    if (q && ![project.name, project.id, project.category].some((f) => norm(f).includes(q))) continue;
    rows.push({ project, stage });
  }
  return sortRows(rows, st.sort);
}

function sortRows(rows: Row[], key: SortKey): Row[] {
  const byName = (a: Row, b: Row) => a.project.name.localeCompare(b.project.name, 'en', { sensitivity: 'base' });
  const cmpOpt = (a: string | number | null | undefined, b: string | number | null | undefined) =>
    a == null ? (b == null ? 0 : 1) : b == null ? -1 : a < b ? -1 : a > b ? 1 : 0;
  const cmp: Record<SortKey, (a: Row, b: Row) => number> = {
    name: byName,
    accepted: (a, b) => cmpOpt(a.project.accepted, b.project.accepted) || byName(a, b),
    graduated: (a, b) => cmpOpt(a.project.graduated, b.project.graduated) || byName(a, b),
    speed: (a, b) => cmpOpt(monthsToGraduate(a.project), monthsToGraduate(b.project)) || byName(a, b),
  };
  return [...rows].sort(cmp[key]);
}

export function defaultState(asOf: string): ExplorerState {
  return { q: '', m: [], c: '', y: Number(asOf.slice(0, 4)), sort: 'name', p: '' };
}

/** State from a query string; bad values fall back to the defaults, nothing throws. */
export function parse(query: string, projects: readonly CncfProject[], asOf: string): ExplorerState {
  const params = new URLSearchParams(query);
  const st = defaultState(asOf);
  st.q = (params.get('cncf-q') ?? '').slice(0, 80);
  st.m = maturities.filter((m) => (params.get('cncf-m') ?? '').split(',').includes(m));
  const c = params.get('cncf-c') ?? '';
  st.c = categories(projects).includes(c) ? c : '';
  const [minY, maxY] = yearRange(projects, asOf);
  const y = Number(params.get('cncf-y'));
  if (params.has('cncf-y') && Number.isInteger(y)) st.y = Math.min(maxY, Math.max(minY, y));
  const sort = params.get('cncf-s');
  st.sort = (sortKeys as readonly string[]).includes(sort ?? '') ? (sort as SortKey) : 'name';
  const p = params.get('cncf-p') ?? '';
  st.p = projects.some((x) => x.id === p) ? p : '';
  return st;
}

/** Query string (without "?") with only the values that differ from the defaults. */
export function serialize(st: ExplorerState, asOf: string): string {
  const d = defaultState(asOf);
  const out = new URLSearchParams();
  if (st.q.trim()) out.set('cncf-q', st.q.trim());
  const m = maturities.filter((x) => st.m.includes(x));
  if (m.length && m.length < maturities.length) out.set('cncf-m', m.join(','));
  if (st.c) out.set('cncf-c', st.c);
  if (st.y !== d.y) out.set('cncf-y', String(st.y));
  if (st.sort !== d.sort) out.set('cncf-s', st.sort);
  if (st.p) out.set('cncf-p', st.p);
  return out.toString();
}

export function isIsoDate(s: string | undefined): boolean {
  return s !== undefined && ISO.test(s);
}
