/**
 * <cna-mesh>: the service-mesh traffic lab. Reads its settings and actions from the URL
 * (mesh-* parameters), renders controls, the state and a log, and writes the URL back.
 */
import { attachChallenges } from './challenge-panel';
import { meshChallenges } from '../sim/mesh/challenges';
import { createState, parse, parseActions, replay, sendBatch, serialize, summarize, wait, type MeshSettings, type MeshState } from '../sim/mesh';
import { buildControls } from './mesh-controls';
import { h, readStrings, translator, writeQuery, type Str } from './lab-kit';
import { eventLines, renderState, secs } from './mesh-view';

const WAIT_CHOICES = [1, 5, 10, 30, 60];

class MeshLab extends HTMLElement {
  private state!: MeshState;
  private view!: HTMLElement;
  private status!: HTMLElement;
  private logList!: HTMLElement;
  private sendBtn!: HTMLButtonElement;
  private sync: () => void = () => {};

  private t: Str = translator({});

  connectedCallback(): void {
    if (this.view) return;
    attachChallenges(this, meshChallenges);
    this.t = translator(readStrings(this));
    const settings = parse(location.search);
    this.state = replay(settings, parseActions(location.search));
    const t = this.t;

    const controls = h('div', { class: 'mesh-controls' });
    this.sync = buildControls(controls, t, () => this.state.settings, (s) => this.changeSettings(s));
    this.sendBtn = h('button', { type: 'button', class: 'mesh-primary' }) as HTMLButtonElement;
    this.sendBtn.addEventListener('click', () => this.send());
    const waitId = `mesh-wait-${Math.random().toString(36).slice(2, 7)}`;
    const waitSel = h('select', { id: waitId }, ...WAIT_CHOICES.map((n) => h('option', { value: String(n) }, t('wait.option', { s: n })))) as HTMLSelectElement;
    waitSel.value = '10';
    const waitBtn = h('button', { type: 'button' }, t('btn.wait'));
    waitBtn.addEventListener('click', () => this.doWait(Number(waitSel.value)));
    const resetBtn = h('button', { type: 'button' }, t('btn.reset'));
    resetBtn.addEventListener('click', () => this.reset());
    const actions = h('div', { class: 'mesh-actions' }, this.sendBtn, h('label', { for: waitId }, t('wait.label')), waitSel, waitBtn, resetBtn);

    this.view = h('div', { class: 'mesh-state' });
    this.status = h('p', { role: 'status', class: 'mesh-status' });
    this.logList = h('ol', { class: 'mesh-log' });
    const log = h('section', { class: 'cna-lab-ruled cna-lab-log', 'aria-label': t('log.heading') }, h('h3', {}, t('log.heading')), this.status, this.logList);

    this.replaceChildren(h('p', { class: 'mesh-muted' }, t('note.simplified')), controls, actions, this.view, log);
    this.render();
    this.announce([t('log.loaded', { t: secs(this.state.clock) })]);
  }

  private render(): void {
    this.sendBtn.textContent = this.t('btn.send', { n: this.state.settings.batch });
    this.sync();
    renderState(this.view, this.t, this.state);
  }

  private writeUrl(): void {
    writeQuery('mesh-', serialize(this.state.settings, this.state.actions));
  }

  private announce(lines: string[]): void {
    this.status.textContent = lines.join(' ');
    for (const line of lines) this.logList.prepend(h('li', {}, line));
    while (this.logList.children.length > 30) this.logList.lastElementChild?.remove();
  }

  private commit(next: MeshState, lines: string[]): void {
    this.state = next;
    this.writeUrl();
    this.render();
    this.announce(lines);
  }

  private changeSettings(s: MeshSettings): void {
    const next = createState(parse(serialize(s)));
    this.commit(next, [this.t('log.settings')]);
  }

  private send(): void {
    const before = this.state.events.length;
    const next = sendBatch(this.state);
    const last = next.last;
    if (!last) return;
    const sum = summarize(last);
    const lines = [
      this.t('log.batch', { b: last.index + 1, n: last.requests.length, v1: sum.perVersion.v1, v2: sum.perVersion.v2, ok: sum.ok, failed: sum.failed, retried: sum.retried, timedOut: sum.timedOut, t: secs(next.clock) }),
      ...(sum.rejected ? [this.t('log.rejected', { n: sum.rejected })] : []),
      ...(sum.faultAborted ? [this.t('log.aborted', { n: sum.faultAborted })] : []),
      ...eventLines(this.t, next.events.slice(before)),
    ];
    this.commit(next, lines);
  }

  private doWait(seconds: number): void {
    const before = this.state.events.length;
    const next = wait(this.state, seconds);
    this.commit(next, [this.t('log.wait', { s: seconds, t: secs(next.clock) }), ...eventLines(this.t, next.events.slice(before))]);
  }

  private reset(): void {
    this.commit(createState(this.state.settings), [this.t('log.reset')]);
  }
}

if (!customElements.get('cna-mesh')) customElements.define('cna-mesh', MeshLab);
