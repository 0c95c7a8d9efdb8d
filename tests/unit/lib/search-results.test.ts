import { describe, expect, it } from 'vitest';
import { pickResults, type PagefindResultData } from '../../../src/lib/search-results';

const result = (title: string, url: string, subs: [string, string][]): PagefindResultData => ({
  url, excerpt: `<mark>${title}</mark> page`, meta: { title },
  sub_results: subs.map(([t, u]) => ({ title: t, url: u, excerpt: `about <mark>${t}</mark>` })),
});

describe('search result rows', () => {
  it('puts a heading that names the query first (a glossary term)', () => {
    const rows = pickResults([
      result('Sidecars and ambient mode', '/service-mesh/sidecars/', [['How sidecars work', '/service-mesh/sidecars/#how']]),
      result('Glossary', '/glossary/', [['Service mesh', '/glossary/#service-mesh'], ['Sidecar', '/glossary/#sidecar']]),
    ], 'sidecar', 10);
    expect(rows[0]).toMatchObject({ url: '/glossary/#sidecar', page: 'Glossary', heading: 'Sidecar' });
    expect(rows[1]).toMatchObject({ url: '/service-mesh/sidecars/#how', heading: 'How sidecars work' });
  });
  it('falls back to the page when there are no sub-results', () => {
    const rows = pickResults([{ url: '/a/', excerpt: 'x <mark>y</mark>', meta: { title: 'A' } }], 'y', 10);
    expect(rows).toEqual([{ url: '/a/', page: 'A', excerpt: 'x <mark>y</mark>' }]);
  });
  it('respects the limit', () => {
    const many = Array.from({ length: 5 }, (_, i) => result(`P${i}`, `/p${i}/`, [[`H${i}`, `/p${i}/#h`]]));
    expect(pickResults(many, 'q', 3)).toHaveLength(3);
  });
});
