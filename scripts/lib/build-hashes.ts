/** The inline-script hashes of a built site: the union of the CSP <meta> of every page. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { scriptHashesOf } from '../../src/lib/headers';

export function buildScriptHashes(outDir: string): string[] {
  if (!existsSync(join(outDir, 'index.html'))) throw new Error(`${outDir} has no index.html: run \`npm run build\` first.`);
  const hashes = new Set<string>();
  for (const rel of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
    if (!rel.endsWith('.html')) continue;
    const found = scriptHashesOf(readFileSync(join(outDir, rel), 'utf8'));
    if (found.length === 0) throw new Error(`${join(outDir, rel)} has no Content-Security-Policy <meta> with script hashes: is security.csp enabled in astro.config.mjs?`);
    for (const h of found) hashes.add(h);
  }
  return [...hashes].sort();
}
