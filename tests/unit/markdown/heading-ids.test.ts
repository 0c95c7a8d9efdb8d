/** Explicit heading ids through the real plugins (remark-mdx parses the {/* #id *\/} comment). */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { remarkHeadingIds } from '../../../src/markdown/remark-heading-ids';

async function render(markdown: string, path: string) {
  const out = await unified().use(remarkParse).use(remarkMdx).use(remarkHeadingIds).use(remarkRehype).use(rehypeHeadingIds).use(rehypeStringify).process(new VFile({ value: markdown, path }));
  return String(out);
}

describe('explicit heading ids', () => {
  it('gives a Chinese heading the English id written in its comment', async () => {
    const html = await render('## 抢占 {/* #preemption */}\n\n正文。\n', '/x/content/zh-cn/kubernetes/scheduling.mdx');
    expect(html).toContain('<h2 id="preemption">抢占</h2>');
  });

  it('keeps slugs of the text on English headings', async () => {
    expect(await render('## Filter, then score\n', '/x/content/en/kubernetes/scheduling.mdx')).toContain('<h2 id="filter-then-score">');
  });

  it('fails the build for a Chinese heading without an id, naming the file and line', async () => {
    await expect(render('## 抢占 {/* #preemption */}\n\n### 优先级\n', '/x/content/zh-cn/kubernetes/scheduling.mdx')).rejects.toThrow(/scheduling\.mdx:3: a Chinese heading needs the id/);
  });
});
