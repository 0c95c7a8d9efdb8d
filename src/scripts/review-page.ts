/**
 * <cna-review>: brings back the quiz questions that are due (src/lib/review.ts), grades the
 * answer and moves the question between Leitner boxes; exports, imports and clears progress.
 * The questions come from review/questions.json, fetched only by this page.
 */
import { fmt, h, type Strings } from '../lib/labs/lab-kit';
import { gradeQuestion } from '../lib/quiz-grade';
import { browserStorage, loadProgress, recordAnswers, resetProgress, save, type Progress } from '../lib/progress';
import { BOX_DAYS, boxCounts, dueIds, nextDue } from '../lib/review';
import type { ReviewQuestion } from '../lib/review-questions';

class CnaReview extends HTMLElement {
  private s: Strings = {};
  private questions = new Map<string, ReviewQuestion>();
  private storage = browserStorage();
  private status!: HTMLElement;
  private card!: HTMLElement;
  private boxes!: HTMLElement;
  private dataStatus!: HTMLElement;
  private counter = 0;

  async connectedCallback(): Promise<void> {
    if (this.status) return;
    try {
      this.s = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    } catch {
      this.s = {};
    }
    this.status = this.querySelector('[data-status]')!;
    this.card = this.querySelector('[data-card]')!;
    this.boxes = this.querySelector('[data-boxes]')!;
    this.dataStatus = this.querySelector('[data-data-status]')!;
    this.querySelector('[data-export]')?.addEventListener('click', () => this.exportFile());
    this.querySelector<HTMLInputElement>('[data-import]')?.addEventListener('change', (e) => void this.importFile(e.target as HTMLInputElement));
    this.querySelector('[data-clear]')?.addEventListener('click', () => this.clear());
    if (!this.storage) {
      this.status.textContent = this.t('noStorage');
      return;
    }
    try {
      const res = await fetch(this.dataset.src ?? '');
      if (!res.ok) throw new Error(String(res.status));
      for (const q of (await res.json()) as ReviewQuestion[]) this.questions.set(q.id, q);
    } catch {
      this.status.textContent = this.t('loadError');
      return;
    }
    this.render();
  }

  private t(key: string, values: Record<string, string | number> = {}): string {
    return fmt(this.s, key, values);
  }

  private due(progress: Progress): string[] {
    return dueIds(progress.review, new Date(), new Set(this.questions.keys()));
  }

  /** The summary, the boxes and the first due question. */
  private render(): void {
    const progress = loadProgress(this.storage);
    const due = this.due(progress);
    const known = Object.keys(progress.review).filter((id) => this.questions.has(id));
    const next = nextDue(progress.review, new Date());
    this.status.textContent = known.length === 0 ? this.t('empty') : due.length ? this.t('due', { count: due.length }) : next ? this.t('done', { date: next }) : this.t('allDone');
    const counts = boxCounts(progress.review);
    this.boxes.replaceChildren(
      ...(known.length ? [h('h2', {}, this.t('boxes')), h('ul', { class: 'cna-review__boxes' }, ...counts.map((count, i) => h('li', {}, this.t('box', { n: i + 1, days: BOX_DAYS[i], count }))))] : []),
    );
    const first = due[0];
    this.card.replaceChildren(...(first ? [this.questionForm(this.questions.get(first)!, 1, due.length)] : []));
  }

  private questionForm(q: ReviewQuestion, n: number, total: number): HTMLElement {
    const name = `review-${++this.counter}`;
    const options = q.options.map((o, i) =>
      h('li', { 'data-option': i }, h('label', {}, h('input', { type: q.multiple ? 'checkbox' : 'radio', name, value: i }), h('span', {}, o.text)), h('p', { class: 'cna-review__why', hidden: true }, h('strong', {}, `${this.t(o.correct ? 'rightAnswer' : 'wrongAnswer')}: `), o.why)),
    );
    const feedback = h('p', { class: 'cna-review__feedback', role: 'status', 'aria-live': 'polite' });
    const check = h('button', { type: 'submit', class: 'cna-button cna-button--primary' }, this.t('check')) as HTMLButtonElement;
    const next = h('button', { type: 'button', class: 'cna-button', hidden: true }, this.t('next')) as HTMLButtonElement;
    const form = h(
      'form',
      { class: 'cna-review__card', 'data-question-id': q.id },
      h('fieldset', {},
        h('legend', {}, h('span', { class: 'cna-review__number' }, this.t('question', { n, total })), ' ', q.q),
        h('p', { class: 'cna-review__hint' }, this.t(q.multiple ? 'chooseMany' : 'chooseOne')),
        h('ul', { class: 'cna-review__options' }, ...options)),
      h('p', { class: 'cna-review__from' }, this.t('from', { page: '' }), h('a', { href: q.href }, q.page), ' · ', h('a', { href: q.learn }, this.t('learn'))),
      h('div', { class: 'cna-review__actions' }, check, next),
      feedback,
    ) as HTMLFormElement;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const chosen = options.map((li) => li.querySelector('input')?.checked === true);
      if (!chosen.some(Boolean)) {
        feedback.textContent = this.t('pick');
        return;
      }
      const grade = gradeQuestion(q.options.map((o) => o.correct), chosen);
      const entry = recordAnswers(this.storage, [{ id: q.id, right: grade.right }]).review[q.id];
      options.forEach((li, i) => {
        li.dataset.result = grade.options[i];
        li.querySelector<HTMLElement>('.cna-review__why')!.hidden = grade.options[i] === 'neutral';
        li.querySelector('input')!.disabled = true;
      });
      feedback.dataset.right = String(grade.right);
      feedback.textContent = grade.right ? this.t('right', { box: entry.box, date: entry.due }) : this.t('wrong', { date: entry.due });
      check.hidden = true;
      next.hidden = false;
      next.focus();
    });
    next.addEventListener('click', () => {
      this.render();
      this.card.querySelector<HTMLElement>('legend')?.closest('form')?.querySelector<HTMLElement>('input')?.focus();
    });
    return form;
  }

  private exportFile(): void {
    const progress = loadProgress(this.storage);
    const file = `cloud-native-atlas-progress-${new Date().toISOString().slice(0, 10)}.json`;
    const body = JSON.stringify({ format: 'cloud-native-atlas-progress', exported: new Date().toISOString(), progress }, null, 2);
    const url = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
    const a = h('a', { href: url, download: file }) as HTMLAnchorElement;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.dataStatus.textContent = this.t('exported', { file });
  }

  private async importFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    // zod is loaded only when a reader imports a file.
    const { readProgressFile } = await import('../schemas/progress');
    const result = readProgressFile(await file.text());
    input.value = '';
    if (!result.ok) {
      this.dataStatus.dataset.error = 'true';
      this.dataStatus.textContent = this.t('badFile', { file: file.name, detail: result.problem === 'not-json' ? this.t('notJson') : result.problem });
      return;
    }
    const progress = result.file.progress as Progress;
    save(this.storage, progress);
    this.dataStatus.dataset.error = 'false';
    this.dataStatus.textContent = this.t('imported', { read: Object.keys(progress.read).length, questions: Object.keys(progress.review).length, challenges: Object.keys(progress.challenges).length });
    if (this.questions.size) this.render();
  }

  private clear(): void {
    if (!window.confirm(this.t('confirmClear'))) return;
    resetProgress(this.storage);
    this.dataStatus.dataset.error = 'false';
    this.dataStatus.textContent = this.t('cleared');
    if (this.questions.size) this.render();
  }
}

if (!customElements.get('cna-review')) customElements.define('cna-review', CnaReview);
