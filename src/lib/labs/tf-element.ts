/**
 * <cna-tf>: the twelve-factor self-assessment. Answers live in the URL as ?tf=<24 characters>;
 * links to the chapter use the site's base path (data-base on <html>) and the page language.
 */
import { attachChallenges } from './challenge-panel';
import { tfChallenges } from '../sim/twelve-factor-challenges';
import {
  advice,
  decode,
  encode,
  factors,
  questions,
  scoreFactors,
  sectionHref,
  totalScore,
  type Answer,
  type Factor,
} from '../sim/twelve-factor';
import { h, readQuery, readStrings, replaceQuery, translator, type Str } from './lab-kit';

let counter = 0;

class TwelveFactorLab extends HTMLElement {
  private answers: Answer[] = [];
  private results!: HTMLElement;
  private status!: HTMLElement;
  private linkField!: HTMLInputElement;
  private radios: HTMLInputElement[][] = [];

  private t: Str = translator({});

  private href(f: Factor): string {
    const root = document.documentElement;
    return sectionHref(f, root.dataset.base, root.lang);
  }

  connectedCallback(): void {
    if (this.results) return;
    attachChallenges(this, tfChallenges);
    this.t = translator(readStrings(this));
    const uid = `tf${++counter}`;
    const t = this.t;
    this.answers = decode(readQuery().get('tf'));

    const form = h('form', { class: 'tf-form' });
    form.addEventListener('submit', (e) => e.preventDefault());
    for (const f of factors) {
      const set = h('fieldset', { class: 'tf-factor' }, h('legend', {}, h('strong', {}, t(`factor.${f.id}.name`)), ` — ${t(`factor.${f.id}.summary`)}`));
      for (const q of questions.filter((x) => x.factor === f.id)) {
        const index = questions.indexOf(q);
        const group = h('fieldset', { class: 'tf-q' }, h('legend', {}, t(`q.${q.id}`)));
        this.radios[index] = ([0, 1, 2] as const).map((value) => {
          const id = `${uid}-${q.id}-${value}`;
          const radio = h('input', { type: 'radio', name: `${uid}-${q.id}`, id, value: String(value) }) as HTMLInputElement;
          radio.addEventListener('change', () => this.answer(index, value));
          group.append(h('div', { class: 'tf-option' }, radio, h('label', { for: id }, t(`q.${q.id}.${value}`))));
          return radio;
        });
        set.append(group);
      }
      form.append(set);
    }

    this.linkField = h('input', { type: 'text', readonly: '', id: `${uid}-link`, class: 'tf-link' }) as HTMLInputElement;
    const copy = h('button', { type: 'button', class: 'tf-primary' }, t('btn.copy'));
    copy.addEventListener('click', () => void this.copy());
    const clear = h('button', { type: 'button' }, t('btn.clear'));
    clear.addEventListener('click', () => this.clear());
    const share = h('div', { class: 'cna-lab-field tf-share' }, h('label', { for: this.linkField.id }, t('link.label')), this.linkField, h('div', { class: 'tf-buttons' }, copy, clear));

    this.results = h('section', { class: 'tf-results', 'aria-label': t('res.heading') });
    this.status = h('p', { role: 'status', class: 'tf-status' });
    const log = h('section', { class: 'cna-lab-ruled cna-lab-log', 'aria-label': t('log.heading') }, h('h3', {}, t('log.heading')), this.status);
    this.replaceChildren(h('p', { class: 'tf-muted' }, t('intro')), form, share, this.results, log);
    this.render();
    this.status.textContent = t('log.ready', { answered: totalScore(this.answers).answered });
  }

  private answer(index: number, value: Answer): void {
    this.answers[index] = value;
    this.save();
    const fs = scoreFactors(this.answers).find((s) => s.factor.id === questions[index].factor);
    if (fs) this.status.textContent = this.t('log.answer', { name: this.t(`factor.${fs.factor.id}.name`), score: fs.score, max: fs.max, level: this.t(`level.${fs.level}`) });
  }

  private clear(): void {
    this.answers = decode('');
    this.save();
    this.status.textContent = this.t('log.cleared');
  }

  private save(): void {
    const params = readQuery();
    const code = encode(this.answers);
    if (code) params.set('tf', code);
    else params.delete('tf');
    replaceQuery(params.toString());
    this.render();
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.linkField.value);
      this.status.textContent = this.t('copied');
    } catch {
      this.linkField.focus();
      this.linkField.select();
      this.status.textContent = this.t('copyFailed');
    }
  }

  private render(): void {
    const t = this.t;
    this.radios.forEach((group, i) => group.forEach((r, v) => (r.checked = this.answers[i] === v)));
    this.linkField.value = location.href;
    const total = totalScore(this.answers);
    const rows = scoreFactors(this.answers).map((s) =>
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, t(`factor.${s.factor.id}.name`)),
        h('td', {}, s.max ? `${s.score} / ${s.max}` : '–'),
        h('td', {}, h('span', { class: `tf-level tf-level--${s.level}` }, t(`level.${s.level}`))),
        h('td', {}, h('a', { href: this.href(s.factor) }, t('res.readLink', { name: t(`factor.${s.factor.id}.name`) }))),
      ),
    );
    const table = h(
      'div',
      { class: 'cna-lab-scroll', tabindex: '0', role: 'region', 'aria-label': t('res.caption') },
      h('table', {}, h('caption', {}, t('res.caption')), h('thead', {}, h('tr', {}, ...['res.factor', 'res.score', 'res.level', 'res.read'].map((k) => h('th', { scope: 'col' }, t(k))))), h('tbody', {}, ...rows)),
    );
    const adv = advice(this.answers);
    const advList = adv.length
      ? h(
          'ol',
          { class: 'tf-advice' },
          ...adv.map((a) =>
            h(
              'li',
              {},
              h('strong', {}, `${t(`factor.${a.factor.id}.name`)} (${t(`level.${a.level}`)})`),
              h('ul', {}, ...a.fixes.map((id) => h('li', {}, t(`fix.${id}`)))),
              h('a', { href: this.href(a.factor) }, t('adv.read', { name: t(`factor.${a.factor.id}.name`) })),
            ),
          ),
        )
      : h('p', {}, t('adv.none'));
    this.results.replaceChildren(
      h('h3', {}, t('res.heading')),
      h('p', { class: 'tf-total' }, t('res.total', total)),
      table,
      h('h3', {}, t('adv.heading')),
      advList,
    );
  }
}

if (!customElements.get('cna-tf')) customElements.define('cna-tf', TwelveFactorLab);
