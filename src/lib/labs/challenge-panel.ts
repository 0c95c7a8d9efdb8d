/**
 * The challenge panel a lab element puts above itself: a picker, the goal and the inputs, a
 * Check button whose verdict is announced (role="status"), and "Reset to start". The challenge
 * and the lab's inputs live in the URL (?challenge=<id>&<lab parameters>), so a link restores
 * both. Starting or resetting a challenge writes its start state to the URL and replaces the
 * lab element with a fresh one, which reads that state like any page load.
 */
import { CHALLENGE_PARAM, checkChallenge, findChallenge, startQuery, type LabChallenges } from '../challenges';
import { browserStorage, loadProgress, recordChallenge } from '../progress';
import { fmt, h, readQuery, replaceQuery, type Strings } from './lab-kit';

const PANEL = 'cna-challenges';
let counter = 0;

function readPanelStrings(lab: HTMLElement): Strings {
  try {
    return JSON.parse(lab.closest<HTMLElement>('.cna-lab')?.dataset.challengeStrings ?? '{}') as Strings;
  } catch {
    return {};
  }
}

/** Text of a verdict key: "ui.locked" is shared, anything else belongs to the challenge. */
export function verdictKey(id: string, key: string): string {
  return key.startsWith('ui.') ? `challenge.${key}` : `challenge.${id}.${key}`;
}

class Panel<S> {
  lab: HTMLElement;
  readonly root: HTMLElement;
  private readonly select: HTMLSelectElement;
  private readonly active: HTMLElement;
  private readonly goal: HTMLElement;
  private readonly inputs: HTMLElement;
  private readonly verdict: HTMLElement;

  constructor(lab: HTMLElement, private readonly def: LabChallenges<S>, private readonly s: Strings) {
    this.lab = lab;
    const t = (key: string, values = {}) => fmt(s, key, values);
    const id = `chl${++counter}`;
    this.select = h('select', { id: `${id}-pick` }) as HTMLSelectElement;
    this.goal = h('span');
    this.inputs = h('span');
    this.verdict = h('p', { class: 'cna-challenges__verdict', role: 'status', 'aria-live': 'polite' });
    const check = h('button', { type: 'button', class: 'cna-button cna-button--primary' }, t('challenge.ui.check'));
    const reset = h('button', { type: 'button', class: 'cna-button' }, t('challenge.ui.reset'));
    this.active = h(
      'div',
      { class: 'cna-challenges__active', hidden: true },
      h('p', {}, h('strong', {}, t('challenge.ui.goal')), ' ', this.goal),
      h('p', { class: 'cna-challenges__inputs' }, h('strong', {}, t('challenge.ui.inputs')), ' ', this.inputs),
      h('div', { class: 'cna-challenges__actions' }, check, reset),
    );
    this.root = h(
      'section',
      { class: PANEL, 'data-lab': def.lab, 'aria-labelledby': `${id}-h` },
      h('h3', { id: `${id}-h` }, t('challenge.ui.heading')),
      h('p', { class: 'cna-challenges__intro' }, t('challenge.ui.intro')),
      h('div', { class: 'cna-lab-field' }, h('label', { for: `${id}-pick` }, t('challenge.ui.pick')), this.select),
      this.active,
      this.verdict,
    );
    this.fillOptions();
    this.select.addEventListener('change', () => this.pick(this.select.value));
    check.addEventListener('click', () => this.check());
    reset.addEventListener('click', () => this.pick(this.select.value));
    this.show(findChallenge(def, readQuery().get(CHALLENGE_PARAM))?.id ?? '');
  }

  private fillOptions(): void {
    const done = loadProgress(browserStorage()).challenges;
    const value = this.select.value;
    this.select.replaceChildren(
      h('option', { value: '' }, fmt(this.s, 'challenge.ui.none')),
      ...this.def.challenges.map((c) =>
        h('option', { value: c.id }, `${fmt(this.s, `challenge.${c.id}.title`)}${done[c.id] ? ` (${fmt(this.s, 'challenge.ui.done')})` : ''}`),
      ),
    );
    this.select.value = value;
  }

  private show(id: string): void {
    this.select.value = id;
    this.active.hidden = id === '';
    this.goal.textContent = id ? fmt(this.s, `challenge.${id}.goal`) : '';
    this.inputs.textContent = id ? fmt(this.s, `challenge.${id}.inputs`) : '';
  }

  private pick(id: string): void {
    const challenge = findChallenge(this.def, id);
    if (!challenge) {
      const params = readQuery();
      params.delete(CHALLENGE_PARAM);
      replaceQuery(params.toString());
      this.show('');
      this.verdict.textContent = '';
      return;
    }
    replaceQuery(startQuery(this.def, challenge, location.search));
    this.show(id);
    const fresh = document.createElement(this.lab.localName);
    for (const attr of [...this.lab.attributes]) fresh.setAttribute(attr.name, attr.value);
    this.lab.replaceWith(fresh);
    this.verdict.textContent = fmt(this.s, 'challenge.ui.started', { title: fmt(this.s, `challenge.${id}.title`) });
  }

  private check(): void {
    const challenge = findChallenge(this.def, this.select.value);
    if (!challenge) return;
    const v = checkChallenge(this.def, challenge, location.search);
    const head = fmt(this.s, v.met ? 'challenge.ui.met' : 'challenge.ui.notMet');
    this.verdict.dataset.met = String(v.met);
    this.verdict.textContent = `${head} ${fmt(this.s, verdictKey(challenge.id, v.key), v.params)}`;
    if (v.met) {
      recordChallenge(browserStorage(), challenge.id);
      this.fillOptions();
    }
  }
}

const panels = new WeakMap<HTMLElement, Panel<unknown>>();

/** Called from a lab element's connectedCallback: put the panel above it, or re-attach the existing one. */
export function attachChallenges<S>(lab: HTMLElement, def: LabChallenges<S>): void {
  const before = lab.previousElementSibling;
  const existing = before instanceof HTMLElement && before.matches(`.${PANEL}[data-lab="${def.lab}"]`) ? panels.get(before) : undefined;
  if (existing) {
    existing.lab = lab;
    return;
  }
  const panel = new Panel(lab, def, readPanelStrings(lab));
  panels.set(panel.root, panel as Panel<unknown>);
  lab.before(panel.root);
}
