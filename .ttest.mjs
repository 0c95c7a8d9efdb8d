import { readFileSync, readdirSync } from 'node:fs';
import YAML from 'yaml';
const g = YAML.parse(readFileSync('content/glossary/en/containers.yaml','utf8'));
const extra = {kubernetes:['Kubernetes'], kubelet:['kubelet'], cncf:['CNCF'], dockershim:['dockershim'], cni:['CNI'], rkt:['rkt'], 'apache-mesos':['Mesos'], 'docker-swarm':['Docker Swarm'], pod:['Pod'], node:['node']};
const dir='content/en/containers';
for (const f of readdirSync(dir)) {
  const s = readFileSync(dir+'/'+f,'utf8');
  let body = s.replace(/^---[\s\S]*?---/, '').replace(/```[\s\S]*?```/g, '').replace(/^#+ .*$/gm,'').replace(/title="[^"]*"/g,'').replace(/`[^`]*`/g,'');
  const linked = new Set([...s.matchAll(/\]\(g:([a-z0-9-]+)\)/g)].map(m=>m[1]));
  const miss = [];
  const entries = g.map(e=>[e.id,[e.term,...(e.aliases||[])]]).concat(Object.entries(extra));
  for (const [id, names] of entries) {
    if (linked.has(id)) continue;
    for (const n of names) { const re = new RegExp('(^|[^A-Za-z0-9-])'+n.replace(/[.*+?^${}()|[\]\\]/g,'\\$&')+'([^A-Za-z0-9-]|$)', n.length<=4||/[A-Z]/.test(n)?'':'i'); if (re.test(body)) { miss.push(id+'('+n+')'); break; } }
  }
  console.log(f, ':', miss.join(', '));
}
