/**
 * `npm run headers`: regenerates deploy/nginx/{atlas,security-headers}.conf and deploy/caddy/Caddyfile from
 * src/lib/headers.ts and the CSP hashes of the build in dist/ (run `npm run build` first).
 * `--check` only compares and exits 1 when a file is stale. `--base=/atlas/` prints a subpath variant.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { caddyfile, nginxSecurityHeaders, nginxServer } from '../src/lib/headers-config';
import { buildScriptHashes } from './lib/build-hashes';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const base = args.find((a) => a.startsWith('--base='))?.slice('--base='.length);
const scriptHashes = buildScriptHashes(join(root, 'dist'));
if (base) {
  console.log(nginxServer({ base }));
  process.exit(0);
}
const files = [
  ['deploy/nginx/atlas.conf', nginxServer({})],
  ['deploy/nginx/security-headers.conf', nginxSecurityHeaders({ scriptHashes })],
  ['deploy/caddy/Caddyfile', caddyfile({ scriptHashes })],
] as const;
let stale = 0;
for (const [rel, text] of files) {
  const path = join(root, rel);
  let current = '';
  try { current = readFileSync(path, 'utf8'); } catch {}
  if (current === text) continue;
  if (args.includes('--check')) {
    console.error(`${rel} is stale: run \`npm run build && npm run headers\``);
    stale += 1;
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${rel}`);
  }
}
process.exit(stale > 0 ? 1 : 0);
