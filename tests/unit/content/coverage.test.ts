/**
 * content/topic-coverage.yaml maps every item of the topic inventory to the page that teaches
 * it. Each entry must point to a real page, every word of its search query must occur on that page (or in
 * a glossary term the page links with g:), and its anchor must be a ##/### heading of the page.
 * The e2e test tests/e2e/coverage-search.test.ts checks that search really finds the page.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadCoverage } from './coverage-map';
import GithubSlugger from 'github-slugger';

const root = join(import.meta.dirname, '../../..');

/**
 * Bullets in the topic inventory (../shared/topic-inventory.md, version of 2026-11-25):
 * CNCF 49, Serverless 49, Containers 37, Kubernetes 50, Service mesh 39, Twelve-factor 13,
 * Cloud native definition 26. Update together with the YAML when the inventory changes.
 */
const INVENTORY_ITEMS = 263;
const SECTIONS: Record<string, number> = {
  CNCF: 49,
  Serverless: 49,
  Containers: 37,
  Kubernetes: 50,
  'Service mesh': 39,
  'Twelve-factor': 13,
  'Cloud native definition': 26,
};

interface Term {
  id: string;
  term: string;
  aliases?: string[];
}

const entries = loadCoverage(root);

const glossaryDir = join(root, 'content/glossary/en');
const terms = new Map<string, Term>(
  readdirSync(glossaryDir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => parse(readFileSync(join(glossaryDir, f), 'utf8')) as Term[])
    .map((t) => [t.id, t]),
);

const pageFile = (page: string) => join(root, 'content/en', `${page.replace(/\/$/, '')}.mdx`);

/** The page source without its frontmatter, link targets and fenced-code markers. */
function pageText(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\s+/g, ' ');
}

/** Heading ids as the site builds them: GitHub-style slugs of the ##/### text, outside code fences. */
function headingIds(source: string): string[] {
  const slugger = new GithubSlugger();
  const ids: string[] = [];
  let fence: string | undefined;
  for (const line of source.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker) {
      if (!fence) fence = marker;
      else if (marker.startsWith(fence)) fence = undefined;
      continue;
    }
    if (fence) continue;
    const heading = /^(#{2,3})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const text = heading[2]
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links keep their text
      .replace(/[`*_]/g, '');
    ids.push(slugger.slug(text));
  }
  return ids;
}

/** Glossary terms and aliases of the ids the page links with g:<id>. */
function linkedTermNames(source: string): string[] {
  const ids = new Set([...source.matchAll(/\]\(g:([a-z0-9-]+)\)/g)].map((m) => m[1]));
  return [...ids].flatMap((id) => {
    const t = terms.get(id);
    return t ? [t.term, ...(t.aliases ?? [])] : [];
  });
}

describe('topic coverage map', () => {
  it('has one entry per inventory item, section by section', () => {
    expect(entries.length).toBe(INVENTORY_ITEMS);
    const counts: Record<string, number> = {};
    for (const e of entries) counts[e.section] = (counts[e.section] ?? 0) + 1;
    expect(counts).toEqual(SECTIONS);
  });

  it('has well-formed entries', () => {
    for (const e of entries) {
      expect(e.item, JSON.stringify(e)).toBeTruthy();
      expect(e.query.trim().split(/\s+/).length, `${e.item}: query "${e.query}" should be 1-3 words`).toBeLessThanOrEqual(3);
      expect(e.page, `${e.item}: page is a path like chapter/page/`).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+\/$/);
    }
  });

  describe.each(entries.map((e) => [`${e.section}: ${e.item}`, e] as const))('%s', (_name, e) => {
    it('points to a page that exists, contains the query, and has the anchor', () => {
      const file = pageFile(e.page);
      expect(existsSync(file), `${e.page}: no file ${file}`).toBe(true);
      const source = readFileSync(file, 'utf8');
      // Pagefind matches words, not phrases: every word of the query must occur on the page
      // (or the whole query in a glossary term the page links).
      const q = e.query.toLowerCase();
      const text = pageText(source).toLowerCase();
      const missing = q.split(/\s+/).filter((w) => !text.includes(w));
      const inGlossary = linkedTermNames(source).some((name) => name.toLowerCase().includes(q));
      expect(
        missing.length === 0 || inGlossary,
        `"${e.query}": ${missing.map((w) => `"${w}"`).join(', ')} not in ${e.page} nor is the query in a glossary term it links`,
      ).toBe(true);
      if (e.anchor) {
        const ids = headingIds(source);
        expect(ids, `#${e.anchor} is not a ##/### heading of ${e.page}`).toContain(e.anchor);
      }
    });
  });
});
