/**
 * Precompression after the build: a .gz and a .br file next to every text file of the site, so
 * servers send them as they are (nginx gzip_static/brotli_static, Caddy precompressed) instead of
 * compressing on every request. Pagefind's index files are gzip already and are left alone.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Extensions of text files worth compressing. */
export const textExtensions = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.webmanifest']);

/** Smaller files gain nothing a server would notice (one TCP packet either way). */
export const minBytes = 256;

/** True for a file the build should precompress (by name and size). */
export function shouldCompress(name: string, size: number): boolean {
  return textExtensions.has(extname(name).toLowerCase()) && size >= minBytes && !name.startsWith('_headers');
}

export interface CompressResult {
  files: number;
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

/** Writes <file>.gz (level 9) and <file>.br (quality 11) for every file under dir that qualifies. */
export function precompressDir(dir: string): CompressResult {
  const result: CompressResult = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
  for (const rel of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = join(dir, rel);
    const stat = statSync(file);
    if (!stat.isFile() || !shouldCompress(rel.split(/[\\/]/).pop() ?? rel, stat.size)) continue;
    const body = readFileSync(file);
    const gz = gzipSync(body, { level: 9 });
    const br = brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    });
    writeFileSync(`${file}.gz`, gz);
    writeFileSync(`${file}.br`, br);
    result.files += 1;
    result.bytes += body.length;
    result.gzipBytes += gz.length;
    result.brotliBytes += br.length;
  }
  return result;
}
