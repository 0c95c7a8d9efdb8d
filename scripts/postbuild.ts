/**
 * After `astro build` and Pagefind: writes <outDir>/_headers (Netlify, Cloudflare Pages) from the
 * CSP hashes Astro put in the pages, then a .gz and a .br next to every text file.
 * usage: tsx scripts/postbuild.ts [outDir=dist]
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { offlineManifest, serviceWorkerSource } from '../src/lib/offline';
import { headersFile } from '../src/lib/headers-config';
import { precompressDir } from '../src/lib/precompress';
import { buildScriptHashes } from './lib/build-hashes';

const outDir = process.argv[2] ?? 'dist';

// The service worker, with this build's version and search index files (before precompression,
// so sw.js gets its .gz and .br too).
const files = (readdirSync(outDir, { recursive: true, withFileTypes: true }))
  .filter((d) => d.isFile())
  .map((d) => relative(outDir, join(d.parentPath, d.name)).split(sep).join('/'))
  .filter((p) => p !== 'sw.js' && !/\.(br|gz)$/.test(p))
  .map((path) => ({ path, digest: createHash('sha256').update(readFileSync(join(outDir, path))).digest('hex') }));
const entry = JSON.parse(readFileSync(join(outDir, 'pagefind/pagefind-entry.json'), 'utf8'));
const manifest = offlineManifest(files, entry);
writeFileSync(join(outDir, 'sw.js'), serviceWorkerSource(manifest, readFileSync(join(import.meta.dirname, '../src/sw/sw.js'), 'utf8')));

const scriptHashes = buildScriptHashes(outDir);
writeFileSync(join(outDir, '_headers'), headersFile({ scriptHashes, base: process.env.BASE_PATH }));
const c = precompressDir(outDir);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;
console.log(`postbuild: sw.js (version ${manifest.version}, search files ${Object.entries(manifest.search).map(([l, f]) => `${l} ${f.length}`).join(', ')}); _headers (${scriptHashes.length} script hashes); precompressed ${c.files} files, ${mb(c.bytes)} -> gzip ${mb(c.gzipBytes)}, brotli ${mb(c.brotliBytes)}`);
