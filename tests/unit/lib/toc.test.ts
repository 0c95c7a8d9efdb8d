import { describe, expect, it } from 'vitest';
import { readingMinutes, tableOfContents } from '../../../src/lib/toc';

describe('on-page contents', () => {
  it('keeps ## and ### headings in order and drops the rest', () => {
    const toc = tableOfContents([
      { depth: 1, slug: 'title', text: 'Title' },
      { depth: 2, slug: 'a', text: 'A#' },
      { depth: 3, slug: 'b', text: 'B' },
      { depth: 4, slug: 'c', text: 'C' },
    ]);
    expect(toc).toEqual([{ depth: 2, slug: 'a', text: 'A' }, { depth: 3, slug: 'b', text: 'B' }]);
  });
  it('estimates reading time in both languages', () => {
    expect(readingMinutes('word '.repeat(460), 'en')).toBe(2);
    expect(readingMinutes('容'.repeat(800), 'zh-cn')).toBe(2);
  });
});
