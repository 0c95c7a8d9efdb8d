/**
 * Spaced review with Leitner boxes. Every quiz question the reader has answered sits in one of
 * five boxes (a new question counts as in box 1); box n comes back after BOX_DAYS[n-1] days (1, 2, 4, 8, 16). A wrong answer sends
 * the question to box 1; a right answer moves it one box up (box 5 stays in box 5). Dates are
 * UTC calendar days ("2026-03-04"), so the schedule does not depend on the time of day.
 */
export const BOX_DAYS = [1, 2, 4, 8, 16] as const;
export const BOXES = BOX_DAYS.length;

export interface ReviewEntry {
  /** Leitner box, 1 to 5. */
  box: number;
  /** Day of the last answer. */
  seen: string;
  /** Day the question comes back. */
  due: string;
}
export type ReviewState = Record<string, ReviewEntry>;

export const dayOf = (now: Date): string => now.toISOString().slice(0, 10);

export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return dayOf(d);
}

/** The question's entry after one answer. A new question counts as in box 1, so a first right answer puts it in box 2. */
export function answer(entry: ReviewEntry | undefined, right: boolean, now: Date): ReviewEntry {
  const box = right ? Math.min(BOXES, (entry?.box ?? 1) + 1) : 1;
  const seen = dayOf(now);
  return { box, seen, due: addDays(seen, BOX_DAYS[box - 1]) };
}

/** The id of question n (1-based) of a quiz: "containers/history/#quiz-1.2". Same in both languages. */
export function questionId(quizId: string, n: number): string {
  return `${quizId}.${n}`;
}

/** Ids due on `now` or earlier, lowest box first, then the longest overdue, then by id. */
export function dueIds(state: ReviewState, now: Date, known?: ReadonlySet<string>): string[] {
  const today = dayOf(now);
  return Object.entries(state)
    .filter(([id, e]) => e.due <= today && (!known || known.has(id)))
    .sort(([a, x], [b, y]) => x.box - y.box || x.due.localeCompare(y.due) || a.localeCompare(b))
    .map(([id]) => id);
}

/** Day the next question comes back after today, or null when nothing is scheduled later. */
export function nextDue(state: ReviewState, now: Date): string | null {
  const today = dayOf(now);
  const later = Object.values(state).map((e) => e.due).filter((d) => d > today).sort();
  return later[0] ?? null;
}

/** How many questions sit in each box (index 0 = box 1). */
export function boxCounts(state: ReviewState): number[] {
  const counts = BOX_DAYS.map(() => 0);
  for (const e of Object.values(state)) if (e.box >= 1 && e.box <= BOXES) counts[e.box - 1]++;
  return counts;
}
