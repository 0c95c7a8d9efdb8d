/**
 * Tells <Callout> the language its page is written in, so an English page shown to Chinese
 * readers (not yet translated) keeps English callout labels inside its English text.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { localeOfFile } from '../lib/page-path';

interface JsxElement {
  type: string;
  name?: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

export function remarkContentLocale() {
  return (tree: Root, file: VFile) => {
    const locale = localeOfFile(file.path);
    visit(tree, (node) => {
      const el = node as unknown as JsxElement;
      if ((el.type === 'mdxJsxFlowElement' || el.type === 'mdxJsxTextElement') && el.name === 'Callout' && !el.attributes.some((a) => a.name === 'locale')) {
        el.attributes.push({ type: 'mdxJsxAttribute', name: 'locale', value: locale });
      }
    });
  };
}
