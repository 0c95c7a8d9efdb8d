/**
 * HTML builders for part A of the layers lab: the Dockerfile, the image layers as OCI
 * tar entries, each container's upper layer, and the merged view. Every marker is
 * text ("from layer 2", "copied up", "whiteout"), never colour alone.
 */
import {
  containerStack, mergedView, sharedBy, STEPS, toOciEntries, type ContainerId, type Entry, type LabState,
  type Layer, type OciEntry, type Stack, type WhiteoutStyle,
} from '../sim/layers';
import { escapeHtml, fmt, tr, type Strings } from './lab-kit';

export function size(bytes: number): string {
  const mib = 1024 * 1024;
  if (bytes >= mib && bytes % mib < 1024) return `${Math.floor(bytes / mib)} MiB${bytes % mib ? ` + ${bytes % mib} B` : ''}`;
  if (bytes >= mib) return `${(bytes / mib).toFixed(2)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KiB`;
  return `${bytes} B`;
}

const code = (s: string) => `<code>${escapeHtml(s)}</code>`;
const table = (caption: string, head: string[], rows: string[]) =>
  `<div class="cna-lab-scroll" tabindex="0" role="region" aria-label="${caption.replace(/<[^>]+>/g, '').replace(/"/g, '&#34;')}"><table><caption>${caption}</caption><thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;

export function dockerfileHtml(state: LabState, str: Strings): string {
  const items = STEPS.map((step, i) => {
    const status = i < state.built ? tr(str, 'step.built', { n: i + 1 }) : i === state.built ? tr(str, 'step.next') : tr(str, 'step.pending');
    return `<li>${code(step.instruction)} <span class="ly-tag">${status}</span></li>`;
  });
  return `<ol class="ly-dockerfile" aria-label="${tr(str, 'dockerfile')}">${items.join('')}</ol>`;
}

function ociChange(e: OciEntry, layer: Layer, str: Strings): string {
  switch (e.type) {
    case 'dir': return tr(str, 'change.dir');
    case 'whiteout': return tr(str, 'change.whiteout', { path: e.hides });
    case 'opaque': return tr(str, 'change.opaque', { dir: e.dir });
    case 'file': {
      const entry = layer.entries[`/${e.path}`];
      return entry?.kind === 'file' && entry.origin === 'copied-up'
        ? tr(str, 'change.copied', { n: entry.fromLayer ?? '?', size: size(e.size) })
        : tr(str, 'change.file', { size: size(e.size) });
    }
  }
}

export function imageLayersHtml(state: LabState, style: WhiteoutStyle, str: Strings): string {
  if (state.image.length === 0) return `<p>${tr(str, 'noLayers')}</p>`;
  const shared = sharedBy(state);
  const blocks = state.image.map((layer, i) => {
    const lowers = state.image.slice(0, i).reverse();
    const rows = toOciEntries(layer, style, lowers).map((e) => `<tr><td>${code(e.path)}</td><td>${ociChange(e, layer, str)}</td></tr>`);
    const caption = `${tr(str, 'layerCaption', { n: i + 1 })} ${code(STEPS[i]?.instruction ?? '')} <span class="ly-tag">${shared ? tr(str, 'layerShared', { k: shared }) : tr(str, 'layerNotShared')}</span>`;
    return table(caption, [tr(str, 'col.entry'), tr(str, 'col.change')], rows);
  });
  return blocks.reverse().join('');
}

function upperRow(path: string, e: Entry, str: Strings): string {
  let disk: string;
  let meaning: string;
  if (e.kind === 'whiteout') {
    disk = tr(str, 'disk.whiteout');
    meaning = tr(str, 'meaning.whiteout', { path });
  } else if (e.kind === 'dir') {
    disk = tr(str, e.opaque ? 'disk.opaque' : 'disk.dir');
    meaning = tr(str, e.opaque ? 'meaning.opaque' : 'meaning.dir');
  } else {
    disk = tr(str, 'disk.file', { size: size(e.size) });
    meaning = e.origin === 'copied-up' ? tr(str, 'meaning.copied', { n: e.fromLayer ?? '?' }) : tr(str, 'meaning.new');
  }
  return `<tr><td>${code(path)}</td><td>${disk}</td><td>${meaning}</td></tr>`;
}

export function uppersHtml(state: LabState, str: Strings): string {
  if (!state.started) return '';
  return (['A', 'B'] as const).map((c) => {
    const entries = Object.entries(state.uppers[c].entries).sort(([a], [b]) => a.localeCompare(b));
    const caption = tr(str, 'upperTitle', { c });
    if (entries.length === 0) return `<p class="ly-caption"><strong>${caption}</strong> ${tr(str, 'upperEmpty')}</p>`;
    return table(caption, [tr(str, 'col.path'), tr(str, 'col.disk'), tr(str, 'col.meaning')], entries.map(([p, e]) => upperRow(p, e, str)));
  }).join('');
}

/** Name of a layer in a stack (plain text): the upper layer of container c, or "layer n". */
function where(stack: Stack, index: number, c: ContainerId | null, str: Strings): string {
  return c && index === 0 ? fmt(str, 'where.upper', { c }) : fmt(str, 'where.layer', { n: stack.length - index });
}

export function viewStack(state: LabState, c: ContainerId | null): Stack {
  return c && state.started ? containerStack(state, c) : state.image.slice().reverse();
}

export function mergedHtml(state: LabState, selected: ContainerId, str: Strings): string {
  if (state.image.length === 0) return '';
  const c = state.started ? selected : null;
  const stack = viewStack(state, c);
  const { visible, hidden } = mergedView(stack);
  const rows = visible.map((r) => {
    const depth = r.path.split('/').length - 2;
    const name = r.path.slice(r.path.lastIndexOf('/') + 1) + (r.entry.kind === 'dir' ? '/' : '');
    let from: string;
    if (r.entry.kind === 'dir' && r.mergedFrom.length > 1) {
      from = tr(str, 'from.merged', { list: r.mergedFrom.map((j) => where(stack, j, c, str)).join(', ') });
    } else if (c && r.layer === 0) {
      const how = r.entry.kind === 'dir' ? (r.entry.opaque ? 'how.opaque' : 'how.dir') : r.entry.origin === 'copied-up' ? 'how.copied' : 'how.new';
      from = tr(str, 'from.upper', { c, how: str[how] ?? how });
    } else {
      from = tr(str, 'from.layer', { n: stack.length - r.layer });
    }
    const type = r.entry.kind === 'dir' ? tr(str, 'type.dir') : tr(str, 'type.file', { size: size(r.entry.size) });
    return `<tr><td><span class="ly-tree ly-d${Math.min(depth, 6)}" title="${escapeHtml(r.path)}">${code(name)}</span></td><td>${type}</td><td>${from}</td></tr>`;
  });
  const title = c ? tr(str, 'mergedTitle', { c }) : tr(str, 'mergedTitleImage');
  const hiddenRows = hidden.map((h) => `<tr><td>${code(h.path)}</td><td>${tr(str, 'where.layer', { n: stack.length - h.layer })}</td><td>${tr(str, `hidden.${h.reason}`, { where: where(stack, h.by, c, str) })}</td></tr>`);
  const hiddenTable = hiddenRows.length
    ? table(tr(str, 'hiddenTitle'), [tr(str, 'col.path'), tr(str, 'col.in'), tr(str, 'col.hiddenBy')], hiddenRows)
    : `<p>${tr(str, 'hiddenNone')}</p>`;
  return table(title, [tr(str, 'col.path'), tr(str, 'col.type'), tr(str, 'col.from')], rows) + hiddenTable;
}

/** Options for the path picker: every visible name in the selected container. */
export function pathOptions(state: LabState, c: ContainerId, current: string, str: Strings): string {
  return mergedView(viewStack(state, c)).visible
    .map((r) => `<option value="${escapeHtml(r.path)}"${r.path === current ? ' selected' : ''}>${escapeHtml(r.path)}${r.entry.kind === 'dir' ? ` (${tr(str, 'type.dir')})` : ''}</option>`)
    .join('');
}
