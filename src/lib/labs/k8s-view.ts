/** Renders the state of the Kubernetes lab: Deployment, ReplicaSets, node cards and Pending Pods. */
import {
  EVICTION_DELAY_TICKS,
  currentRevision,
  deploymentStatus,
  formatIntOrPercent,
  isComplete,
  maxSurgeOf,
  maxUnavailableOf,
  nodeUsage,
  podPhase,
  rsStatus,
  ticksToEviction,
  type K8sState,
  type LabEvent,
  type NodeState,
} from '../sim/k8s';
import { h, type Str } from './lab-kit';

/** One log line for one core event. */
export function eventLine(t: Str, e: LabEvent): string {
  const key = e.key === 'podBound' && e.values.balanced === '-' ? 'podBoundNoBalance' : e.key;
  return t(`log.${key}`, e.values);
}

function table(caption: string, head: string[], rows: (string | number)[][]): HTMLElement {
  return h(
    'div',
    { class: 'cna-lab-scroll', tabindex: 0, role: 'region', 'aria-label': caption },
    h(
      'table',
      {},
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c, i) => h(i === 0 ? 'th' : 'td', i === 0 ? { scope: 'row' } : {}, String(c)))))),
    ),
  );
}

function meter(label: string, used: number, total: number): HTMLElement {
  const pct = total === 0 ? 0 : Math.round((used / total) * 100);
  const fill = h('span', { class: 'k8s-bar-fill' });
  fill.style.width = `${Math.min(100, pct)}%`;
  return h('div', { class: 'k8s-meter' }, h('span', {}, label), h('span', { class: 'k8s-bar', 'aria-hidden': 'true' }, fill));
}

function nodeCard(t: Str, s: K8sState, n: NodeState): HTMLElement {
  const used = nodeUsage(s, n);
  const left = ticksToEviction(s, n, EVICTION_DELAY_TICKS);
  const pods = s.pods.filter((p) => p.node === n.name).sort((a, b) => a.name.localeCompare(b.name));
  const podItems = pods.map((p) => {
    const phase = podPhase(s, p);
    return h('li', { 'data-phase': phase }, h('code', {}, p.name), ' ', h('span', { class: 'k8s-image' }, p.image), ' ', h('span', { class: 'k8s-badge' }, t(`phase.${phase}`)));
  });
  const action = n.ready ? 'fail' : 'recover';
  return h(
    'li',
    { class: 'k8s-node', 'data-ready': String(n.ready) },
    h('h4', {}, n.name, ' ', h('span', { class: 'k8s-badge' }, t(n.ready ? 'node.ready' : 'node.notReady'))),
    n.taints.length > 0 && h('p', { class: 'k8s-taints' }, t('node.taints', { taints: n.taints.map((x) => `${x.key}:${x.effect}`).join(', ') })),
    left !== null && pods.some((p) => p.terminatingSince === null) && h('p', { class: 'k8s-evict' }, t('node.evictIn', { ticks: left })),
    meter(t('node.cpu', { used: used.cpu, total: n.cpu, pct: Math.round((used.cpu / n.cpu) * 100) }), used.cpu, n.cpu),
    meter(t('node.memory', { used: used.memory, total: n.memory, pct: Math.round((used.memory / n.memory) * 100) }), used.memory, n.memory),
    podItems.length > 0 ? h('ul', { class: 'k8s-pods', 'aria-label': t('node.podsLabel', { node: n.name }) }, ...podItems) : h('p', { class: 'k8s-muted' }, t('node.noPods')),
    h('button', { type: 'button', 'data-action': action, 'data-node': n.name, 'data-key': `node-${n.name}` }, t(n.ready ? 'button.failNode' : 'button.recoverNode', { node: n.name })),
  );
}

export function renderState(view: HTMLElement, t: Str, s: K8sState): void {
  const d = s.deployment;
  const st = deploymentStatus(s);
  const surgePods = maxSurgeOf(d);
  const unavailablePods = maxUnavailableOf(d);
  const rsRows = [...s.replicaSets]
    .sort((a, b) => b.revision - a.revision)
    .map((rs) => {
      const x = rsStatus(s, rs);
      return [rs.name, rs.revision, rs.template.image, `${rs.template.cpu}m / ${rs.template.memory} MiB`, rs.replicas, x.replicas, x.ready];
    });
  const pending = s.pods.filter((p) => p.node === null && p.terminatingSince === null);
  view.replaceChildren(
    h('h3', {}, t('state.heading'), ' ', h('span', { class: 'k8s-muted' }, t('state.tick', { tick: s.tick }))),
    h(
      'p',
      {},
      t('state.deployment', { revision: currentRevision(s), image: d.template.image }),
      ' ',
      h('span', { class: 'k8s-badge', 'data-done': String(isComplete(s)) }, t(isComplete(s) ? 'state.rolloutDone' : 'state.rolloutProgress')),
    ),
    h('p', { class: 'k8s-muted' }, t('state.budget', {
      surge: formatIntOrPercent(d.maxSurge),
      surgePods,
      maxPods: d.replicas + surgePods,
      unavailable: formatIntOrPercent(d.maxUnavailable),
      unavailablePods,
      minAvailable: d.replicas - unavailablePods,
    })),
    table(t('table.deployment'), [t('col.name'), t('col.desired'), t('col.current'), t('col.updated'), t('col.ready'), t('col.available')], [
      [d.name, d.replicas, st.replicas, st.updated, st.ready, st.available],
    ]),
    table(t('table.rs'), [t('col.rs'), t('col.revision'), t('col.image'), t('col.requests'), t('col.desired'), t('col.current'), t('col.ready')], rsRows),
    h('h3', {}, t('nodes.heading')),
    h('ul', { class: 'k8s-nodes' }, ...s.nodes.map((n) => nodeCard(t, s, n))),
    h('h3', {}, t('pending.heading')),
    pending.length === 0
      ? h('p', { class: 'k8s-muted' }, t('pending.none'))
      : h('ul', { class: 'k8s-pending' }, ...pending.map((p) => h('li', {}, h('code', {}, p.name), ': ', p.pendingReason ? h('code', {}, p.pendingReason) : t('pending.waiting')))),
  );
}
