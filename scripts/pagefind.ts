/**
 * Builds the Pagefind search index into <outDir>/pagefind after `astro build`.
 * Only each page's data-pagefind-body is indexed; each language gets its own index. The glossary
 * page itself is not indexed: every term is its own record instead (src/lib/search-records.ts).
 * usage: tsx scripts/pagefind.ts [outDir=dist]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { loadGlossaryDir } from '../src/lib/glossary-data';
import { glossaryRecords } from '../src/lib/search-records';

const root = join(import.meta.dirname, '..');
/** Every language with a glossary (content/glossary/<locale>/). */
const locales = readdirSync(join(root, 'content/glossary'));

const site = process.argv[2] ?? 'dist';
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site });
if (added.errors.length > 0) throw new Error(`Pagefind failed to index ${site}: ${added.errors.join('; ')}`);
if (added.page_count === 0) throw new Error(`Pagefind indexed no pages in ${site}: is data-pagefind-body missing?`);
let terms = 0;
for (const locale of locales) {
  const strings = JSON.parse(readFileSync(join(root, 'content/i18n', `${locale}.json`), 'utf8')) as Record<string, string>;
  const glossary = loadGlossaryDir(join(root, 'content/glossary', locale));
  if (glossary.size === 0) throw new Error(`content/glossary/${locale}/ has no terms to index`);
  for (const record of glossaryRecords(glossary.values(), locale, { aka: strings['glossary.aka'] })) {
    const result = await index.addHTMLFile(record);
    if (result.errors.length > 0) throw new Error(`Pagefind could not index the glossary record ${record.url}: ${result.errors.join('; ')}`);
    terms++;
  }
}
const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`pagefind: indexed ${added.page_count} pages and ${terms} glossary terms into ${site}/pagefind`);
