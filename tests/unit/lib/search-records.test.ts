import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { glossaryPath, glossaryRecord, glossaryRecords } from '../../../src/lib/search-records';
import type { GlossaryTerm } from '../../../src/lib/glossary-data';

const term = (id: string, t: string, aliases: string[] = []): GlossaryTerm => ({
  id, term: t, aliases, short: `${t} in one line <b>bold</b>.`, problem: 'the problem it solves', solution: 'how it helps readers', related: [], chapter: 'x', file: 'x.yaml',
});

describe('glossary search records', () => {
  it('points each record at the term on the glossary page of its language', () => {
    expect(glossaryRecord(term('pod', 'Pod'), 'en', { aka: 'Also called' }).url).toBe('/glossary/#pod');
    expect(glossaryRecord(term('pod', 'Pod'), 'zh-cn', { aka: '又称' }).url).toBe('/zh-cn/glossary/#pod');
    expect(glossaryPath('zh-cn')).toBe('/zh-cn/glossary/');
  });

  it('is a page Pagefind can index: language, title heading, weighted aliases as meta, escaped text', () => {
    const { content } = glossaryRecord(term('namespace', '命名空间', ['Namespace', '名字空间']), 'zh-cn', { aka: '又称' });
    const tree = fromHtml(content);
    const html = tree.children.find((n) => n.type === 'element' && n.tagName === 'html');
    expect(html && 'properties' in html ? html.properties.lang : undefined).toBe('zh-cn');
    expect(content).toContain('<body data-pagefind-body data-pagefind-meta="kind:glossary">');
    expect(content).toContain('<h1>命名空间</h1>');
    expect(content).toContain('<p>又称：<span data-pagefind-meta="aliases" data-pagefind-weight="7">Namespace, 名字空间</span></p>');
    expect(glossaryRecord(term('pod', 'Pod', ['po']), 'en', { aka: 'Also called' }).content).toContain('<p>Also called: <span');
    expect(content).toContain('&lt;b&gt;bold&lt;/b&gt;');
    expect(content).not.toContain('the problem it solves');
  });

  it('leaves out the alias line when a term has none, and sorts records by id', () => {
    expect(glossaryRecord(term('pod', 'Pod'), 'en', { aka: 'Also called' }).content).not.toContain('aliases');
    expect(glossaryRecords([term('b', 'B'), term('a', 'A')], 'en', { aka: 'aka' }).map((r) => r.url)).toEqual(['/glossary/#a', '/glossary/#b']);
  });
});
