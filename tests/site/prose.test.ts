/**
 * Markdown that did not render: an unclosed `**bold**` (CommonMark does not close ** after Chinese
 * punctuation when Chinese text follows) or a heading-id comment that reached readers.
 */
import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { visit, SKIP } from 'unist-util-visit';
import { loadSite } from './built-site';
import { distDir } from '../e2e/harness';

/** The reader-visible text of a page without code (code may contain ** and comments legitimately). */
function proseText(tree: Root): string {
  const copy = structuredClone(tree);
  visit(copy, 'element', (el: Element, index, parent) => {
    if ((el.tagName === 'code' || el.tagName === 'pre' || el.tagName === 'script' || el.tagName === 'style' || el.tagName === 'svg') && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
  });
  return toText(copy);
}

describe('rendered prose', () => {
  const pages = loadSite(distDir).filter((p) => p.path.endsWith('/') && !p.path.startsWith('pagefind'));

  it('has no unrendered ** or heading-id comments on any page', () => {
    expect(pages.length).toBeGreaterThan(50);
    const problems: string[] = [];
    for (const p of pages) {
      const text = proseText(p.tree);
      const bold = /.{0,20}\*\*.{0,20}/u.exec(text);
      if (bold) problems.push(`${p.path}: unrendered ** near "${bold[0]}" (move Chinese punctuation outside the **)`);
      const comment = /\/\*\s*#[a-z0-9-]+\s*\*\//.exec(text);
      if (comment) problems.push(`${p.path}: heading id comment shown to readers: ${comment[0]}`);
    }
    expect(problems).toEqual([]);
  });
});
