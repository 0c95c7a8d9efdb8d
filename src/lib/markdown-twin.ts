/**
 * The Markdown twin of a page: the page's MDX source turned into plain CommonMark + GFM that a
 * reader's tools (and language models) can read without running anything. Headings, prose,
 * tables and code come through as written; Mermaid diagrams stay as their ```mermaid source;
 * glossary links (g:id) and site links become absolute URLs; callouts become block quotes;
 * a ```quiz block becomes a list of questions with the answers marked; a <Lab> becomes a
 * sentence that links to the interactive page. Anything else written as JSX fails loudly, so
 * a new component cannot silently vanish from the twin.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import type { BlockContent, Code, Link, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { parse as parseYaml } from 'yaml';

export interface TwinStrings {
  /** Callout labels by type: note, tip, warning, myth. */
  callout: Record<string, string>;
  /** "Check your understanding" */
  quizTitle: string;
  /** "(correct)" marker after a right answer. */
  correct: string;
  /** "Learn more" label for a question's section link. */
  learn: string;
  /** Sentence for an interactive lab, followed by the page URL; {title} is filled in. */
  lab: string;
  /** "Sources" heading. */
  sources: string;
  /** "Web page: {url}", the line that names the HTML page. */
  pageUrl: string;
}

export interface TwinInput {
  /** The MDX source, frontmatter included. */
  source: string;
  /** Where the source lives, for error messages. */
  file: string;
  title: string;
  description: string;
  /** Absolute URL of the HTML page. */
  url: string;
  sources: { title: string; url?: string }[];
  /** Absolute URL for a site path written in the content ("/kubernetes/x/#a"), in the page's language. */
  siteUrl: (path: string) => string;
  /** Absolute URL of a glossary entry; undefined for an unknown id. */
  glossaryUrl: (id: string) => string | undefined;
  /** The title of a lab, by id; undefined for an unknown id. */
  labTitle: (id: string) => string | undefined;
  strings: TwinStrings;
}

interface QuizQuestion {
  q: string;
  learn?: string;
  options: { text: string; correct?: boolean; why?: string }[];
}

type Jsx = {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: RootContent[];
  position?: { start: { line: number } };
};

const FRONTMATTER = /^---\n[\s\S]*?\n---\n/;

/** Inline HTML-like elements that MDX parses as JSX and that have a Markdown equivalent. */
const inlineElements: Record<string, (children: PhrasingContent[]) => PhrasingContent | PhrasingContent[]> = {
  strong: (children) => ({ type: 'strong', children }),
  b: (children) => ({ type: 'strong', children }),
  em: (children) => ({ type: 'emphasis', children }),
  i: (children) => ({ type: 'emphasis', children }),
  code: (children) => ({ type: 'inlineCode', value: children.map(textOf).join('') }),
  br: () => ({ type: 'break' }),
  abbr: (children) => children,
  span: (children) => children,
  kbd: (children) => ({ type: 'inlineCode', value: children.map(textOf).join('') }),
};

function textOf(node: RootContent): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as RootContent[]).map(textOf).join('');
  return '';
}

function attr(el: Jsx, name: string): string | undefined {
  const a = el.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
}

/** Offsets the frontmatter removed, so error lines point into the real file. */
function lineIn(input: TwinInput, offset: number, line: number | undefined): string {
  return line === undefined ? input.file : `${input.file}:${line + offset}`;
}

