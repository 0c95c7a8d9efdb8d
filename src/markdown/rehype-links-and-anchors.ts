/**
 * Two HTML passes over every page:
 * - internal links written as /chapter/page/#anchor get the base path and the page's locale;
 * - ## and ### headings get a self-link that appears on hover and focus.
 * Runs after Astro's rehypeHeadingIds, so headings already have their ids.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { toText } from 'hast-util-to-text';
import { localeOfFile } from '../lib/page-path';
import { localePath, withBase } from '../lib/urls';

export interface LinkOptions {
  root: string;
  base: string;
}

export function rehypeLinksAndAnchors(options: LinkOptions) {
  const labels = new Map<string, string>();
  const anchorLabel = (locale: string) => {
    if (!labels.has(locale)) {
      const strings = JSON.parse(readFileSync(join(options.root, 'content', 'i18n', `${locale}.json`), 'utf8')) as Record<string, string>;
      labels.set(locale, strings['heading.anchorLabel'] ?? 'Link to this section');
    }
    return labels.get(locale) as string;
  };
  return (tree: Root, file: VFile) => {
    const locale = localeOfFile(file.path);
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName === 'a') {
        const href = node.properties.href;
        if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') && node.properties.dataTerm === undefined) {
          node.properties.href = withBase(options.base, localePath(locale, href));
        }
        return;
      }
      if ((node.tagName === 'h2' || node.tagName === 'h3') && typeof node.properties.id === 'string') {
        if (!parent || index === undefined) return;
        // The self-link sits beside the heading (not inside), so the heading's name stays clean.
        const anchor = h('a.cna-anchor', { href: `#${node.properties.id}`, ariaLabel: `${anchorLabel(locale)}: ${toText(node)}`, dataPagefindIgnore: 'all' }, '#');
        parent.children[index] = h(`div.cna-heading.cna-heading--${node.tagName}`, [node, anchor]);
        return SKIP;
      }
    });
  };
}
