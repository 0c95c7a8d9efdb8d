/**
 * <cna-layers>: the image layers, namespaces and cgroups lab. The state is a replay of
 * the reader's actions, kept in the URL (layers.*) with history.replaceState; each
 * action is announced in a role="status" line.
 */
import { attachChallenges } from './challenge-panel';
import { layersChallenges } from '../sim/layers/challenges';
import {
  HIGH_OPTIONS, hostPid, MAX_OPTIONS, parse, replay, serialize, STEP_OPTIONS, STEPS, URL_PREFIX, usage,
  type Action, type ActionResult, type ContainerId, type LabSettings, type LabState, type MemOp,
} from '../sim/layers';
import { memoryHtml, namespacesHtml } from './layers-proc-view';
import { escapeHtml, fmt, otherParams, readStrings, replaceQuery, tr, type Strings } from './lab-kit';
import { dockerfileHtml, imageLayersHtml, mergedHtml, pathOptions, size, uppersHtml } from './layers-view';

let counter = 0;
const limitLabel = (v: number | null) => (v === null ? 'max' : `${v} MiB`);

class CnaLayers extends HTMLElement {
  private str: Strings = {};
  private settings!: LabSettings;
  private state!: LabState;
  private uid = '';
  private path = '/etc/passwd';
  private step = 16;
  private log: string[] = [];

  connectedCallback(): void {
    if (this.uid) return;
    attachChallenges(this, layersChallenges);
    this.uid = `ly${++counter}`;
    this.str = readStrings(this);
    this.settings = parse(location.search);
    this.innerHTML = this.shell();
    this.addEventListener('submit', (e) => e.preventDefault());
    this.addEventListener('click', (e) => {
      const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
      if (button) this.onAction(button);
    });
    this.addEventListener('change', (e) => this.onChange(e.target as HTMLInputElement | HTMLSelectElement));
    this.update();
  }

  private shell(): string {
    const s = this.str;
    const id = this.uid;
    const btn = (action: string, key: string) => `<button type="button" data-action="${action}">${tr(s, key)}</button>`;
    const opts = (values: readonly (number | null)[], current: number | null) =>
      values.map((v) => `<option value="${v ?? 'max'}"${v === current ? ' selected' : ''}>${escapeHtml(limitLabel(v))}</option>`).join('');
    const { limits } = this.settings;
    return `<section aria-labelledby="${id}-a"><h3 id="${id}-a">${tr(s, 'partA')}</h3>
<div data-part="dockerfile"></div>
<div class="ly-buttons">${btn('build', 'build')}${btn('build-all', 'buildAll')}${btn('start', 'start')}${btn('reset', 'reset')}</div>
<div class="cna-lab-field"><label for="${id}-style">${tr(s, 'style')}</label><select id="${id}-style" data-setting="style"><option value="opaque">${tr(s, 'style.opaque')}</option><option value="explicit">${tr(s, 'style.explicit')}</option></select></div>
<div data-part="layers"></div>
<form class="ly-ops"><fieldset data-part="ops"><legend>${tr(s, 'ops')}</legend>
<p class="ly-muted" data-part="ops-hint"></p>
<fieldset class="ly-radios"><legend>${tr(s, 'container')}</legend>${(['A', 'B'] as const).map((c) => `<label><input type="radio" name="${id}-c" value="${c}" data-setting="selected"> ${tr(s, 'containerName', { c })}</label>`).join('')}</fieldset>
<div class="cna-lab-field"><label for="${id}-path">${tr(s, 'path')}</label><select id="${id}-path" data-setting="path"></select></div>
<div class="ly-buttons">${btn('append', 'append')}${btn('delete', 'delete')}${btn('recreate', 'recreate')}</div>
<div class="cna-lab-field"><label for="${id}-new">${tr(s, 'newFile')}</label><div class="ly-inline"><input id="${id}-new" type="text" value="/tmp/notes.txt" spellcheck="false" autocomplete="off">${btn('create', 'create')}</div></div>
</fieldset></form>
<div data-part="uppers"></div><div data-part="merged"></div></section>
<section aria-labelledby="${id}-b"><h3 id="${id}-b">${tr(s, 'partB')}</h3><div data-part="ns"></div>
<form class="ly-ops"><fieldset><legend>${tr(s, 'mem.title')}</legend><p class="ly-muted">${tr(s, 'mem.limitNote')}</p>
<div class="ly-grid"><div class="cna-lab-field"><label for="${id}-high">memory.high</label><select id="${id}-high" data-setting="high">${opts(HIGH_OPTIONS, limits.high)}</select></div>
<div class="cna-lab-field"><label for="${id}-max">memory.max</label><select id="${id}-max" data-setting="max">${opts(MAX_OPTIONS, limits.max)}</select></div>
<div class="cna-lab-field"><label for="${id}-step">${tr(s, 'mem.step')}</label><select id="${id}-step" data-setting="step">${STEP_OPTIONS.map((v) => `<option value="${v}"${v === this.step ? ' selected' : ''}>${v} MiB</option>`).join('')}</select></div></div>
<div class="ly-buttons">${btn('alloc', 'mem.alloc')}${btn('read', 'mem.read')}${btn('free', 'mem.free')}${btn('restart', 'mem.restart')}</div>
</fieldset></form><div data-part="mem"></div></section>
<p class="ly-muted">${tr(s, 'simplifications')}</p>
<section class="cna-lab-log" aria-labelledby="${id}-log"><h3 id="${id}-log">${tr(s, 'log')}</h3><p role="status" data-part="status"></p><ol data-part="log"></ol></section>`;
  }

