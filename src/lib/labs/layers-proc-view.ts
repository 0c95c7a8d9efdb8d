/**
 * HTML builders for part B of the layers lab: the process's namespaces and its
 * cgroup v2 memory files.
 */
import { fileValue, hostPid, MIB, usage, type LabState, type MemLimits } from '../sim/layers';
import { tr, type Strings } from './lab-kit';

export function namespacesHtml(state: LabState, str: Strings): string {
  const rows = ['pid', 'net', 'mnt'].map((ns) => `<tr><th scope="row">${tr(str, `ns.${ns}`)}</th><td>${tr(str, `ns.${ns}.inside`, { layers: state.image.length })}</td><td>${tr(str, `ns.${ns}.host`, { pid: hostPid(state.memory.restarts) })}</td></tr>`);
  return `<div class="cna-lab-scroll" tabindex="0" role="region" aria-label="${tr(str, 'ns.title')}"><table><caption>${tr(str, 'ns.title')}</caption><thead><tr><th scope="col">${tr(str, 'col.ns')}</th><th scope="col">${tr(str, 'col.inside')}</th><th scope="col">${tr(str, 'col.host')}</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

export function memoryHtml(state: LabState, limits: MemLimits, str: Strings): string {
  const m = state.memory;
  const used = usage(m);
  const status = !m.alive ? 'status.killed' : m.throttled ? 'status.throttled' : 'status.running';
  const limit = limits.max ?? limits.high;
  const pct = limit ? Math.min(100, (used / limit) * 100) : 0;
  const files: [string, string][] = [
    ['memory.current', String(used * MIB)],
    ['memory.high', fileValue(limits.high)],
    ['memory.max', fileValue(limits.max)],
  ];
  const events = Object.entries(m.events).map(([k, v]) => `${k} ${v}`).join('\n');
  return `<p class="ly-status"><strong>${tr(str, 'mem.status')}</strong> ${tr(str, status)}</p>
<div class="ly-bar" aria-hidden="true"><span data-pct="${pct.toFixed(1)}"></span></div>
<p class="ly-muted">${tr(str, limit ? 'mem.bar' : 'mem.barNoLimit', { used, limit: limit ?? '', anon: m.anon, cache: m.cache })}</p>
<div class="ly-files"><pre aria-label="${tr(str, 'mem.files')}">${files.map(([k, v]) => `${k}: ${v}`).join('\n')}</pre><pre aria-label="memory.events">memory.events:\n${events}</pre></div>`;
}
