import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadGlossaryDir } from '../../../src/lib/glossary-data';
import { termLinks } from '../../../src/lib/glossary-usage';

const fixtures = join(import.meta.dirname, '../../fixtures');

function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cna-glossary-'));
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
const entry = (id: string, related = '[]') => `- id: ${id}\n  term: T ${id}\n  short: A short definition of ${id}.\n  problem: The problem it solves.\n  solution: How it solves the problem.\n  related: ${related}\n`;

describe('glossary data', () => {
  it('loads terms with their chapter and aliases', () => {
    const g = loadGlossaryDir(join(fixtures, 'site/content/glossary/en'));
    expect([...g.keys()]).toEqual(['sidecar', 'service-mesh']);
    expect(g.get('sidecar')).toMatchObject({ chapter: 'mesh', aliases: ['sidecar proxy'], related: ['service-mesh'] });
  });
  it('names the file, line and field of an invalid term', () => {
    expect(() => loadGlossaryDir(join(fixtures, 'bad-glossary/content/glossary/en'))).toThrow(/a\.yaml:6: term #2 field "id": ids are kebab-case/);
  });
  it('rejects a duplicate id across files', () => {
    const dir = dirWith({ 'a.yaml': entry('pod'), 'b.yaml': entry('pod') });
    expect(() => loadGlossaryDir(dir)).toThrow(/term id "pod" is already defined in .*a\.yaml/);
  });
  it('rejects a related term that does not exist', () => {
    const dir = dirWith({ 'a.yaml': entry('pod', '[node]') });
    expect(() => loadGlossaryDir(dir)).toThrow(/term "pod" lists unknown related term "node"/);
  });
  it('finds the g: links of a page, once each, in order', () => {
    expect(termLinks('A [Pod](g:pod) on a [node](g:node), another [pod](g:pod). Not [this](/x/).')).toEqual(['pod', 'node']);
  });
});
