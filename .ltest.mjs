import { readFileSync, readdirSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import YAML from 'yaml';
const dir = process.argv[2]; const locale = process.argv[3] || 'en';
const pages = {};
for (const f of readdirSync(dir)) {
  const s = readFileSync(dir+'/'+f,'utf8');
  const body = s.replace(/^---[\s\S]*?---/, '').replace(/```[\s\S]*?```/g, '');
  const sl = new GithubSlugger(); const anchors = new Set();
  for (const m of body.matchAll(/^(##|###) (.+)$/gm)) anchors.add(sl.slug(m[2].replace(/`/g,'').replace(/\[([^\]]*)\]\([^)]*\)/g,'$1')));
  pages[f.replace(/\.mdx$/,'')] = { s, anchors };
}
const chapters = ['cloud-native','cncf','containers','kubernetes','serverless','service-mesh','twelve-factor'];
for (const [p, {s}] of Object.entries(pages)) {
  const links = [...s.matchAll(/\]\((\/[^)\s]*)\)/g)].map(m=>m[1]);
  const q = s.match(/```quiz\n([\s\S]*?)```/); if (q) for (const it of YAML.parse(q[1])) links.push(it.learn);
  for (const l of links) {
    const m = l.match(/^\/([a-z-]+)\/(?:([a-z0-9-]+)\/)?(?:#(.+))?$/);
    if (!m) { console.log(p, 'BAD FORMAT', l); continue; }
    const [, ch, pg, an] = m;
    if (!chapters.includes(ch)) { console.log(p, 'unknown chapter', l); continue; }
    if (ch !== 'containers') { if (pg) console.log(p, 'other chapter page link', l); continue; }
    if (!pg) continue;
    if (!pages[pg]) { console.log(p, 'MISSING PAGE', l); continue; }
    if (an && !pages[pg].anchors.has(decodeURIComponent(an))) console.log(p, 'MISSING ANCHOR', l, [...pages[pg].anchors].join(' | '));
  }
}
console.log('checked', Object.keys(pages).length, 'pages');
