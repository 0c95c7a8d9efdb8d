/** Renders the state of the service-mesh lab: mTLS matrix, batch summary, hosts, requests, YAML. */
import {
  ejectionDuration,
  mtlsDecision,
  peerAuthModes,
  summarize,
  type MeshEvent,
  type MeshSettings,
  type MeshState,
} from '../sim/mesh';
import { h, type Str } from './lab-kit';

export const secs = (ms: number) => (ms / 1000).toFixed(1);

function table(caption: string, head: string[], rows: (string | Node)[][], cls = ''): HTMLElement {
  const thead = h('thead', {}, h('tr', {}, ...head.map((x) => h('th', { scope: 'col' }, x))));
  const tbody = h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c, i) => h(i === 0 ? 'th' : 'td', i === 0 ? { scope: 'row' } : {}, c)))));
  return h('div', { class: `cna-lab-scroll ${cls}`, tabindex: '0', role: 'region', 'aria-label': caption }, h('table', {}, h('caption', {}, caption), thead, tbody));
}

function matrix(t: Str, s: MeshSettings): HTMLElement {
  const cell = (mode: MeshSettings['mtlsMode'], sidecar: boolean) => {
    const d = mtlsDecision(mode, sidecar);
    const text = !d.allowed ? t('matrix.reset') : d.transport === 'mtls' ? t('matrix.mtls') : t('matrix.plain');
    const current = mode === s.mtlsMode && sidecar === s.clientSidecar;
    return h('span', { class: `mesh-badge mesh-badge--${d.allowed ? 'ok' : 'danger'}${current ? ' mesh-current' : ''}` }, `${d.allowed ? '✓' : '✗'} ${text}${current ? ` ${t('matrix.current')}` : ''}`);
  };
  const rows = peerAuthModes.map((m) => [m === 'UNSET' ? t('matrix.unset') : m, cell(m, true), cell(m, false)]);
  return table(t('matrix.caption'), [t('matrix.mode'), t('matrix.with'), t('matrix.without')], rows);
}

function summary(t: Str, state: MeshState): HTMLElement {
  const last = state.last;
  if (!last) return h('p', { class: 'mesh-muted' }, t('state.none'));
  const sum = summarize(last);
  const byV = (v: 'v1' | 'v2') => last.requests.filter((r) => r.version === v);
  const rows = (['v1', 'v2'] as const).map((v) => {
    const rs = byV(v);
    return [`reviews ${v}`, String(rs.length), String(rs.filter((r) => r.outcome === 'ok').length), String(rs.filter((r) => r.outcome !== 'ok').length)];
  });
  const facts = (['ok', 'failed', 'retried', 'timedOut', 'faultAborted', 'faultDelayed', 'noHealthy', 'rejected'] as const).map((k) =>
    h('li', {}, `${t(`sum.${k}`)}: ${sum[k]}`),
  );
  return h(
    'div',
    {},
    table(t('sum.caption', { b: last.index + 1, n: last.requests.length }), [t('sum.version'), t('sum.requests'), t('sum.okCol'), t('sum.failedCol')], rows),
    h('ul', { class: 'mesh-facts' }, ...facts),
  );
}

function hosts(t: Str, state: MeshState): HTMLElement {
  const rows = state.hosts.map((host) => {
    const status = host.ejected
      ? h('span', { class: 'mesh-badge mesh-badge--danger' }, `✗ ${t('host.ejected', { t: secs(host.ejectedAt + ejectionDuration(state.settings, host)) })}`)
      : h('span', { class: 'mesh-badge mesh-badge--ok' }, `✓ ${t('host.serving')}`);
    const bad = host.version === state.settings.badVersion && host.index < state.settings.badCount;
    return [host.id + (bad ? ` (${t('host.broken')})` : ''), status, String(host.consecutive5xx), String(host.ejections), String(host.multiplier)];
  });
  return table(t('host.caption'), [t('host.pod'), t('host.state'), t('host.c5'), t('host.ejections'), t('host.multiplier')], rows);
}

