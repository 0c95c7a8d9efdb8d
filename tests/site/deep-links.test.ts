/**
 * Deep links survive a language switch: every section of a current Chinese translation has the
 * same #id as on the English page, so /zh-cn/<chapter>/<page>/#x and /<chapter>/<page>/#x match.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { loadSite } from './built-site';
import { distDir, root } from '../e2e/harness';
import { frontmatterSourceHash, pageState } from '../../src/lib/translation';

const pages = new Map(loadSite(distDir).map((p) => [p.path, p]));
function sectionIds(path: string): string[] {
  const page = pages.get(path);
  if (!page) throw new Error(`${path} was not built`);
  const ids: string[] = [];
  visit(page.tree, 'element', (el: Element) => {
    if ((el.tagName === 'h2' || el.tagName === 'h3') && typeof el.properties.id === 'string' && el.properties.id !== '_top') ids.push(el.properties.id);
  });
  return ids;
}

describe('section ids in both languages', () => {
  const translated = [...pages.keys()].filter((p) => /^zh-cn\/[a-z-]+\/[a-z0-9-]+\/$/.test(p) && p.split('/').length === 4);

  it('checks the Chinese chapter pages', () => {
    expect(translated.length).toBeGreaterThan(40);
  });

  it('gives every section of a current translation the id of its English section', () => {
    const problems: string[] = [];
    for (const zh of translated) {
      const en = zh.replace(/^zh-cn\//, '');
      const [chapter, slug] = en.split('/');
      const enFile = join(root, 'content/en', chapter, `${slug}.mdx`);
      const zhFile = join(root, 'content/zh-cn', chapter, `${slug}.mdx`);
      if (!existsSync(zhFile)) continue;
      const state = pageState(readFileSync(enFile, 'utf8'), { sourceHash: frontmatterSourceHash(readFileSync(zhFile, 'utf8')) });
      if (state !== 'current') continue;
      const want = sectionIds(en);
      const got = sectionIds(zh);
      if (want.join(' ') !== got.join(' ')) problems.push(`${zh}: ids [${got.join(', ')}] differ from ${en}: [${want.join(', ')}]`);
    }
    expect(problems).toEqual([]);
  });
});
