import { describe, expect, it } from 'vitest';
import { pageSchema } from '../../src/schemas/page';
import { titleFromMeta } from '../../src/markdown/shiki-code-frame';

const valid = {
  title: 'Namespaces and cgroups',
  description: 'How the Linux kernel gives a process its own view of the system.',
  chapter: 'containers',
  order: 2,
  lastReviewed: '2026-11-25',
  sources: [{ title: 'namespaces(7)', url: 'https://man7.org/linux/man-pages/man7/namespaces.7.html' }],
};

describe('page frontmatter', () => {
  it('accepts a complete page and defaults draft to false', () => {
    const page = pageSchema.parse(valid);
    expect(page.draft).toBe(false);
    expect(page.lastReviewed.toISOString().slice(0, 10)).toBe('2026-11-25');
  });
  it.each([
    ['title', { title: undefined }],
    ['chapter', { chapter: 'docker' }],
    ['sources', { sources: [] }],
    ['url', { sources: [{ title: 'x source', url: 'http://insecure.example' }] }],
    ['order', { order: 0 }],
    ['lastReviewed', { lastReviewed: 'yesterday' }],
  ])('names the field %s when it is invalid', (field, change) => {
    const result = pageSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.')).join(' ')).toContain(field === 'url' ? 'sources.0.url' : field);
  });
});

describe('code block titles', () => {
  it('reads title="..." from the fence meta', () => {
    expect(titleFromMeta('title="Dockerfile" nocheck')).toBe('Dockerfile');
    expect(titleFromMeta("nocheck title='app.py'")).toBe('app.py');
    expect(titleFromMeta('nocheck')).toBeUndefined();
  });
});
