import { describe, expect, it } from 'vitest';
import {
  dateForYear,
  defaultState,
  filterProjects,
  isIsoDate,
  maturities,
  monthsBetween,
  monthsToGraduate,
  parse,
  serialize,
  stageAt,
  timeline,
  yearRange,
  type CncfProject,
  type ExplorerState,
} from '../../../../src/lib/sim/cncf-explorer';
import { cncfProjects, cncfProjectsAsOf } from '../../../../src/data/cncf-projects';

// Fixture dates from lab-rules.md table 9.6 (rows 1, 4, 30, 33, 34), plus one invented sandbox project.
const base = { homepage: 'https://example.org/', source: 'https://example.org/src', chapters: ['cncf'] };
const kube: CncfProject = { ...base, id: 'kube', name: 'Kubernetes', category: 'Orchestration', maturity: 'graduated', accepted: '2016-03-10', incubating: '2016-03-10', graduated: '2018-03-06' };
const coredns: CncfProject = { ...base, id: 'coredns', name: 'CoreDNS', category: 'Coordination and discovery', maturity: 'graduated', accepted: '2017-02-27', incubating: '2018-02-26', graduated: '2019-01-24' };
const grpc: CncfProject = { ...base, id: 'grpc', name: 'gRPC', category: 'Remote procedure call', maturity: 'incubating', accepted: '2017-02-16', incubating: '2017-02-16' };
const brigade: CncfProject = { ...base, id: 'brigade', name: 'Brigade', category: 'Application delivery', maturity: 'archived', accepted: '2019-03-18', archived: '2022-10-19' };
const opentracing: CncfProject = { ...base, id: 'opentracing', name: 'OpenTracing', category: 'Observability', maturity: 'archived', accepted: '2016-10-11', incubating: '2016-10-11', archived: '2021-08-20' };
const newbox: CncfProject = { ...base, id: 'newbox', name: 'Newbox', category: 'Observability', maturity: 'sandbox', accepted: '2024-06-01' };
const all = [newbox, grpc, coredns, brigade, kube, opentracing];
const AS_OF = '2026-08-07';
const st = (over: Partial<ExplorerState>): ExplorerState => ({ ...defaultState(AS_OF), ...over });
const names = (s: ExplorerState) => filterProjects(all, s, AS_OF).map((r) => r.project.id);

describe('stage at a date (rule 9.1)', () => {
  it('is nothing before acceptance and incubating from day one for a project that entered at incubating', () => {
    expect(stageAt(kube, '2016-03-09')).toBeNull();
    expect(stageAt(kube, '2016-03-10')).toBe('incubating');
    expect(stageAt(kube, '2018-03-05')).toBe('incubating');
    expect(stageAt(kube, '2018-03-06')).toBe('graduated');
  });

  it('walks sandbox, incubating, graduated for a project that entered at sandbox', () => {
    expect(stageAt(coredns, '2017-06-01')).toBe('sandbox');
    expect(stageAt(coredns, '2018-06-01')).toBe('incubating');
    expect(stageAt(coredns, '2019-06-01')).toBe('graduated');
  });

  it('is archived from the archive date on, whatever the level before', () => {
    expect(stageAt(brigade, '2022-10-18')).toBe('sandbox');
    expect(stageAt(brigade, '2022-10-19')).toBe('archived');
    expect(stageAt(opentracing, '2021-08-20')).toBe('archived');
  });
});

