/** Real Markdown through the real plugins, checking the HTML that matters. */
import { describe, expect, it } from 'vitest';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { remarkGlossaryLinks } from '../../../src/markdown/remark-glossary-links';
import { remarkMermaid } from '../../../src/markdown/remark-mermaid';
import { remarkQuiz } from '../../../src/markdown/remark-quiz';
import { rehypeLinksAndAnchors } from '../../../src/markdown/rehype-links-and-anchors';
import { cachePath, diagramKey } from '../../../src/lib/diagrams';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { visit } from 'unist-util-visit';

const root = join(import.meta.dirname, '../../fixtures/site');

async function render(markdown: string, path = `${root}/content/en/mesh/page.mdx`, base = '/') {
  const file = new VFile({ value: markdown, path });
  const out = await unified()
    .use(remarkParse)
    .use(remarkQuiz)
    .use(remarkMermaid, { root, mermaidVersion: 'test' })
    .use(remarkGlossaryLinks, { root, base })
    .use(remarkRehype)
    .use(rehypeHeadingIds)
    .use(rehypeLinksAndAnchors, { root, base })
    .use(rehypeStringify)
    .process(file);
  return String(out);
}

describe('glossary links', () => {
  it('links a term to its glossary anchor, described by its definition in a card', async () => {
    const html = await render('A [sidecar](g:sidecar) proxy.', undefined, '/atlas/');
    expect(html).toMatch(/<a href="\/atlas\/glossary\/#sidecar" class="cna-term__link" aria-describedby="term-def-1"/);
    expect(html).toMatch(/<span id="term-tip-1" class="cna-term__tip"[^>]*><span id="term-def-1" class="cna-term__def">A helper container that runs beside the main container in the same Pod\.<\/span>/);
  });
  it('puts a link to the full entry in the card, out of the tab order, with the base path once', async () => {
    const html = await render('A [sidecar](g:sidecar) proxy.', undefined, '/atlas/');
    expect(html).toMatch(/<a href="\/atlas\/glossary\/#sidecar" class="cna-term__more" tabindex="-1"[^>]*>Full entry in the glossary<\/a><\/span>/);
    expect(html).not.toContain('role="tooltip"');
  });
  it('uses the Chinese glossary and path on Chinese pages', async () => {
    const html = await render('[边车](g:sidecar)', `${root}/content/zh-cn/mesh/page.mdx`);
    expect(html).toContain('href="/zh-cn/glossary/#sidecar"');
    expect(html).toContain('与主容器运行在同一个 Pod 中的辅助容器。');
    expect(html).toContain('>在术语表中查看完整词条</a>');
  });
  it('fails on an unknown term with the file and line', async () => {
    await expect(render('line one\n\nSee [x](g:no-such-term).')).rejects.toThrow(/content\/en\/mesh\/page\.mdx:3: unknown glossary term "no-such-term"/);
  });
  it('fails on a term that exists in English but not in the translation', async () => {
    await expect(render('[网格](g:service-mesh)', `${root}/content/zh-cn/mesh/page.mdx`)).rejects.toThrow(/unknown glossary term "service-mesh".*zh-cn/);
  });
});

describe('internal links and heading anchors', () => {
  it('adds the base path and the locale to site links and leaves external ones', async () => {
    const html = await render('[a](/kubernetes/pods/#probes) [b](https://kubernetes.io/)', `${root}/content/zh-cn/mesh/page.mdx`, '/atlas/');
    expect(html).toContain('href="/atlas/zh-cn/kubernetes/pods/#probes"');
    expect(html).toContain('href="https://kubernetes.io/"');
  });
  it('gives ## and ### headings an id and a labelled self-link beside them', async () => {
    const html = await render('## Copy-on-write\n\n### 命名空间\n\n#### Deep');
    expect(html).toContain('<div class="cna-heading cna-heading--h2"><h2 id="copy-on-write">Copy-on-write</h2><a class="cna-anchor" href="#copy-on-write" aria-label="Link to this section: Copy-on-write"');
    expect(html).toContain('<h3 id="命名空间">');
    expect(html).not.toContain('href="#deep"');
  });
});

