/**
 * Builds the Pagefind search index into <outDir>/pagefind after `astro build`.
 * Only each page's data-pagefind-body is indexed; each language gets its own index.
 * usage: tsx scripts/pagefind.ts [outDir=dist]
 */
import * as pagefind from 'pagefind';

const site = process.argv[2] ?? 'dist';
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site });
if (added.errors.length > 0) throw new Error(`Pagefind failed to index ${site}: ${added.errors.join('; ')}`);
if (added.page_count === 0) throw new Error(`Pagefind indexed no pages in ${site}: is data-pagefind-body missing?`);
const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`pagefind: indexed ${added.page_count} pages into ${site}/pagefind`);
