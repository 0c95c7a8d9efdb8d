/**
 * Shiki transformer: wraps every highlighted block in a frame with an optional title line
 * (```ts title="client.ts"``) and the language, which the copy button script uses.
 */
import type { ShikiTransformer } from 'shiki';
import { h } from 'hastscript';

export function titleFromMeta(meta: string | undefined): string | undefined {
  return meta ? /(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/.exec(meta)?.slice(1).find((v) => v !== undefined) : undefined;
}

export const codeFrame: ShikiTransformer = {
  name: 'cna-code-frame',
  root(root) {
    const title = titleFromMeta(this.options.meta?.__raw);
    const children = root.children.filter((n) => n.type === 'element');
    root.children = [
      h('div.cna-code', { dataLanguage: this.options.lang }, [
        title ? h('div.cna-code__title', title) : null,
        ...children,
      ].filter((n) => n !== null)),
    ];
  },
};