  private partEl(name: string): HTMLElement | null {
    return this.querySelector(`[data-part="${name}"]`);
  }

  private onAction(button: HTMLButtonElement): void {
    const action = button.dataset.action ?? '';
    const c = this.settings.selected;
    const memOps: Record<string, MemOp> = {
      alloc: { op: 'alloc', mib: this.step }, read: { op: 'read', mib: this.step }, free: { op: 'free' }, restart: { op: 'restart' },
    };
    if (action === 'reset') {
      this.settings = { ...this.settings, actions: [], memOps: [] };
      this.update(fmt(this.str, 'result.reset'), button);
    } else if (action === 'build-all') {
      const remaining = Math.max(0, STEPS.length - this.state.built);
      const builds: Action[] = Array.from({ length: remaining }, () => ({ type: 'build' }));
      this.push(builds.length ? builds : [{ type: 'build' }], button);
    } else if (action === 'build' || action === 'start') {
      this.push([{ type: action }], button);
    } else if (action === 'create') {
      const input = this.querySelector<HTMLInputElement>(`#${this.uid}-new`);
      this.push([{ type: 'create', container: c, path: (input?.value ?? '').trim() }], button);
    } else if (action === 'append' || action === 'delete' || action === 'recreate') {
      this.push([{ type: action, container: c, path: this.path }], button);
    } else if (memOps[action]) {
      const op = memOps[action];
      this.settings = { ...this.settings, memOps: [...this.settings.memOps, op] };
      this.update(undefined, button);
      this.announce(this.memLine(op));
    }
  }

  private push(actions: Action[], button: HTMLButtonElement): void {
    this.settings = { ...this.settings, actions: [...this.settings.actions, ...actions] };
    this.update(undefined, button);
    const results = this.state.results.slice(-actions.length);
    this.announce(results.map((r, i) => { const a = actions[i]; return a ? this.resultLine(a, r) : ''; }).join(' '));
  }

  private onChange(el: HTMLInputElement | HTMLSelectElement): void {
    const key = el.dataset.setting;
    if (key === 'path') this.path = el.value;
    else if (key === 'step') this.step = Number(el.value);
    else if (key === 'selected') {
      this.settings = { ...this.settings, selected: el.value === 'B' ? 'B' : 'A' };
      this.update(fmt(this.str, 'result.selected', { c: this.settings.selected }));
    } else if (key === 'style') {
      this.settings = { ...this.settings, style: el.value === 'explicit' ? 'explicit' : 'opaque' };
      this.update(fmt(this.str, `result.style.${this.settings.style}`));
    } else if (key === 'high' || key === 'max') {
      const v = el.value === 'max' ? null : Number(el.value);
      this.settings = { ...this.settings, memOps: [], limits: { ...this.settings.limits, [key]: v } };
      this.update(fmt(this.str, 'result.limits', { high: limitLabel(this.settings.limits.high), max: limitLabel(this.settings.limits.max) }));
    }
  }

