/**
 * Explicit heading ids: `## 抢占 {/* #preemption *\/}` gives the heading the id "preemption".
 * Chinese pages carry the English page's ids on every ## and ### heading, so a deep link such as
 * /zh-cn/kubernetes/scheduling/#preemption names the same section in both languages; a Chinese
 * heading without one fails the build. English headings keep GitHub-style slugs of their text.
 */
import type { Heading, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { localeOfFile } from '../lib/page-path';
import { explicitHeadingId } from '../lib/heading-ids';

export function remarkHeadingIds() {
  return (tree: Root, file: VFile) => {
    const locale = localeOfFile(file.path);
    const missing: string[] = [];
    visit(tree, 'heading', (node: Heading) => {
      const last = node.children.at(-1) as { type: string; value?: string } | undefined;
      const id = last?.type === 'mdxTextExpression' ? explicitHeadingId(String(last.value)) : undefined;
      if (id) {
        node.children.pop();
        const prev = node.children.at(-1);
        if (prev?.type === 'text') prev.value = prev.value.trimEnd();
        node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id } };
      } else if (locale === 'zh-cn' && (node.depth === 2 || node.depth === 3)) {
        missing.push(`${file.path}:${node.position?.start.line ?? '?'}`);
      }
    });
    if (missing.length > 0) {
      throw new Error(
        `${missing.join(', ')}: a Chinese heading needs the id of its English heading, e.g. "## 抢占 {/* #preemption */}" ` +
          '(print the English ids with `npm run i18n:status -- --ids content/en/<chapter>/<page>.mdx`)',
      );
    }
  };
}
