/**
 * HTML builders for the serverless lab: controls, results, the SVG chart and its
 * table alternative. Pure string functions; every visible word comes from `str`.
 */
import { DURATION, RANGES, type SimEvent, type Summary, type TickRecord, type Settings } from '../sim/serverless';
import { escapeHtml, tr, type Strings } from './lab-kit';

export const secs = (v: number): string => (Math.round(v * 100) / 100).toFixed(2);
export function money(str: Strings, v: number): string {
  const digits = v === 0 ? 2 : v < 0.01 ? 5 : v < 10 ? 3 : 2;
  return tr(str, 'money', { v: v.toFixed(digits) });
}

type Control = { key: keyof Settings; label: string; kind: 'range' | 'select' | 'number'; options?: readonly string[] };

export function controlList(s: Settings): { legend: string; controls: Control[] }[] {
  const knative = s.mode === 'knative';
  const scaling: Control[] = knative
    ? [{ key: 'cc', label: 'cc', kind: 'range' }, { key: 'util', label: 'util', kind: 'range' }]
    : [];
  scaling.push(
    { key: 'cold', label: 'cold', kind: 'range' },
    { key: 'minScale', label: knative ? 'min.knative' : 'min.lambda', kind: 'range' },
    { key: 'maxScale', label: knative ? 'max.knative' : 'max.lambda', kind: 'range' },
  );
  if (!knative) scaling.push({ key: 'idle', label: 'idle', kind: 'range' });
  return [
    {
      legend: 'workload',
      controls: [
        { key: 'mode', label: 'mode', kind: 'select', options: ['knative', 'lambda'] },
        { key: 'pattern', label: 'pattern', kind: 'select', options: ['steady', 'spike', 'idle-burst'] },
        { key: 'rate', label: 'rate', kind: 'range' },
        { key: 'service', label: 'service', kind: 'range' },
      ],
    },
    { legend: 'scaling', controls: scaling },
    {
      legend: 'prices',
      controls: [
        { key: 'memMb', label: 'mem', kind: 'select', options: ['128', '256', '512', '1024', '2048', '4096'] },
        { key: 'pricePerGbS', label: 'gbs', kind: 'number' },
        { key: 'pricePerMillion', label: 'req', kind: 'number' },
        { key: 'serverPerHour', label: 'srv', kind: 'number' },
      ],
    },
  ];
}

export function valueText(str: Strings, key: keyof Settings, s: Settings): string {
  if (key === 'cc' && s.cc === 0) return tr(str, 'ccUnlimited');
  return escapeHtml(String(s[key]));
}

function controlHtml(id: string, c: Control, s: Settings, str: Strings): string {
  const cid = `${id}-${c.key}`;
  const label = `<label for="${cid}">${tr(str, c.label)}</label>`;
  const value = s[c.key];
  if (c.kind === 'select') {
    const opts = (c.options ?? []).map((o) => {
      const text = c.key === 'memMb' ? escapeHtml(o) : tr(str, `${c.label}.${o}`);
      return `<option value="${escapeHtml(o)}"${String(value) === o ? ' selected' : ''}>${text}</option>`;
    });
    return `<div class="cna-lab-field">${label}<select id="${cid}" data-key="${c.key}">${opts.join('')}</select></div>`;
  }
  if (c.kind === 'number') {
    return `<div class="cna-lab-field">${label}<input id="${cid}" data-key="${c.key}" type="number" inputmode="decimal" min="0" step="any" value="${escapeHtml(value)}"></div>`;
  }
  const [min, max, step] = RANGES[c.key as keyof typeof RANGES];
  return `<div class="cna-lab-field">${label}<div class="sl-range"><input id="${cid}" data-key="${c.key}" type="range" min="${min}" max="${max}" step="${step}" value="${escapeHtml(value)}" aria-valuetext="${valueText(str, c.key, s)}"><span class="sl-value" id="${cid}-out" aria-hidden="true">${valueText(str, c.key, s)}</span></div></div>`;
}

export function controlsHtml(id: string, s: Settings, str: Strings): string {
  const groups = controlList(s).map((g) => {
    const note = g.legend === 'prices' ? `<p class="sl-note">${tr(str, 'pricesNote')}</p>` : '';
    const extra = g.legend === 'workload'
      ? `<div class="cna-lab-field"><button type="button" data-action="seed">${tr(str, 'seed')}</button><span class="sl-muted">${tr(str, 'seedValue', { n: s.seed })}</span></div>`
      : '';
    return `<fieldset><legend>${tr(str, g.legend)}</legend>${note}${g.controls.map((c) => controlHtml(id, c, s, str)).join('')}${extra}</fieldset>`;
  });
  return groups.join('');
}