  private resultLine(action: Action, r: ActionResult): string {
    const s = this.str;
    if (!r.ok) return fmt(s, `error.${r.error}`, { path: 'path' in action ? action.path : '' });
    if (r.kind === 'built') return fmt(s, 'result.built', { n: r.layer, instruction: STEPS[r.layer - 1]?.instruction ?? '' });
    if (r.kind === 'started') return fmt(s, 'result.started', { n: STEPS.length });
    const c = 'container' in action ? action.container : this.settings.selected;
    const path = 'path' in action ? action.path : '';
    const values = { c, path, size: r.kind === 'copied-up' ? size(r.bytes) : '', n: r.kind === 'copied-up' ? r.fromLayer : '' };
    return fmt(s, `result.${r.kind}`, values);
  }

  private memLine(op: MemOp): string {
    const m = this.state.memory;
    const outcome = this.state.memResults[this.state.memResults.length - 1] ?? 'ok';
    const { high, max } = this.settings.limits;
    const mib = 'mib' in op ? op.mib : 0;
    return fmt(this.str, `mem.result.${op.op === 'read' && outcome === 'ok' ? 'read' : outcome}`, {
      mib, used: usage(m), high: limitLabel(high), max: limitLabel(max), n: m.events.oom_kill, pid: hostPid(m.restarts),
    });
  }

  private announce(line: string): void {
    if (!line) return;
    this.log = [line, ...this.log].slice(0, 8);
    const status = this.partEl('status');
    if (status) status.textContent = line;
    const list = this.partEl('log');
    if (list) list.innerHTML = this.log.slice(1).map((l) => `<li>${escapeHtml(l)}</li>`).join('');
  }

  private update(message?: string, focusFrom?: HTMLButtonElement): void {
    const s = this.str;
    const state = replay(this.settings);
    this.state = state;
    const set = (name: string, html: string) => {
      const el = this.partEl(name);
      if (el) el.innerHTML = html;
    };
    set('dockerfile', dockerfileHtml(state, s));
    set('layers', imageLayersHtml(state, this.settings.style, s));
    set('uppers', uppersHtml(state, s));
    set('merged', mergedHtml(state, this.settings.selected, s));
    set('ns', namespacesHtml(state, s));
    set('mem', memoryHtml(state, this.settings.limits, s));
    set('ops-hint', state.started ? tr(s, 'opsHint') : tr(s, 'notStarted'));
    this.querySelectorAll<HTMLElement>('[data-pct]').forEach((bar) => { bar.style.inlineSize = `${bar.dataset.pct ?? 0}%`; });
    const c: ContainerId = this.settings.selected;
    const pathSelect = this.querySelector<HTMLSelectElement>(`#${this.uid}-path`);
    if (pathSelect) {
      pathSelect.innerHTML = pathOptions(state, c, this.path, s);
      this.path = pathSelect.value;
    }
    this.querySelectorAll<HTMLInputElement>('input[type="radio"]').forEach((r) => { r.checked = r.value === c; });
    const style = this.querySelector<HTMLSelectElement>(`#${this.uid}-style`);
    if (style) style.value = this.settings.style;
    const ops = this.partEl('ops') as HTMLFieldSetElement | null;
    if (ops) ops.disabled = !state.started;
    const disable = (action: string, off: boolean) => {
      const b = this.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
      if (b) b.disabled = off;
    };
    const full = state.built >= STEPS.length;
    disable('build', state.started || full);
    disable('build-all', state.started || full);
    disable('start', state.started || !full);
    for (const a of ['alloc', 'read', 'free']) disable(a, !state.memory.alive);
    if (focusFrom?.disabled) {
      const next = [...this.querySelectorAll<HTMLElement>('button:not(:disabled), select:not(:disabled)')].find((b) => focusFrom.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      next?.focus();
    }
    this.writeUrl();
    if (message) this.announce(message);
  }

  private writeUrl(): void {
    const params = otherParams(URL_PREFIX);
    // Keep "/" and "," readable in the query; both are allowed there (RFC 3986).
    const ours = serialize(this.settings).replace(/%2F/g, '/').replace(/%2C/g, ',');
    const query = [params.toString(), ours].filter(Boolean).join('&');
    replaceQuery(query);
  }
}

if (!customElements.get('cna-layers')) customElements.define('cna-layers', CnaLayers);