function requests(t: Str, state: MeshState): HTMLElement | null {
  const last = state.last;
  if (!last) return null;
  const rows = last.requests.map((r) => [
    `#${r.id}`,
    secs(r.start),
    r.version ?? '-',
    r.tries.map((x) => `${x.pod.replace('reviews-', '')} ${t(`result.${x.result}`)}`).join(' → ') || '-',
    r.status === 0 ? '000' : String(r.status),
    t(`outcome.${r.outcome}`) + (r.faultDelayMs ? ` (+${secs(r.faultDelayMs)} s ${t('req.delayed')})` : ''),
  ]);
  return table(t('req.caption'), [t('req.id'), t('req.start'), t('req.version'), t('req.tries'), t('req.status'), t('req.outcome')], rows, 'mesh-requests');
}

/** The Istio resources that the current settings stand for. */
export function yaml(s: MeshSettings): string {
  const ms = (v: number) => `${v / 1000}s`;
  const vs = [
    'apiVersion: networking.istio.io/v1',
    'kind: VirtualService',
    'metadata:\n  name: reviews',
    'spec:\n  hosts: [reviews]\n  http:\n  - route:',
    `    - destination: {host: reviews, subset: v1}\n      weight: ${s.weights[0]}`,
    `    - destination: {host: reviews, subset: v2}\n      weight: ${s.weights[1]}`,
    s.timeoutMs ? `    timeout: ${ms(s.timeoutMs)}` : '',
    `    retries:\n      attempts: ${s.attempts}` + (s.perTryTimeoutMs ? `\n      perTryTimeout: ${ms(s.perTryTimeoutMs)}` : '') + (s.retryOn.length ? `\n      retryOn: ${s.retryOn.join(',')}` : ''),
    s.abortPercent || s.delayPercent ? '    fault:' : '',
    s.delayPercent ? `      delay:\n        percentage: {value: ${s.delayPercent}}\n        fixedDelay: ${ms(s.delayMs)}` : '',
    s.abortPercent ? `      abort:\n        percentage: {value: ${s.abortPercent}}\n        httpStatus: ${s.abortStatus}` : '',
  ];
  const dr = [
    '---\napiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: reviews\nspec:\n  host: reviews',
    s.outlier
      ? `  trafficPolicy:\n    outlierDetection:\n      consecutive5xxErrors: ${s.consecutive5xx}\n      interval: ${ms(s.intervalMs)}\n      baseEjectionTime: ${ms(s.baseEjectionMs)}\n      maxEjectionPercent: ${s.maxEjectionPercent}`
      : '',
    '  subsets:\n  - name: v1\n    labels: {version: v1}\n  - name: v2\n    labels: {version: v2}',
  ];
  const pa = s.mtlsMode === 'UNSET' ? [] : [`---\napiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata:\n  name: reviews\nspec:\n  selector:\n    matchLabels: {app: reviews}\n  mtls:\n    mode: ${s.mtlsMode}`];
  return [...vs, ...dr, ...pa].filter(Boolean).join('\n');
}

export function renderState(root: HTMLElement, t: Str, state: MeshState): void {
  const s = state.settings;
  const d = mtlsDecision(s.mtlsMode, s.clientSidecar);
  const parts: (Node | null)[] = [
    h('p', { class: 'mesh-clock' }, t('state.clock', { t: secs(state.clock), b: state.batches })),
    h('h3', {}, t('state.mtls')),
    h('p', {}, t(d.allowed ? (d.transport === 'mtls' ? 'state.callMtls' : 'state.callPlain') : 'state.callReset')),
    s.clientSidecar ? null : h('p', { class: 'mesh-note' }, t('note.noSidecar')),
    matrix(t, s),
    h('h3', {}, t('state.batch')),
    summary(t, state),
    h('h3', {}, t('state.hosts')),
    hosts(t, state),
    requests(t, state),
    h('details', {}, h('summary', {}, t('state.yaml')), h('pre', { class: 'mesh-yaml' }, h('code', {}, yaml(s)))),
  ];
  root.replaceChildren(...parts.filter((p): p is Node => p !== null));
}

/** Plain-language log lines for the outlier-detection events of one step. */
export function eventLines(t: Str, events: MeshEvent[]): string[] {
  return events.map((e) =>
    e.kind === 'eject'
      ? t('log.eject', { pod: e.pod, t: secs(e.at), d: secs(e.durationMs), m: e.multiplier })
      : e.kind === 'eject-blocked'
        ? t('log.blocked', { pod: e.pod, t: secs(e.at), p: Math.round(e.percent) })
        : t('log.return', { pod: e.pod, t: secs(e.at) }),
  );
}