export function summaryHtml(sum: Summary, s: Settings, str: Strings): string {
  const rows: [string, string][] = [
    ['requests', String(sum.requests)],
    ['coldStarts', String(sum.coldStarts)],
    ['coldRequests', String(sum.coldRequests)],
    ['p50', secs(sum.p50)],
    ['p95', secs(sum.p95)],
    ['p99', secs(sum.p99)],
    ['peak', String(sum.peakInstances)],
  ];
  if (s.mode === 'knative') rows.push(['panicSeconds', String(sum.panicSeconds)], ['unfinished', String(sum.unfinished)]);
  else rows.push(['throttled', String(sum.throttled)]);
  const dl = rows.map(([k, v]) => `<div><dt>${tr(str, k)}</dt><dd>${escapeHtml(v)}</dd></div>`).join('');
  const bill = `<table class="sl-bill"><caption>${tr(str, 'bill')}</caption>
<thead><tr><td></td><th scope="col">${tr(str, 'billRun', { min: DURATION / 60 })}</th><th scope="col">${tr(str, 'billMonth')}</th></tr></thead>
<tbody><tr><th scope="row">${tr(str, 'billFunction')}</th><td>${money(str, sum.functionRun)}</td><td>${money(str, sum.functionMonth)}</td></tr>
<tr><th scope="row">${tr(str, 'billServer')}</th><td>${money(str, sum.serverRun)}</td><td>${money(str, sum.serverMonth)}</td></tr></tbody></table>
<p class="sl-note">${tr(str, `billNote.${s.mode}`, { gbs: sum.gbSeconds.toFixed(1) })}</p>`;
  return `<dl class="sl-summary">${dl}</dl>${bill}`;
}

/** Inline SVG step chart of instances (solid) and ready instances (dashed), panic bands labelled. */
export function chartSvg(history: readonly TickRecord[], marker: number, str: Strings, descId: string): string {
  const W = 640, H = 220, L = 40, R = 12, T = 14, B = 34;
  const peak = history.reduce((m, h) => Math.max(m, h.instances), 0);
  const yMax = Math.max(2, Math.ceil(peak / 2) * 2);
  const x = (t: number) => L + (t / DURATION) * (W - L - R);
  const y = (v: number) => H - B - (v / yMax) * (H - T - B);
  const path = (pick: (h: TickRecord) => number) => history
    .map((h, i) => `${i === 0 ? 'M' : 'H'}${x(h.t).toFixed(1)}${i === 0 ? ' ' : ' V'}${y(pick(h)).toFixed(1)}`)
    .join(' ') + ` H${x(history.length).toFixed(1)}`;
  let bands = '';
  let start = -1;
  history.forEach((h, i) => {
    const end = i === history.length - 1;
    if (h.panic && start < 0) start = h.t;
    if (start >= 0 && (!h.panic || end)) {
      const stop = h.panic ? h.t + 1 : h.t;
      bands += `<rect class="sl-band" x="${x(start)}" y="${T}" width="${x(stop) - x(start)}" height="${H - T - B}"/><text x="${x(start) + 3}" y="${T + 11}" class="sl-band-label">${tr(str, 'legendPanic')}</text>`;
      start = -1;
    }
  });
  const xt = [0, 60, 120, 180, 240, 300, 360].map((t) => `<line class="sl-grid" x1="${x(t)}" x2="${x(t)}" y1="${T}" y2="${H - B}"/><text x="${x(t)}" y="${H - B + 14}" text-anchor="middle">${t}</text>`).join('');
  const yt = [0, yMax / 2, yMax].map((v) => `<line class="sl-grid" x1="${L}" x2="${W - R}" y1="${y(v)}" y2="${y(v)}"/><text x="${L - 6}" y="${y(v) + 4}" text-anchor="end">${v}</text>`).join('');
  return `<svg viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${descId}" class="sl-chart">
${bands}${xt}${yt}
<path class="sl-line-ready" d="${path((h) => h.ready)}"/><path class="sl-line" d="${path((h) => h.instances)}"/>
<line class="sl-marker" x1="${x(marker + 0.5)}" x2="${x(marker + 0.5)}" y1="${T}" y2="${H - B}"/>
<text x="${(L + W - R) / 2}" y="${H - 4}" text-anchor="middle">${tr(str, 'axisTime')}</text>
<text x="12" y="${(T + H - B) / 2}" text-anchor="middle" transform="rotate(-90 12 ${(T + H - B) / 2})">${tr(str, 'axisInstances')}</text></svg>`;
}

/** Text alternative: one row per 5 s. */
export function tableHtml(history: readonly TickRecord[], str: Strings): string {
  const rows: string[] = [];
  for (let t = 0; t < history.length; t += 5) {
    const slice = history.slice(t, t + 5);
    const last = slice[slice.length - 1];
    if (!last) continue;
    const arrivals = slice.reduce((n, h) => n + h.arrivals, 0);
    const conc = slice.reduce((n, h) => n + h.concurrency, 0) / slice.length;
    rows.push(`<tr><th scope="row">${t}–${t + slice.length}</th><td>${arrivals}</td><td>${last.instances}</td><td>${last.ready}</td><td>${conc.toFixed(1)}</td><td>${tr(str, slice.some((h) => h.panic) ? 'yes' : 'no')}</td></tr>`);
  }
  const head = ['col.t', 'col.arrivals', 'col.instances', 'col.ready', 'col.conc', 'col.panic'].map((k) => `<th scope="col">${tr(str, k)}</th>`).join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export function eventsHtml(events: readonly SimEvent[], str: Strings, limit = 12): string {
  if (events.length === 0) return `<p>${tr(str, 'eventsNone')}</p>`;
  const items = events.slice(0, limit).map((e) => `<li>${tr(str, `event.${e.kind}`, { t: e.t, from: e.from, to: e.to })}</li>`);
  const more = events.length > limit ? `<p class="sl-muted">${tr(str, 'eventsMore', { n: events.length - limit })}</p>` : '';
  return `<ol class="sl-events">${items.join('')}</ol>${more}`;
}
