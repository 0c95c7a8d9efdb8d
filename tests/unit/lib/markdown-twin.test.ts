import { describe, expect, it } from 'vitest';
import { markdownHeadings, markdownTwin, type TwinInput } from '../../../src/lib/markdown-twin';

const source = `---
title: Scheduling
description: How Pods land on nodes.
---

import Something from '../x.astro';

## How it works {/* #how-it-works */}

The [scheduler](g:kube-scheduler) picks a node; see [taints](/kubernetes/scheduling/#taints) and [below](#later). <strong>Bold</strong> words.

<Callout type="myth" title="It uses real usage">
It uses **requests**, not usage.
</Callout>

| Field | Meaning |
| --- | --- |
| \`nodeName\` | the node |

\`\`\`mermaid
flowchart LR
  A --> B
\`\`\`

### Later {/* #later */}

<Lab id="k8s-control-loop" />

\`\`\`quiz
- q: What does the scheduler compare?
  learn: /kubernetes/scheduling/#how-it-works
  options:
    - text: Requests
      correct: true
      why: Requests are what it sums per node.
    - text: Live usage
      why: It never reads live usage.
\`\`\`
`;

const input = (over: Partial<TwinInput> = {}): TwinInput => ({
  source,
  file: 'content/en/kubernetes/scheduling.mdx',
  title: 'Scheduling',
  description: 'How Pods land on nodes.',
  url: 'https://atlas.example/kubernetes/scheduling/',
  sources: [{ title: 'Kubernetes Scheduler', url: 'https://kubernetes.io/docs/concepts/scheduling-eviction/kube-scheduler/' }],
  siteUrl: (p) => `https://atlas.example${p}`,
  glossaryUrl: (id) => (id === 'kube-scheduler' ? `https://atlas.example/glossary/#${id}` : undefined),
  labTitle: (id) => (id === 'k8s-control-loop' ? 'The control loop' : undefined),
  strings: {
    callout: { note: 'Note', tip: 'Try it', warning: 'Warning', myth: 'Common misconception' },
    quizTitle: 'Check your understanding',
    correct: '(correct)',
    learn: 'Section that explains it',
    lab: 'Interactive lab: {title}, on the web page:',
    sources: 'Sources',
    pageUrl: 'Web page: {url}',
  },
  ...over,
});

describe('markdownTwin', () => {
  const md = markdownTwin(input());

  it('starts with the title, the description and the page URL', () => {
    expect(md.split('\n').slice(0, 5)).toEqual(['# Scheduling', '', '> How Pods land on nodes.', '', 'Web page: https://atlas.example/kubernetes/scheduling/']);
  });

  it('drops imports and heading-id comments, keeps headings clean', () => {
    expect(md).not.toContain('import Something');
    expect(md).not.toContain('{/*');
    expect(md).toContain('\n## How it works\n');
    expect(md).toContain('\n### Later\n');
  });

  it('resolves glossary, site and in-page links to absolute URLs', () => {
    expect(md).toContain('[scheduler](https://atlas.example/glossary/#kube-scheduler)');
    expect(md).toContain('[taints](https://atlas.example/kubernetes/scheduling/#taints)');
    expect(md).toContain('[below](https://atlas.example/kubernetes/scheduling/#later)');
    expect(md).not.toContain('g:');
  });

  it('writes inline HTML elements as Markdown', () => {
    expect(md).toContain('**Bold** words');
  });

  it('turns a callout into a block quote with its label and title', () => {
    expect(md).toMatch(/> \*\*Common misconception: It uses real usage\*\*\n>\n> It uses \*\*requests\*\*, not usage\./);
  });

  it('keeps tables and the Mermaid source', () => {
    expect(md).toMatch(/\| Field +\| Meaning +\|/);
    expect(md).toContain('```mermaid\nflowchart LR\n  A --> B\n```');
  });

  it('writes a lab as a heading and a sentence that links to the page', () => {
    expect(md).toContain('\n## The control loop\n');
    expect(md).toContain('*Interactive lab: The control loop, on the web page:* <https://atlas.example/kubernetes/scheduling/>');
  });

  it('writes the quiz as a numbered list with the right answer marked', () => {
    expect(md).toContain('## Check your understanding');
    expect(md).toContain('1. What does the scheduler compare?\n   - Requests (correct): Requests are what it sums per node.\n   - Live usage: It never reads live usage.');
    expect(md).toContain('Section that explains it: https://atlas.example/kubernetes/scheduling/#how-it-works');
  });

  it('ends with the sources', () => {
    expect(md.trimEnd().endsWith('## Sources\n\n- [Kubernetes Scheduler](https://kubernetes.io/docs/concepts/scheduling-eviction/kube-scheduler/)')).toBe(true);
  });

  it('lists the headings a page shows', () => {
    expect(markdownHeadings(md)).toEqual(['How it works', 'Later', 'The control loop', 'Check your understanding', 'Sources']);
  });

  it('fails on an unknown glossary term with the file and line', () => {
    const bad = input({ source: source.replace('g:kube-scheduler', 'g:no-such-term') });
    expect(() => markdownTwin(bad)).toThrow(/content\/en\/kubernetes\/scheduling\.mdx:10: unknown glossary term "no-such-term"/);
  });

  it('fails on a component it cannot write, instead of dropping it', () => {
    const bad = input({ source: `${source}\n<Widget />\n` });
    expect(() => markdownTwin(bad)).toThrow(/scheduling\.mdx:\d+: <Widget> has no Markdown form/);
  });

  it('fails on an unknown lab', () => {
    expect(() => markdownTwin(input({ source: source.replace('k8s-control-loop', 'nope') }))).toThrow(/<Lab id="nope"> is not a known lab/);
  });
});
