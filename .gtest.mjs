import { readFileSync, readdirSync } from 'node:fs';
import YAML from 'yaml';
const brief = readFileSync('/tmp/brief-common.md','utf8');
const known = new Set();
for (const line of brief.split('\n')) { const m = line.match(/^- ([a-z-]+): (.*)$/); if (m && m[2].includes(',')) m[2].split(',').map(s=>s.trim()).forEach(i=>known.add(i)); }
const file = process.argv[2], dir = process.argv[3];
const g = YAML.parse(readFileSync(file,'utf8'));
const ids = new Set(); for (const e of g) { if (ids.has(e.id)) console.log('dup', e.id); ids.add(e.id); for (const k of ['id','term','short','problem','solution','related']) if (!e[k]) console.log('missing', k, e.id); }
for (const e of g) for (const r of e.related) if (!ids.has(r) && !known.has(r)) console.log('unknown related', e.id, r);
console.log('entries', g.length);
const used = new Set();
for (const f of readdirSync(dir)) { const s = readFileSync(dir+'/'+f,'utf8'); for (const m of s.matchAll(/\]\(g:([a-z0-9-]+)\)/g)) used.add(m[1]); }
for (const u of used) if (!ids.has(u)) console.log(known.has(u) ? 'other-chapter link' : 'UNKNOWN link', u);
for (const i of ids) if (!used.has(i)) console.log('defined but not linked', i);
for (const e of g) if (e.short.length > 220) console.log('long short', e.id, e.short.length);
