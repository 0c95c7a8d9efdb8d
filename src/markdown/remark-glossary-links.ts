/**
 * [text](g:term-id) links to the glossary. Each becomes a link to /glossary/#term-id with the
 * term's one-line definition as a tooltip shown on hover and keyboard focus (CSS only). An
 * unknown id fails the build with the file and line.
 */
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

export function remarkGlossaryLinks(options: GlossaryLinkOptions) {
  return (tree: Root, file: VFile) => {
    const locale = localeOfFile(file.path);
    const glossary = loadGlossary(options.root, locale);
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
      const href = withBase(options.base, `${locale === 'en' ? '' : `${locale}/`}glossary/#${id}`);
      const link: Link = {
        ...node,
        url: href,
        data: { hProperties: { className: ['cna-term__link'], ariaDescribedBy: [tipId], dataTerm: id } },
      };
      // The tooltip sits beside the link, not inside it, so the link's accessible name stays the term.
      const tip: Emphasis = {
        type: 'emphasis',
        children: [{ type: 'text', value: term.short }],
        data: { hName: 'span', hProperties: { id: tipId, role: 'tooltip', className: ['cna-term__tip'], dataPagefindIgnore: 'all' } },
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
