/**
 * <cna-serverless>: the serverless autoscaling lab. Reads its settings from the URL
 * (serverless.*), runs the simulation core, renders controls, results, chart, table,
 * events and a log line in a role="status" region, and writes the settings back with
 * history.replaceState.
 */
import { attachChallenges } from './challenge-panel';
import { serverlessChallenges } from '../sim/serverless/challenges';
import { DURATION, parse, run, serialize, summarize, targetPerPod, URL_PREFIX, type Settings, type SimState } from '../sim/serverless';
import { escapeHtml, readQuery, readStrings, tr, writeQuery, type Strings } from './lab-kit';
import { chartSvg, controlsHtml, eventsHtml, money, secs, summaryHtml, tableHtml, valueText } from './serverless-view';

let counter = 0;

class CnaServerless extends HTMLElement {
  private str: Strings = {};
  private settings!: Settings;
  private state!: SimState;
  private inspectT = 0;
  private timer = 0;
  private uid = '';
  private log: string[] = [];

  connectedCallback(): void {
    if (this.uid) return;
    attachChallenges(this, serverlessChallenges);
    this.uid = `sl${++counter}`;
    this.str = readStrings(this);
    this.settings = parse(location.search);
    const t = Number(readQuery().get(`${URL_PREFIX}t`));
    this.inspectT = Number.isInteger(t) && t >= 0 && t < DURATION ? t : 0;
    this.innerHTML = this.shell();
    this.addEventListener('submit', (e) => e.preventDefault());
    this.addEventListener('input', (e) => this.onInput(e));
    this.addEventListener('change', (e) => this.onInput(e, true));
    this.addEventListener('click', (e) => {
      if ((e.target as HTMLElement).closest('[data-action="seed"]')) {
        this.settings = { ...this.settings, seed: (this.settings.seed % 9999) + 1 };
        this.renderControls();
        this.recompute();
      }
    });
    this.recompute(false);
  }

  private $(sel: string): HTMLElement | null {
    return this.querySelector(sel);
  }

  private shell(): string {
    const s = this.str;
    const id = this.uid;
    return `<form class="sl-controls" data-part="controls"></form>
<section class="sl-results" aria-labelledby="${id}-res"><h3 id="${id}-res">${tr(s, 'results')}</h3><p class="sl-muted" data-part="target"></p><div data-part="summary"></div></section>
<figure class="sl-figure"><figcaption id="${id}-cap"><strong>${tr(s, 'chartTitle')}</strong> ${tr(s, 'chartCaption')}</figcaption>
<p class="sl-legend"><span class="sl-key sl-key-solid" aria-hidden="true"></span>${tr(s, 'legendInstances')} <span class="sl-key sl-key-dashed" aria-hidden="true"></span>${tr(s, 'legendReady')} <span class="sl-key sl-key-band" aria-hidden="true"></span>${tr(s, 'legendPanicBand')}</p>
<div class="sl-chart-box" data-part="chart" tabindex="0" role="region" aria-label="${tr(s, 'chartTitle')}"></div><p class="sl-visually-hidden" id="${id}-desc" data-part="desc"></p></figure>
<div class="cna-lab-field sl-inspect"><label for="${id}-t">${tr(s, 'inspect')}</label><input id="${id}-t" type="range" min="0" max="${DURATION - 1}" step="1" value="${this.inspectT}" data-inspect><p class="sl-readout" data-part="inspect"></p></div>
<details class="sl-details"><summary>${tr(s, 'table')}</summary><div class="cna-lab-scroll" data-part="table" tabindex="0" role="region" aria-label="${tr(s, 'table')}"></div></details>
<section aria-labelledby="${id}-ev"><h3 id="${id}-ev">${tr(s, 'events')}</h3><div data-part="events"></div></section>
<p class="sl-note">${tr(s, 'simplifications')}</p>
<section class="cna-lab-log" aria-labelledby="${id}-log"><h3 id="${id}-log">${tr(s, 'log')}</h3><p role="status" data-part="status"></p><ol data-part="log"></ol></section>`;
  }

