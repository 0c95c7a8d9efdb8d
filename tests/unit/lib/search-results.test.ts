import { describe, expect, it } from 'vitest';
import { GLOSSARY_FIRST, expandQuery, phraseHitIds, phraseQuery, pickResults, preferPhraseHits, type PagefindResultData } from '../../../src/lib/search-results';

const page = (title: string, url: string, chapter: string, subs: [string, string][] = [], phrase?: boolean): PagefindResultData => ({
  url, excerpt: `<mark>${title}</mark> page`, meta: { title, chapter }, phrase,
  sub_results: subs.map(([t, u]) => ({ title: t, url: u, excerpt: `about <mark>${t}</mark>` })),
});
const term = (title: string, id: string, aliases = ''): PagefindResultData => ({
  url: `/glossary/#${id}`, excerpt: `${title} is…`, meta: { title, kind: 'glossary', aliases },
});

describe('search result rows', () => {
  it('puts the glossary entry that names the query first, then pages at their best heading', () => {
    const rows = pickResults([
      page('Sidecars and ambient mode', '/service-mesh/sidecars/', 'Service mesh', [['How sidecars work', '/service-mesh/sidecars/#how']]),
      term('Service mesh', 'service-mesh'),
      term('Sidecar', 'sidecar', 'sidecar proxy, 边车'),
    ], 'sidecar', 10);
    expect(rows.map((r) => r.url)).toEqual(['/glossary/#sidecar', '/service-mesh/sidecars/#how', '/glossary/#service-mesh']);
    expect(rows[0]).toMatchObject({ page: 'Sidecar', group: 'Glossary' });
    expect(rows[1]).toMatchObject({ heading: 'How sidecars work', group: 'Service mesh' });
  });

  it('finds an entry by an alias, and names the glossary group in the reader\'s language', () => {
    const rows = pickResults([page('Pods', '/k8s/pods/', 'Kubernetes'), term('命名空间', 'namespace', 'Namespace, 名字空间')], '名字空间', 10, '术语表');
    expect(rows[0]).toMatchObject({ url: '/glossary/#namespace', group: '术语表' });
  });

  it('puts a page whose title is the query before everything else', () => {
    const rows = pickResults([term('Kubernetes', 'kubernetes'), page('Kubernetes', '/kubernetes/', 'Kubernetes')], 'kubernetes', 10);
    expect(rows.map((r) => r.url)).toEqual(['/kubernetes/', '/glossary/#kubernetes']);
  });

  it(`shows at most ${GLOSSARY_FIRST} glossary entries before the pages, and entries that only mention the query last`, () => {
    const terms = Array.from({ length: GLOSSARY_FIRST + 1 }, (_, i) => term(`Pod thing ${i}`, `t${i}`));
    const rows = pickResults([term('Node', 'node'), ...terms, page('Pods', '/k8s/pods/', 'Kubernetes')], 'pod', 10);
    expect(rows.map((r) => r.url)).toEqual(['/glossary/#t0', '/glossary/#t1', '/glossary/#t2', '/k8s/pods/', '/glossary/#t3', '/glossary/#node']);
  });

  it('groups the page rows by chapter, in the order of each chapter\'s best result', () => {
    const rows = pickResults([
      page('A1', '/a1/', 'A'), page('B1', '/b1/', 'B'), page('A2', '/a2/', 'A'), page('C1', '/c1/', 'C'), page('B2', '/b2/', 'B'),
    ], 'q', 10);
    expect(rows.map((r) => r.url)).toEqual(['/a1/', '/a2/', '/b1/', '/b2/', '/c1/']);
  });

  it('groups only the rows that make the limit, so a weak result never displaces a stronger one', () => {
    const rows = pickResults([page('A1', '/a1/', 'A'), page('B1', '/b1/', 'B'), page('C1', '/c1/', 'C'), page('A2', '/a2/', 'A')], 'q', 3);
    expect(rows.map((r) => r.url)).toEqual(['/a1/', '/b1/', '/c1/']);
  });

  it('keeps phrase hits ahead of pages that only contain the characters, grouping within each tier', () => {
    const rows = pickResults([
      page('A1', '/a1/', 'A', [], true), page('B1', '/b1/', 'B', [], true), page('A2', '/a2/', 'A', [], false), page('B2', '/b2/', 'B', [], true),
    ], '无服务器', 10);
    expect(rows.map((r) => r.url)).toEqual(['/a1/', '/b1/', '/b2/', '/a2/']);
  });

  it('falls back to the page when there are no sub-results', () => {
    const rows = pickResults([{ url: '/a/', excerpt: 'x <mark>y</mark>', meta: { title: 'A' } }], 'y', 10);
    expect(rows).toEqual([{ url: '/a/', page: 'A', excerpt: 'x <mark>y</mark>', group: '' }]);
  });

  it('respects the limit', () => {
    const many = Array.from({ length: 5 }, (_, i) => page(`P${i}`, `/p${i}/`, 'X', [[`H${i}`, `/p${i}/#h`]]));
    expect(pickResults(many, 'q', 3)).toHaveLength(3);
  });
});

describe('numeronyms', () => {
  it('searches for Kubernetes when the reader types K8s, in any case, and leaves other words alone', () => {
    expect(expandQuery('K8s 调度')).toBe('Kubernetes 调度');
    expect(expandQuery('k8s scheduler')).toBe('Kubernetes scheduler');
    expect(expandQuery('k8sx 调度')).toBe('k8sx 调度');
  });
});

describe('phrase search for Chinese queries', () => {
  it('quotes every run of two or more Chinese characters and leaves Latin words alone', () => {
    expect(phraseQuery('无服务器')).toBe('"无服务器"');
    expect(phraseQuery('Pod 驱逐')).toBe('Pod "驱逐"');
    expect(phraseQuery('K8s 调度 抢占')).toBe('K8s "调度" "抢占"');
  });
  it('runs no phrase search for English, single characters or a query the reader already quoted', () => {
    expect(phraseQuery('rolling update')).toBeUndefined();
    expect(phraseQuery('云 K8s')).toBeUndefined();
    expect(phraseQuery('"无服务器"')).toBeUndefined();
  });
  it('moves the phrase hits ahead in their original order and marks them', () => {
    const ranked = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
    expect(preferPhraseHits(ranked, [{ id: 'd' }, { id: 'b' }]).map((r) => r.id)).toEqual(['b', 'd', 'a', 'c']);
    expect(preferPhraseHits(ranked, undefined)).toBe(ranked);
    const hit = phraseHitIds([{ id: 'b' }]);
    expect([hit('b'), hit('a')]).toEqual([true, false]);
    expect(phraseHitIds(undefined)('a')).toBeUndefined();
  });
});
