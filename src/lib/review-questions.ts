/**
 * The quiz questions of the site as data for the review page: each ```quiz block of a page,
 * validated by the same parser as remark-quiz.ts, with the ids the quiz on the page uses
 * ("<chapter>/<page>/#quiz-<n>.<question>", numbered in document order like the plugin).
 */
import { parseQuiz } from '../markdown/remark-quiz';
import { questionId } from './review';
import type { QuizQuestion } from '../schemas/quiz';

export interface ReviewQuestion {
  id: string;
  /** Title of the page the question comes from, and its URL (base included). */
  page: string;
  href: string;
  /** Section that teaches the answer (base included). */
  learn: string;
  q: string;
  multiple: boolean;
  options: { text: string; correct: boolean; why: string }[];
}

const FENCE = /^```quiz[^\n]*\n([\s\S]*?)^```[ \t]*$/gm;

/** The quiz blocks of an MDX source, in order. A block that does not validate fails with the file. */
export function quizBlocks(source: string, file: string): QuizQuestion[][] {
  return [...source.matchAll(FENCE)].map((m) => parseQuiz(m[1], file));
}

export function reviewQuestions(
  source: string,
  file: string,
  page: { key: string; title: string; href: string },
  learnHref: (learn: string) => string,
): ReviewQuestion[] {
  return quizBlocks(source, file).flatMap((quiz, qi) =>
    quiz.map((q, i) => ({
      id: questionId(`${page.key}#quiz-${qi + 1}`, i + 1),
      page: page.title,
      href: page.href,
      learn: learnHref(q.learn),
      q: q.q,
      multiple: q.multiple,
      options: q.options.map((o) => ({ text: o.text, correct: o.correct, why: o.why })),
    })),
  );
}