  private renderControls(): void {
    const form = this.$('[data-part="controls"]');
    if (!form) return;
    const active = document.activeElement instanceof HTMLElement && this.contains(document.activeElement) ? document.activeElement.id : '';
    form.innerHTML = controlsHtml(this.uid, this.settings, this.str);
    if (active) document.getElementById(active)?.focus();
  }

  private onInput(e: Event, committed = false): void {
    const el = e.target as HTMLInputElement | HTMLSelectElement;
    if (el.tagName === 'SELECT' && !committed) return;
    if (el.hasAttribute('data-inspect')) {
      this.inspectT = Number(el.value);
      this.renderInspect();
      this.writeUrl();
      return;
    }
    const key = el.dataset.key as keyof Settings | undefined;
    if (!key) return;
    if (el instanceof HTMLInputElement && el.type === 'number' && el.value.trim() === '') return;
    const value = key === 'mode' || key === 'pattern' ? el.value : Number(el.value);
    const next = parse(serialize({ ...this.settings, [key]: value } as Settings));
    const modeChanged = next.mode !== this.settings.mode;
    this.settings = next;
    const out = this.querySelector(`#${this.uid}-${key}-out`);
    if (out) out.innerHTML = valueText(this.str, key, next);
    if (el.type === 'range') el.setAttribute('aria-valuetext', out?.textContent ?? el.value);
    if (modeChanged) this.renderControls();
    window.clearTimeout(this.timer);
    if (committed) this.recompute();
    else this.timer = window.setTimeout(() => this.recompute(), 150);
  }

  private recompute(announce = true): void {
    window.clearTimeout(this.timer);
    if (!this.$('[data-part="controls"] fieldset')) this.renderControls();
    this.state = run(this.settings);
    const sum = summarize(this.state);
    const s = this.str;
    const set = (part: string, html: string) => {
      const el = this.$(`[data-part="${part}"]`);
      if (el) el.innerHTML = html;
    };
    set('target', this.settings.mode === 'knative'
      ? tr(s, 'target', { n: targetPerPod(this.settings.cc, this.settings.util) })
      : tr(s, 'lambdaTarget'));
    set('summary', summaryHtml(sum, this.settings, s));
    set('table', tableHtml(this.state.history, s));
    set('events', eventsHtml(this.state.events, s));
    const peakAt = this.state.history.find((h) => h.instances === sum.peakInstances)?.t ?? 0;
    set('desc', tr(s, 'chartDesc', { peak: sum.peakInstances, t: peakAt, cold: sum.coldStarts, zero: this.state.history.filter((h) => h.instances === 0).length }));
    this.renderInspect();
    this.writeUrl();
    if (announce) {
      const line = tr(s, 'logLine', {
        mode: s[`mode.${this.settings.mode}`] ?? this.settings.mode,
        pattern: s[`pattern.${this.settings.pattern}`] ?? this.settings.pattern,
        cold: sum.coldStarts, p99: secs(sum.p99), peak: sum.peakInstances,
        fn: money(s, sum.functionMonth), srv: money(s, sum.serverMonth),
      });
      this.log = [line, ...this.log].slice(0, 6);
      set('status', line);
      set('log', this.log.slice(1).map((l) => `<li>${l}</li>`).join(''));
    }
  }

  private renderInspect(): void {
    const h = this.state.history[this.inspectT];
    const chart = this.$('[data-part="chart"]');
    if (chart) chart.innerHTML = chartSvg(this.state.history, this.inspectT, this.str, `${this.uid}-desc`);
    const out = this.$('[data-part="inspect"]');
    if (!out || !h) return;
    out.innerHTML = tr(this.str, 'inspectLine', {
      t: h.t, instances: h.instances, ready: h.ready, conc: h.concurrency.toFixed(1), waiting: h.waiting,
    }) + (h.panic ? escapeHtml(this.str.inspectPanic ?? '') : '');
  }

  private writeUrl(): void {
    const ours = new URLSearchParams(serialize(this.settings));
    if (this.inspectT > 0) ours.set(`${URL_PREFIX}t`, String(this.inspectT));
    writeQuery(URL_PREFIX, ours);
  }
}

if (!customElements.get('cna-serverless')) customElements.define('cna-serverless', CnaServerless);
