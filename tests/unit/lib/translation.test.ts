import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { chineseDiagrams, compareGlossaries, frontmatterSourceHash, hanCount, pageState, sourceHash, withSourceHash } from '../../../src/lib/translation';
import { explicitHeadingId, sourceHeadings } from '../../../src/lib/heading-ids';

const english = '---\ntitle: Scheduling\n---\n\n## Preemption\n';

describe('translation records', () => {
  it('records the English version as 12 hex digits of its sha256', () => {
    expect(sourceHash(english)).toBe(createHash('sha256').update(english).digest('hex').slice(0, 12));
  });

  it('calls a translation current, outdated, unrecorded or missing', () => {
    expect(pageState(english, { sourceHash: sourceHash(english) })).toBe('current');
    expect(pageState(`${english}\nMore text.\n`, { sourceHash: sourceHash(english) })).toBe('outdated');
    expect(pageState(english, {})).toBe('unrecorded');
    expect(pageState(english, undefined)).toBe('missing');
  });

  it('reads and rewrites sourceHash in frontmatter', () => {
    const zh = '---\ntitle: 调度\n---\n\n## 抢占 {/* #preemption */}\n';
    const stamped = withSourceHash(zh, 'abcdef012345');
    expect(frontmatterSourceHash(stamped)).toBe('abcdef012345');
    expect(frontmatterSourceHash(withSourceHash(stamped, '0123456789ab'))).toBe('0123456789ab');
    expect(stamped.endsWith('## 抢占 {/* #preemption */}\n')).toBe(true);
  });

  it('counts Chinese characters and diagrams with Chinese labels', () => {
    expect(hanCount('Pod 调度到节点')).toBe(5);
    expect(chineseDiagrams(['flowchart LR\n a[调度器] --> b', 'flowchart LR\n a --> b'])).toBe(1);
  });

  it('finds glossary ids that exist in one language only', () => {
    expect(compareGlossaries(['pod', 'node'], ['pod', 'sidecar'])).toEqual({ missing: ['node'], orphaned: ['sidecar'] });
  });
});

describe('heading ids', () => {
  it('reads an explicit id from an MDX comment', () => {
    expect(explicitHeadingId('/* #preemption */')).toBe('preemption');
    expect(explicitHeadingId('/* a note */')).toBeUndefined();
  });

  it('gives English headings GitHub slugs and Chinese headings their explicit ids', () => {
    expect(sourceHeadings('## Filter, then score\n```\n## not a heading\n```\n### `kubectl` drain\n').map((h) => h.id)).toEqual(['filter-then-score', 'kubectl-drain']);
    expect(sourceHeadings('## 先过滤，再打分 {/* #filter-then-score */}\n').map((h) => h.id)).toEqual(['filter-then-score']);
  });
});
