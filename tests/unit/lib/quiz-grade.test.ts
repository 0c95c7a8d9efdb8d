import { describe, expect, it } from 'vitest';
import { gradeQuestion } from '../../../src/lib/quiz-grade';

describe('grading a quiz question', () => {
  it('is right only when exactly the correct options are chosen', () => {
    expect(gradeQuestion([false, true, false], [false, true, false]).right).toBe(true);
    expect(gradeQuestion([true, true, false], [true, false, false]).right).toBe(false);
    expect(gradeQuestion([true, false], [true, true]).right).toBe(false);
  });
  it('marks each option for the feedback', () => {
    expect(gradeQuestion([true, true, false, false], [true, false, true, false]).options).toEqual(['chosen-right', 'missed', 'chosen-wrong', 'neutral']);
  });
});
