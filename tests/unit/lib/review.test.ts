import { describe, expect, it } from 'vitest';
import { addDays, answer, BOX_DAYS, boxCounts, dueIds, nextDue, questionId, type ReviewState } from '../../../src/lib/review';

/** A fake clock: noon UTC on a day, so the time of day never matters. */
const day = (d: string) => new Date(`${d}T12:00:00Z`);

describe('Leitner review schedule', () => {
  it('uses five boxes of 1, 2, 4, 8 and 16 days', () => {
    expect(BOX_DAYS).toEqual([1, 2, 4, 8, 16]);
  });

  it('puts a question answered wrong in box 1, due the next day', () => {
    expect(answer(undefined, false, day('2026-03-04'))).toEqual({ box: 1, seen: '2026-03-04', due: '2026-03-05' });
    expect(answer({ box: 4, seen: '2026-01-01', due: '2026-01-09' }, false, day('2026-03-04')).box).toBe(1);
  });

  it('moves a right answer one box up and spaces it out, never past box 5', () => {
    let e = answer(undefined, true, day('2026-03-01'));
    expect(e).toEqual({ box: 2, seen: '2026-03-01', due: '2026-03-03' });
    e = answer({ box: 1, seen: '2026-03-01', due: '2026-03-02' }, true, day('2026-03-02'));
    expect(e).toEqual({ box: 2, seen: '2026-03-02', due: '2026-03-04' });
    e = answer(answer(answer(e, true, day('2026-03-04')), true, day('2026-03-08')), true, day('2026-03-16'));
    expect(e).toEqual({ box: 5, seen: '2026-03-16', due: '2026-04-01' });
    expect(answer(e, true, day('2026-04-01'))).toEqual({ box: 5, seen: '2026-04-01', due: '2026-04-17' });
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('brings back what is due, lowest box and most overdue first, and leaves the rest for later', () => {
    const state: ReviewState = {
      a: { box: 3, seen: '2026-02-20', due: '2026-02-24' },
      b: { box: 1, seen: '2026-03-03', due: '2026-03-04' },
      c: { box: 2, seen: '2026-03-04', due: '2026-03-06' },
      d: { box: 3, seen: '2026-02-10', due: '2026-02-14' },
    };
    expect(dueIds(state, day('2026-03-04'))).toEqual(['b', 'd', 'a']);
    expect(dueIds(state, day('2026-03-04'), new Set(['a', 'c']))).toEqual(['a']);
    expect(nextDue(state, day('2026-03-04'))).toBe('2026-03-06');
    expect(dueIds(state, day('2026-02-01'))).toEqual([]);
    expect(boxCounts(state)).toEqual([1, 1, 2, 0, 0]);
  });

  it('names questions by quiz id and 1-based number, the same in both languages', () => {
    expect(questionId('containers/history/#quiz-1', 2)).toBe('containers/history/#quiz-1.2');
  });
});