export function markdownTwin(input: TwinInput): string {
  const frontmatter = FRONTMATTER.exec(input.source)?.[0] ?? '';
  const lineOffset = frontmatter.split('\n').length - 1;
  const body = input.source.slice(frontmatter.length);
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(body) as Root;
  const where = (line?: number) => lineIn(input, lineOffset, line);

  const convertLink = (node: Link) => {
    if (node.url.startsWith('g:')) {
      const id = node.url.slice(2);
      const url = input.glossaryUrl(id);
      if (!url) throw new Error(`${where(node.position?.start.line)}: unknown glossary term "${id}" in the Markdown twin`);
      node.url = url;
    } else if (node.url.startsWith('/') && !node.url.startsWith('//')) {
      node.url = input.siteUrl(node.url);
    } else if (node.url.startsWith('#')) {
      node.url = input.url + node.url;
    }
  };

  const quizBlocks = (node: Code): RootContent[] => {
    let questions: QuizQuestion[];
    try {
      questions = parseYaml(node.value) as QuizQuestion[];
    } catch (error) {
      throw new Error(`${where(node.position?.start.line)}: the quiz block is not valid YAML: ${(error as Error).message}`);
    }
    const items = questions.map((q, i): BlockContent => {
      const options = q.options.map((o) => `   - ${o.text}${o.correct ? ` ${input.strings.correct}` : ''}${o.why ? `: ${o.why}` : ''}`);
      const learn = q.learn ? [`   ${input.strings.learn}: ${input.siteUrl(q.learn)}`] : [];
      return { type: 'html', value: [`${i + 1}. ${q.q}`, ...options, ...learn].join('\n') } as never;
    });
    return [{ type: 'heading', depth: 2, children: [{ type: 'text', value: input.strings.quizTitle }] }, ...(items as RootContent[])];
  };

  // Depth-first rewrite of a list of children; returns the new list.
  const rewrite = (children: RootContent[], inline: boolean): RootContent[] =>
    children.flatMap((node): RootContent[] => {
      switch (node.type) {
        case 'mdxjsEsm':
          return [];
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          // Only comments are allowed: {/* #heading-id */} and notes to authors.
          if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) return [];
          throw new Error(`${where(node.position?.start.line)}: the Markdown twin cannot show the expression {${node.value.trim()}}`);
        case 'link':
          convertLink(node);
          node.children = rewrite(node.children, true) as PhrasingContent[];
          return [node];
        case 'code':
          if (node.lang === 'quiz') return quizBlocks(node);
          return [node];
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          return jsx(node as unknown as Jsx, inline);
        case 'heading': {
          // {/* #id */} at the end leaves a trailing space behind.
          node.children = rewrite(node.children, true) as PhrasingContent[];
          const last = node.children.at(-1);
          if (last?.type === 'text') last.value = last.value.trimEnd();
          return [node];
        }
        default:
          if ('children' in node) {
            (node as { children: RootContent[] }).children = rewrite(node.children as RootContent[], inline || node.type === 'paragraph' || node.type === 'tableCell');
          }
          return [node];
      }
    });

  const jsx = (el: Jsx, inline: boolean): RootContent[] => {
    const name = el.name ?? '';
    const line = el.position?.start.line;
    if (name === 'Callout') {
      const type = attr(el, 'type') ?? 'note';
      const label = input.strings.callout[type];
      if (!label) throw new Error(`${where(line)}: <Callout type="${type}"> has no label in the Markdown twin`);
      const title = attr(el, 'title');
      const head: Paragraph = {
        type: 'paragraph',
        children: [{ type: 'strong', children: [{ type: 'text', value: title ? `${label}: ${title}` : label }] }],
      };
      return [{ type: 'blockquote', children: [head, ...(rewrite(el.children, false) as BlockContent[])] }];
    }
    if (name === 'Lab') {
      const id = attr(el, 'id') ?? '';
      const title = input.labTitle(id);
      if (!title) throw new Error(`${where(line)}: <Lab id="${id}"> is not a known lab`);
      const text = input.strings.lab.replace('{title}', title);
      const link: Link = { type: 'link', url: input.url, children: [{ type: 'text', value: input.url }] };
      // The page shows the lab under its own h2, so the twin does too.
      return [
        { type: 'heading', depth: 2, children: [{ type: 'text', value: title }] },
        { type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: text }] }, { type: 'text', value: ' ' }, link] },
      ];
    }
    const inlineEl = inlineElements[name];
    if (inlineEl) {
      const kids = rewrite(el.children, true) as PhrasingContent[];
      const out = inlineEl(kids);
      const list = (Array.isArray(out) ? out : [out]) as RootContent[];
      return inline || el.type === 'mdxJsxTextElement' ? list : [{ type: 'paragraph', children: list as PhrasingContent[] }];
    }
    throw new Error(`${where(line)}: <${name}> has no Markdown form: teach src/lib/markdown-twin.ts how to write it`);
  };

  tree.children = rewrite(tree.children, false);

  const sourceItems = input.sources.map((s) => `- ${s.url ? `[${s.title}](${s.url})` : s.title}`).join('\n');
  const text = unified()
    .use(remarkGfm)
    .use(remarkStringify, { bullet: '-', fences: true, rule: '-', emphasis: '*', listItemIndent: 'one' })
    .stringify(tree);
  return [
    `# ${input.title}`,
    '',
    `> ${input.description}`,
    '',
    input.strings.pageUrl.replace('{url}', input.url),
    '',
    text.trim(),
    '',
    `## ${input.strings.sources}`,
    '',
    sourceItems,
    '',
  ].join('\n');
}

/** Headings (## and ###) of a Markdown text, outside code fences: for checking a twin against its page. */
export function markdownHeadings(markdown: string): string[] {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker) {
      if (!fence) fence = marker;
      else if (marker.startsWith(fence)) fence = undefined;
      continue;
    }
    if (fence) continue;
    const m = /^(#{2,3})\s+(.+?)\s*#*\s*$/.exec(line);
    if (m) out.push(m[2].replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1').replace(/[`*_]/g, ''));
  }
  return out;
}
