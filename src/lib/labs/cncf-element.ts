/**
 * <cna-cncf>: the CNCF project explorer. Filters (text, level, category, sort, year) live in
 * the URL as cncf-q, cncf-m, cncf-c, cncf-s, cncf-y and the selected project as cncf-p.
 */
import { attachChallenges } from './challenge-panel';
import { cncfChallenges } from '../sim/cncf-challenges';
import { cncfProjects, cncfProjectsAsOf } from '../../data/cncf-projects';
import {
  categories,
  dateForYear,
  filterProjects,
  maturities,
  parse,
  serialize,
  sortKeys,
  yearRange,
  type CncfMaturity,
  type ExplorerState,
} from '../sim/cncf-explorer';
import { categoryLabel, resultsTable, timelineView } from './cncf-view';
import { h, readStrings, translator, writeQuery, type Str } from './lab-kit';

const AS_OF = cncfProjectsAsOf;
let counter = 0;

class CncfLab extends HTMLElement {
  private st!: ExplorerState;
  private results!: HTMLElement;
  private status!: HTMLElement;
  private timer = 0;
  private fields: { sync: () => void }[] = [];

  private t: Str = translator({});

  connectedCallback(): void {
    if (this.results) return;
    attachChallenges(this, cncfChallenges);
    this.t = translator(readStrings(this));
    this.st = parse(location.search, cncfProjects, AS_OF);
    const uid = `cncf${++counter}`;
    const t = this.t;
    const [minY, maxY] = yearRange(cncfProjects, AS_OF);

    const search = h('input', { type: 'search', id: `${uid}-q`, autocomplete: 'off' }) as HTMLInputElement;
    search.addEventListener('input', () => this.update({ q: search.value }, true));
    this.fields.push({ sync: () => (search.value = this.st.q) });

    const levels = h('fieldset', { class: 'cncf-levels' }, h('legend', {}, t('ctl.levels')));
    for (const m of maturities) {
      const box = h('input', { type: 'checkbox', value: m }) as HTMLInputElement;
      box.addEventListener('change', () => this.update({ m: maturities.filter((x) => (x === m ? box.checked : this.st.m.includes(x))) }));
      this.fields.push({ sync: () => (box.checked = this.st.m.includes(m)) });
      levels.append(h('label', {}, box, ` ${t(`mat.${m}`)}`));
    }

    const cat = h('select', { id: `${uid}-c` }, h('option', { value: '' }, t('ctl.allCategories')), ...categories(cncfProjects).map((c) => h('option', { value: c }, categoryLabel(t, c)))) as HTMLSelectElement;
    cat.addEventListener('change', () => this.update({ c: cat.value }));
    this.fields.push({ sync: () => (cat.value = this.st.c) });

    const sort = h('select', { id: `${uid}-s` }, ...sortKeys.map((k) => h('option', { value: k }, t(`sort.${k}`)))) as HTMLSelectElement;
    sort.addEventListener('change', () => this.update({ sort: sort.value as ExplorerState['sort'] }));
    this.fields.push({ sync: () => (sort.value = this.st.sort) });

    const year = h('input', { type: 'range', id: `${uid}-y`, min: String(minY), max: String(maxY), step: '1' }) as HTMLInputElement;
    const yearOut = h('output', { for: `${uid}-y` });
    year.addEventListener('input', () => this.update({ y: Number(year.value) }));
    this.fields.push({ sync: () => { year.value = String(this.st.y); yearOut.textContent = dateForYear(this.st.y, AS_OF); } });

    const reset = h('button', { type: 'button' }, t('btn.reset'));
    reset.addEventListener('click', () => this.update({ q: '', m: [], c: '', y: maxY, sort: 'name', p: '' }));

    const field = (id: string, label: string, input: HTMLElement, extra?: HTMLElement) =>
      h('div', { class: 'cncf-field' }, h('label', { for: id }, label), input, ...(extra ? [extra] : []));
    const controls = h(
      'div',
      { class: 'cncf-controls' },
      field(`${uid}-q`, t('ctl.search'), search),
      levels,
      field(`${uid}-c`, t('ctl.category'), cat),
      field(`${uid}-s`, t('ctl.sort'), sort),
      field(`${uid}-y`, t('ctl.year'), year, yearOut),
      h('div', { class: 'cncf-field' }, reset),
    );
    this.results = h('div', { class: 'cncf-results' });
    this.status = h('p', { role: 'status', class: 'cncf-status' });
    const log = h('section', { class: 'cna-lab-ruled', 'aria-label': t('log.heading') }, h('h3', {}, t('log.heading')), this.status);
    this.replaceChildren(h('p', { class: 'cncf-muted' }, t('note.data', { date: AS_OF })), controls, this.results, log);
    this.render();
  }

  private update(patch: Partial<ExplorerState>, debounce = false): void {
    this.st = { ...this.st, ...patch };
    writeQuery('cncf-', serialize(this.st, AS_OF));
    window.clearTimeout(this.timer);
    if (debounce) this.timer = window.setTimeout(() => this.render(), 250);
    else this.render();
  }

  /** Select or clear a project; keep keyboard focus on something that still exists. */
  private select(id: string): void {
    const previous = this.st.p;
    this.update({ p: id });
    const target = id ? this.querySelector<HTMLElement>('.cncf-timeline h3') : this.querySelector<HTMLElement>(`button[data-id="${previous}"]`);
    target?.focus();
  }

  private render(): void {
    const t = this.t;
    this.fields.forEach((f) => f.sync());
    const date = dateForYear(this.st.y, AS_OF);
    const rows = filterProjects(cncfProjects, this.st, AS_OF);
    const counts = maturities.map((m) => `${t(`mat.${m}`)} ${rows.filter((r) => r.stage === m).length}`).join(', ');
    const selected = cncfProjects.find((p) => p.id === this.st.p);
    const parts: HTMLElement[] = [h('p', { class: 'cncf-count' }, t('count', { n: rows.length, date, counts }))];
    if (selected && selected.accepted <= AS_OF) parts.push(timelineView(t, selected, AS_OF));
    parts.push(rows.length ? resultsTable(t, rows, date, this.st.p, (id) => this.select(id)) : h('p', {}, t('empty')));
    this.results.replaceChildren(...parts);
    const levels = this.st.m.length ? this.st.m.map((m: CncfMaturity) => t(`mat.${m}`)).join(', ') : t('log.allLevels');
    this.status.textContent = selected
      ? t('log.selected', { name: selected.name })
      : t('log.filtered', { n: rows.length, date, levels });
  }
}

if (!customElements.get('cna-cncf')) customElements.define('cna-cncf', CncfLab);