describe('mermaid diagrams', () => {
  const source = 'flowchart LR\n  accTitle: Two boxes\n  accDescr: A points to B.\n  A --> B';
  it('inlines both cached renders with the caption from accTitle and accDescr', async () => {
    mkdirSync(join(root, 'content/diagrams'), { recursive: true });
    const light = cachePath(root, diagramKey(source, 'light', 'test'));
    const dark = cachePath(root, diagramKey(source, 'dark', 'test'));
    writeFileSync(light, '<svg id="l" viewBox="0 0 10 10"><title>Two boxes</title></svg>');
    writeFileSync(dark, '<svg id="d" viewBox="0 0 10 10"></svg>');
    try {
      const html = await render(`\`\`\`mermaid\n${source}\n\`\`\``);
      expect(html).toMatch(/<figure class="cna-diagram">/);
      expect(html).toMatch(/cna-diagram__render--light"><svg id="l"/);
      expect(html).toMatch(/cna-diagram__render--dark"><svg id="d"/);
      expect(html).toContain('<figcaption><strong>Two boxes</strong> A points to B.</figcaption>');
    } finally {
      rmSync(light);
      rmSync(dark);
    }
  });
  it('fails with the file, line and the command to run when a render is missing', async () => {
    await expect(render(`intro\n\n\`\`\`mermaid\n${source}\n\`\`\``)).rejects.toThrow(/page\.mdx:3: no cached light render .*Run `npm run diagrams`/);
  });
  it('requires accTitle and accDescr', async () => {
    await expect(render('```mermaid\nflowchart LR\n  A --> B\n```')).rejects.toThrow(/page\.mdx:1: .*needs both "accTitle/);
  });
});

describe('quiz blocks', () => {
  const good = 'q: Which is right?\n  learn: /containers/history/#docker\n  options:\n    - text: This\n      correct: true\n      why: Because it is the right one.\n    - text: That\n      why: Because it is the wrong one.';
  it('turns a valid block into a Quiz element with the questions as data', async () => {
    const file = new VFile({ value: `\`\`\`quiz\n- ${good}\n\`\`\``, path: `${root}/content/en/a/b.mdx` });
    const tree = unified().use(remarkParse).parse(file);
    await unified().use(remarkQuiz).run(tree, file);
    const node = (tree as unknown as { children: { type: string; name: string; attributes: { name: string; value: string }[] }[] }).children[0];
    expect(node).toMatchObject({ type: 'mdxJsxFlowElement', name: 'Quiz' });
    expect(JSON.parse(node.attributes[0].value)[0]).toMatchObject({ q: 'Which is right?', multiple: false, options: [{ correct: true }, { correct: false }] });
  });
  it('fails naming the question when no option is correct', async () => {
    const bad = good.replace('correct: true', 'correct: false');
    await expect(render(`\`\`\`quiz\n- ${good}\n- ${bad}\n\`\`\``)).rejects.toThrow(/page\.mdx:1: question 2: no option is marked correct/);
  });
  it('fails when a single-answer question has two right answers', async () => {
    const two = good.replace('why: Because it is the wrong one.', 'why: Because it is the wrong one.\n      correct: true');
    await expect(render(`\`\`\`quiz\n- ${two}\n\`\`\``)).rejects.toThrow(/2 options are correct: set multiple: true/);
  });
  it('fails on a learn link that is not a site path', async () => {
    await expect(render(`\`\`\`quiz\n- ${good.replace('/containers/history/#docker', 'https://x.org')}\n\`\`\``)).rejects.toThrow(/question 1 \(learn\)/);
  });
});

describe('content locale for callouts', () => {
  it('tells a Callout the language of the file it is written in', async () => {
    const { remarkContentLocale } = await import('../../../src/markdown/remark-content-locale');
    const remarkMdx = (await import('remark-mdx')).default;
    for (const [dir, expected] of [['en', 'en'], ['zh-cn', 'zh-cn']] as const) {
      const file = new VFile({ value: '<Callout type="myth" title="x">Text.</Callout>', path: `${root}/content/${dir}/a/b.mdx` });
      const tree = unified().use(remarkParse).use(remarkMdx).parse(file);
      await unified().use(remarkContentLocale).run(tree, file);
      const found: { name?: string; attributes: { name: string; value: string }[] }[] = [];
      visit(tree, (n) => {
        if ((n as { name?: string }).name === 'Callout') found.push(n as unknown as (typeof found)[number]);
      });
      expect(found).toHaveLength(1);
      expect(found[0].attributes.find((a) => a.name === 'locale')?.value).toBe(expected);
    }
  });
});
