/**
 * Grades one question. A question is right only when the chosen set equals the correct
 * set. Each option gets a mark for the feedback: a chosen right answer, a chosen wrong
 * one, a right answer the reader missed, or neutral (an unchosen wrong answer).
 */
export type OptionMark = 'chosen-right' | 'chosen-wrong' | 'missed' | 'neutral';

export function gradeQuestion(correct: boolean[], chosen: boolean[]): { right: boolean; options: OptionMark[] } {
  const options = correct.map((isCorrect, i): OptionMark => {
    if (chosen[i]) return isCorrect ? 'chosen-right' : 'chosen-wrong';
    return isCorrect ? 'missed' : 'neutral';
  });
  return { right: options.every((m) => m === 'chosen-right' || m === 'neutral'), options };
}