describe('stage timeline in whole months', () => {
  it('counts completed calendar months', () => {
    expect(monthsBetween('2016-03-10', '2018-03-06')).toBe(23);
    expect(monthsBetween('2016-03-10', '2018-03-10')).toBe(24);
    expect(monthsBetween('2020-01-31', '2020-02-29')).toBe(0);
  });

  it('has no sandbox span for a project that entered at incubating', () => {
    expect(timeline(kube, AS_OF)).toEqual([
      { stage: 'incubating', from: '2016-03-10', to: '2018-03-06', months: 23 },
      { stage: 'graduated', from: '2018-03-06', to: null, months: 101 },
    ]);
  });

  it('lists sandbox, incubating and graduated spans in order', () => {
    expect(timeline(coredns, AS_OF).map((s) => [s.stage, s.months])).toEqual([
      ['sandbox', 11],
      ['incubating', 10],
      ['graduated', 90],
    ]);
    expect(monthsToGraduate(coredns)).toBe(22);
    expect(monthsToGraduate(grpc)).toBeNull();
  });

  it('ends the last level at the archive date', () => {
    expect(timeline(brigade, AS_OF)).toEqual([
      { stage: 'sandbox', from: '2019-03-18', to: '2022-10-19', months: 43 },
      { stage: 'archived', from: '2022-10-19', to: null, months: 45 },
    ]);
    expect(timeline(opentracing, AS_OF).map((s) => s.stage)).toEqual(['incubating', 'archived']);
  });

  it('cuts the timeline at the as-of date', () => {
    expect(timeline(coredns, '2018-12-31').map((s) => s.stage)).toEqual(['sandbox', 'incubating']);
  });
});

describe('filtering and sorting', () => {
  it('shows only projects in CNCF on 31 December of the chosen year, at their level then', () => {
    const rows = filterProjects(all, st({ y: 2017 }), AS_OF);
    expect(rows.map((r) => [r.project.id, r.stage])).toEqual([
      ['coredns', 'sandbox'],
      ['grpc', 'incubating'],
      ['kube', 'incubating'],
      ['opentracing', 'incubating'],
    ]);
    expect(dateForYear(2017, AS_OF)).toBe('2017-12-31');
    expect(dateForYear(2026, AS_OF)).toBe(AS_OF);
  });

  it('filters by level at the chosen date, category and text', () => {
    expect(names(st({ y: 2017, m: ['sandbox'] }))).toEqual(['coredns']);
    expect(names(st({ m: ['archived'] }))).toEqual(['brigade', 'opentracing']);
    expect(names(st({ c: 'Observability' }))).toEqual(['newbox', 'opentracing']);
    expect(names(st({ q: 'CORE' }))).toEqual(['coredns']);
    expect(names(st({ q: 'remote procedure' }))).toEqual(['grpc']);
  });

  it('sorts by acceptance date and by time to graduate, unfinished last', () => {
    expect(names(st({ sort: 'accepted' }))).toEqual(['kube', 'opentracing', 'grpc', 'coredns', 'brigade', 'newbox']);
    expect(names(st({ sort: 'speed' })).slice(0, 2)).toEqual(['coredns', 'kube']);
  });
});

describe('URL state', () => {
  it('round-trips through the query string', () => {
    const s = st({ q: 'dns', m: ['sandbox', 'graduated'], c: 'Observability', y: 2019, sort: 'speed', p: 'coredns' });
    expect(parse(serialize(s, AS_OF), all, AS_OF)).toEqual(s);
    expect(serialize(defaultState(AS_OF), AS_OF)).toBe('');
  });

  it('ignores or clamps bad values without throwing', () => {
    const s = parse('cncf-y=1900&cncf-m=foo,graduated&cncf-c=Nope&cncf-p=nope&cncf-s=zzz', all, AS_OF);
    expect(s.y).toBe(yearRange(all, AS_OF)[0]);
    expect(s.m).toEqual(['graduated']);
    expect(s.c).toBe('');
    expect(s.p).toBe('');
    expect(s.sort).toBe('name');
    expect(() => parse('cncf-y=%%%&=&&', all, AS_OF)).not.toThrow();
  });
});

describe('the site data (src/data/cncf-projects.ts) against rule 9.1', () => {
  it('has valid dates in stage order for every project', () => {
    for (const p of cncfProjects) {
      expect(isIsoDate(p.accepted), p.id).toBe(true);
      for (const d of [p.incubating, p.graduated, p.archived]) if (d !== undefined) expect(isIsoDate(d) && d >= p.accepted, p.id).toBe(true);
      if (p.graduated && p.incubating) expect(p.graduated >= p.incubating, p.id).toBe(true);
      expect(maturities).toContain(p.maturity);
    }
  });

  it('gives each project the level its dates imply on the data date', () => {
    for (const p of cncfProjects) expect(stageAt(p, cncfProjectsAsOf), p.id).toBe(p.maturity);
  });
});
