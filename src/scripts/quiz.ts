/** cna-quiz: checks answers, explains every option, keeps the score in the reader's progress. */
import { format } from '../lib/i18n-format';
import { gradeQuestion } from '../lib/quiz-grade';
import { browserStorage, recordQuiz } from '../lib/progress';

class CnaQuiz extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    if (!form) return;
    this.classList.add('is-enhanced');
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.check(form);
    });
    form.addEventListener('reset', () => {
      for (const why of this.querySelectorAll<HTMLElement>('.cna-quiz__why')) why.hidden = true;
      for (const li of this.querySelectorAll('li[data-option]')) li.removeAttribute('data-result');
      const result = this.querySelector('.cna-quiz__result');
      if (result) result.textContent = '';
    });
  }

  check(form: HTMLFormElement) {
    const s = this.dataset;
    const questions = [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')];
    const result = this.querySelector('.cna-quiz__result');
    const unanswered = questions.filter((q) => !q.querySelector('input:checked')).length;
    if (unanswered > 0) {
      if (result) result.textContent = format(s.sUnanswered ?? '', { count: unanswered });
      return;
    }
    let right = 0;
    const answers: { id: string; right: boolean }[] = [];
    const quizId = s.quizId ?? location.pathname;
    for (const q of questions) {
      const options = [...q.querySelectorAll<HTMLLIElement>('li[data-option]')];
      const grade = gradeQuestion(
        options.map((li) => li.dataset.correct === 'true'),
        options.map((li) => li.querySelector('input')?.checked === true),
      );
      if (grade.right) right++;
      answers.push({ id: `${quizId}.${Number(q.dataset.question) + 1}`, right: grade.right });
      options.forEach((li, i) => {
        const why = li.querySelector<HTMLElement>('.cna-quiz__why');
        const verdict = li.querySelector('.cna-quiz__verdict');
        li.dataset.result = grade.options[i];
        if (verdict) verdict.textContent = `${li.dataset.correct === 'true' ? s.sRight : s.sWrong}: `;
        if (why) why.hidden = !(grade.options[i] !== 'neutral');
      });
      q.dataset.result = grade.right ? 'right' : 'wrong';
    }
    if (result) result.textContent = format(s.sScore ?? '', { right, total: questions.length });
    // Each question's id is review.questionId(quizId, n), inlined to keep the quiz bundle small.
    recordQuiz(browserStorage(), quizId, right, questions.length, new Date(), answers);
  }
}

if (!customElements.get('cna-quiz')) customElements.define('cna-quiz', CnaQuiz);
