/**
 * [text](g:term-id) links to the glossary. Each becomes a link to /glossary/#term-id followed by
 * a card: the term's one-line definition (the link's aria-describedby) and a link to the full
 * entry. CSS shows the card on hover and focus; src/scripts/term-card.ts adds Escape, a grace
 * delay and touch taps. An unknown id fails the build with the file and line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Emphasis, Link, Root } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { loadGlossary } from '../lib/glossary-data';
import { localeOfFile } from '../lib/page-path';
import { withBase } from '../lib/urls';
import { where } from './where';

export interface GlossaryLinkOptions {
  root: string;
  base: string;
}

/** The card's "full entry" label from content/i18n/<locale>.json (plugins run outside Vite's glob). */
function fullEntryLabel(root: string, locale: string): string {
  const file = join(root, 'content', 'i18n', `${locale}.json`);
  const label = (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)['glossary.fullEntry'];
  if (!label) throw new Error(`${file}: "glossary.fullEntry" is missing (the glossary card's link to the full entry)`);
  return label;
}

export function remarkGlossaryLinks(options: GlossaryLinkOptions) {
  return (tree: Root, file: VFile) => {
    const locale = localeOfFile(file.path);
    const glossary = loadGlossary(options.root, locale);
    let more: string | undefined;
    let count = 0;
    visit(tree, 'link', (node: Link, index, parent) => {
      if (!node.url.startsWith('g:') || !parent || index === undefined) return;
      const id = node.url.slice(2);
      const term = glossary.get(id);
      if (!term) {
        const hint = locale === 'en' ? 'content/glossary/en/<chapter>.yaml' : `content/glossary/${locale}/<chapter>.yaml (a translated page needs translated terms)`;
        throw new Error(`${where(file, node.position?.start.line)}: unknown glossary term "${id}" (link target g:${id}). Add it to ${hint} or fix the id.`);
      }
      count++;
      const tipId = `term-tip-${count}`;
      const defId = `term-def-${count}`;
      const href = withBase(options.base, `${locale === 'en' ? '' : `${locale}/`}glossary/#${id}`);
      const link: Link = {
        ...node,
        url: href,
        data: { hProperties: { className: ['cna-term__link'], ariaDescribedBy: [defId], dataTerm: id } },
      };
      // The card sits beside the link, not inside it, so the link's accessible name stays the term
      // and its description is the definition alone. The card holds a link (for touch screens),
      // so it is not role="tooltip"; the link is out of the tab order (the term link goes there too).
      const entry: Link = {
        type: 'link',
        url: href,
        children: [{ type: 'text', value: (more ??= fullEntryLabel(options.root, locale)) }],
        data: { hProperties: { className: ['cna-term__more'], tabIndex: -1, dataTerm: id } },
      };
      const tip: Emphasis = {
        type: 'emphasis',
        children: [
          { type: 'emphasis', children: [{ type: 'text', value: term.short }], data: { hName: 'span', hProperties: { id: defId, className: ['cna-term__def'] } } },
          { type: 'text', value: ' ' },
          entry,
        ],
        data: { hName: 'span', hProperties: { id: tipId, className: ['cna-term__tip'], dataPagefindIgnore: 'all' } },
      };
      const wrapper: Emphasis = {
        type: 'emphasis',
        children: [link, tip],
        data: { hName: 'span', hProperties: { className: ['cna-term'] } },
      };
      parent.children[index] = wrapper;
      return SKIP;
    });
  };
}
