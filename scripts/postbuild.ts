/**
 * After `astro build` and Pagefind: writes <outDir>/_headers (Netlify, Cloudflare Pages) from the
 * CSP hashes Astro put in the pages, then a .gz and a .br next to every text file.
 * usage: tsx scripts/postbuild.ts [outDir=dist]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFile } from '../src/lib/headers-config';
import { precompressDir } from '../src/lib/precompress';
import { buildScriptHashes } from './lib/build-hashes';

const outDir = process.argv[2] ?? 'dist';
const scriptHashes = buildScriptHashes(outDir);
writeFileSync(join(outDir, '_headers'), headersFile({ scriptHashes, base: process.env.BASE_PATH }));
const c = precompressDir(outDir);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;
console.log(`postbuild: _headers (${scriptHashes.length} script hashes); precompressed ${c.files} files, ${mb(c.bytes)} -> gzip ${mb(c.gzipBytes)}, brotli ${mb(c.brotliBytes)}`);
