/** Fills the progress page from localStorage and resets it on request. */
import { format } from '../lib/i18n-format';
import { browserStorage, loadProgress, resetProgress, type Progress } from '../lib/progress';

class CnaProgress extends HTMLElement {
  connectedCallback() {
    const storage = browserStorage();
    this.render(loadProgress(storage), storage !== undefined);
    this.querySelector('[data-reset]')?.addEventListener('click', () => {
      if (!window.confirm(this.dataset.sConfirmReset ?? '')) return;
      this.render(resetProgress(storage), storage !== undefined);
      const summary = this.querySelector('.cna-progress__summary');
      if (summary) summary.textContent = `${this.dataset.sResetDone ?? ''} ${summary.textContent ?? ''}`;
    });
  }

  render(progress: Progress, available: boolean) {
    const s = this.dataset;
    const items = [...this.querySelectorAll<HTMLLIElement>('li[data-key]')];
    let read = 0;
    for (const li of items) {
      const key = li.dataset.key ?? '';
      const isRead = key in progress.read;
      if (isRead) read++;
      li.dataset.read = String(isRead);
      const mark = li.querySelector('[data-mark]');
      if (mark) mark.textContent = isRead ? (s.sRead ?? '') : (s.sUnread ?? '');
      const quiz = Object.entries(progress.quizzes).find(([id]) => id.startsWith(key));
      const quizEl = li.querySelector('[data-quiz]');
      if (quizEl) quizEl.textContent = quiz ? format(s.sQuiz ?? '', { right: quiz[1].right, total: quiz[1].total }) : '';
    }
    const challenges = [...this.querySelectorAll<HTMLLIElement>('li[data-challenge]')];
    let done = 0;
    for (const li of challenges) {
      const isDone = (li.dataset.challenge ?? '') in progress.challenges;
      if (isDone) done++;
      li.dataset.read = String(isDone);
      const mark = li.querySelector('[data-mark]');
      if (mark) mark.textContent = isDone ? (s.sChallengeDone ?? '') : (s.sChallengeTodo ?? '');
    }
    const challengeSummary = this.querySelector('[data-challenge-summary]');
    if (challengeSummary) challengeSummary.textContent = format(s.sChallenges ?? '', { done, total: challenges.length });
    const summary = this.querySelector('.cna-progress__summary');
    if (summary) summary.textContent = available ? format(s.sSummary ?? '', { read, total: items.length }) : (s.sNoStorage ?? '');
  }
}

if (!customElements.get('cna-progress')) customElements.define('cna-progress', CnaProgress);
