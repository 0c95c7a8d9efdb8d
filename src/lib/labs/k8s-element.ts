/**
 * <cna-k8s>: the Kubernetes control-loop and scheduler lab. Reads its settings from the URL
 * (k8s-* parameters), renders controls, the cluster state and a log, calls the pure core in
 * src/lib/sim/k8s/, and writes changed settings back with history.replaceState.
 */
import { attachChallenges } from './challenge-panel';
import { k8sChallenges } from '../sim/k8s/challenges';
import {
  LIMITS,
  PARAM_PREFIX,
  createState,
  deletePod,
  failNode,
  formatIntOrPercent,
  isSettled,
  nextImage,
  parse,
  parseIntOrPercent,
  previousRevision,
  recoverNode,
  rollback,
  scale,
  serialize,
  setRequests,
  setStrategy,
  settingsOf,
  step,
  updateImage,
  type K8sState,
} from '../sim/k8s';
import { buildControls, type Action, type Controls } from './k8s-controls';
import { h, readStrings, translator, writeQuery, type Str } from './lab-kit';
import { eventLine, renderState } from './k8s-view';

const TICK_MS = 1000;
const LOG_LIMIT = 120;

/** A whole number within [min, max] from an input, or null. */
function wholeNumber(input: HTMLInputElement, min: number, max: number): number | null {
  const text = input.value.trim();
  if (!/^\d+$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

class K8sLab extends HTMLElement {
  private state!: K8sState;
  private t: Str = translator({});
  private controls!: Controls;
  private view!: HTMLElement;
  private status!: HTMLElement;
  private logList!: HTMLElement;
  private timer: number | undefined;

  connectedCallback(): void {
    if (this.view) return;
    attachChallenges(this, k8sChallenges);
    const strings = readStrings(this);
    this.t = translator(strings);
    const t = this.t;
    this.state = createState(parse(location.search));
    this.controls = buildControls(t, (a) => this.act(a));
    this.view = h('div', { class: 'k8s-state' });
    this.view.addEventListener('click', (e) => this.nodeButton(e));
    this.status = h('p', { role: 'status', class: 'k8s-status' });
    this.logList = h('ol', { class: 'k8s-log', tabindex: 0, 'aria-label': t('log.heading') });
    const simplifications = Object.keys(strings).filter((k) => k.startsWith('simplify.item')).sort();
    this.replaceChildren(
      this.controls.root,
      this.view,
      h('details', { class: 'k8s-notes' }, h('summary', {}, t('simplify.heading')), h('ul', {}, ...simplifications.map((k) => h('li', {}, t(k))))),
      h('section', { class: 'cna-lab-ruled', 'aria-label': t('log.heading') }, h('h3', {}, t('log.heading')), this.status, this.logList),
    );
    this.syncInputs();
    this.render();
    this.log(this.state.events.map((e) => eventLine(t, e)), false);
  }

  disconnectedCallback(): void {
    this.pause();
  }

  private syncInputs(): void {
    const s = settingsOf(this.state);
    const c = this.controls;
    c.replicas.value = String(s.replicas);
    c.cpu.value = String(s.cpu);
    c.memory.value = String(s.memory);
    c.surge.value = formatIntOrPercent(s.maxSurge);
    c.unavailable.value = formatIntOrPercent(s.maxUnavailable);
    c.nodes.value = String(s.nodes);
    c.seed.value = String(s.seed);
  }

  private render(): void {
    const active = document.activeElement;
    const key = active instanceof HTMLElement && this.view.contains(active) ? active.dataset.key : undefined;
    renderState(this.view, this.t, this.state);
    if (key) this.view.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus();
    const c = this.controls;
    c.buttons.image.textContent = this.t('button.updateImage', { image: nextImage(this.state) });
    c.buttons.rollback.disabled = previousRevision(this.state) === undefined;
    const selected = c.pod.value;
    const pods = this.state.pods.filter((p) => p.terminatingSince === null).map((p) => p.name).sort();
    c.pod.replaceChildren(...pods.map((name) => h('option', { value: name }, name)));
    if (pods.includes(selected)) c.pod.value = selected;
    c.buttons.delete.disabled = pods.length === 0;
  }

  /** Prepend lines to the log; announce them in the status region unless announce is false. */
  private log(lines: string[], announce = true): void {
    if (lines.length === 0) return;
    const tick = this.t('state.tick', { tick: this.state.tick });
    // Newest batch on top, each batch in the order it happened.
    for (const line of [...lines].reverse()) this.logList.prepend(h('li', {}, h('span', { class: 'k8s-muted' }, tick), ' ', line));
    while (this.logList.children.length > LOG_LIMIT) this.logList.lastElementChild?.remove();
    if (!announce) return;
    const shown = lines.slice(0, 3);
    if (lines.length > 3) shown.push(this.t('log.more', { n: lines.length - 3 }));
    this.status.textContent = shown.join(' ');
  }

  private commit(next: K8sState, writeUrl: boolean, extra: string[] = []): void {
    this.state = next;
    this.render();
    this.log([...next.events.map((e) => eventLine(this.t, e)), ...extra]);
    if (writeUrl) this.writeUrl();
  }

  private writeUrl(): void {
    writeQuery(PARAM_PREFIX, serialize(settingsOf(this.state)));
  }

  private tick(manual: boolean): void {
    const next = step(this.state);
    const extra: string[] = [];
    if (next.events.length === 0 && manual) extra.push(this.t('log.steady', { tick: next.tick }));
    if (!manual && isSettled(next)) {
      this.pause();
      extra.push(this.t('log.paused'));
    }
    this.commit(next, false, extra);
  }

  private pause(): void {
    if (this.timer !== undefined) window.clearInterval(this.timer);
    this.timer = undefined;
    if (!this.controls) return;
    this.controls.buttons.run.textContent = this.t('button.run');
  }

  private nodeButton(e: Event): void {
    const b = e.target instanceof Element ? e.target.closest<HTMLButtonElement>('button[data-action]') : null;
    const node = b?.dataset.node;
    if (!b || !node) return;
    this.commit(b.dataset.action === 'fail' ? failNode(this.state, node) : recoverNode(this.state, node), false);
  }

  private act(a: Action): void {
    const c = this.controls;
    const s = this.state;
    const error = (key: string) => this.log([this.t(key)]);
    switch (a) {
      case 'scale': {
        const n = wholeNumber(c.replicas, LIMITS.replicas.min, LIMITS.replicas.max);
        return n === null ? error('error.replicas') : this.commit(scale(s, n), true);
      }
      case 'image':
        return this.commit(updateImage(s), false);
      case 'rollback': {
        const next = rollback(s);
        this.commit(next, true);
        c.cpu.value = String(next.deployment.template.cpu);
        c.memory.value = String(next.deployment.template.memory);
        return;
      }
      case 'requests': {
        const cpu = wholeNumber(c.cpu, LIMITS.cpu.min, LIMITS.cpu.max);
        const memory = wholeNumber(c.memory, LIMITS.memory.min, LIMITS.memory.max);
        return cpu === null || memory === null ? error('error.requests') : this.commit(setRequests(s, cpu, memory), true);
      }
      case 'strategy': {
        const surge = parseIntOrPercent(c.surge.value);
        const unavailable = parseIntOrPercent(c.unavailable.value);
        return surge === null || unavailable === null ? error('error.strategy') : this.commit(setStrategy(s, surge, unavailable), true);
      }
      case 'delete':
        return c.pod.value ? this.commit(deletePod(s, c.pod.value), false) : undefined;
      case 'step':
        return this.tick(true);
      case 'run':
        if (this.timer !== undefined) return this.pause();
        this.timer = window.setInterval(() => this.tick(false), TICK_MS);
        c.buttons.run.textContent = this.t('button.pause');
        return;
      case 'reset': {
        this.pause();
        const seed = wholeNumber(c.seed, LIMITS.seed.min, LIMITS.seed.max);
        if (seed === null) return error('error.seed');
        const settings = { ...settingsOf(s), nodes: Number(c.nodes.value), seed };
        this.state = createState(settings);
        this.logList.replaceChildren();
        this.syncInputs();
        this.commit(this.state, true, [this.t('log.reset', { nodes: settings.nodes, seed })]);
      }
    }
  }
}

if (!customElements.get('cna-k8s')) customElements.define('cna-k8s', K8sLab);
