import { answer, type ReviewState } from './review';

/**
 * The reader's progress (pages read, quiz scores, lab challenges, the review schedule), kept in localStorage. Every function
 * takes the storage so tests can pass a fake; when storage is unavailable (private mode,
 * disabled, full) the site keeps working and nothing is remembered.
 */
export interface QuizResult {
  right: number;
  total: number;
  /** ISO date of the last attempt. */
  at: string;
}
export interface Progress {
  version: 1;
  /** Locale-independent page paths ("containers/history/") mapped to the first read date. */
  read: Record<string, string>;
  quizzes: Record<string, QuizResult>;
  /** Lab challenge ids mapped to the first day the goal was met. */
  challenges: Record<string, string>;
  /** Leitner boxes of the quiz questions answered (src/lib/review.ts). */
  review: ReviewState;
}
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const storageKey = 'cna-progress';
const empty = (): Progress => ({ version: 1, read: {}, quizzes: {}, challenges: {}, review: {} });
const obj = <T>(v: unknown): Record<string, T> => (v && typeof v === 'object' && !Array.isArray(v) ? { ...(v as Record<string, T>) } : {});

export function loadProgress(storage: StorageLike | undefined): Progress {
  try {
    const raw = storage?.getItem(storageKey);
    if (!raw) return empty();
    const data = JSON.parse(raw) as Partial<Progress>;
    if (data.version !== 1 || typeof data.read !== 'object' || typeof data.quizzes !== 'object') return empty();
    return { version: 1, read: obj(data.read), quizzes: obj(data.quizzes), challenges: obj(data.challenges), review: obj(data.review) };
  } catch {
    return empty();
  }
}

export function save(storage: StorageLike | undefined, progress: Progress): boolean {
  try {
    storage?.setItem(storageKey, JSON.stringify(progress));
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** Strip the base and locale so a page read in either language counts once. */
export function progressKey(pathname: string, base: string): string {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  return rest.replace(/^zh-cn\//, '');
}

export function markRead(storage: StorageLike | undefined, page: string, now = new Date()): Progress {
  const progress = loadProgress(storage);
  if (!progress.read[page]) progress.read[page] = now.toISOString().slice(0, 10);
  save(storage, progress);
  return progress;
}

/** One checked question: its id (review.questionId) and whether the answer was right. */
export interface AnswerRecord {
  id: string;
  right: boolean;
}

export function recordQuiz(
  storage: StorageLike | undefined, id: string, right: number, total: number, now = new Date(), answers: readonly AnswerRecord[] = [],
): Progress {
  const progress = loadProgress(storage);
  progress.quizzes[id] = { right, total, at: now.toISOString().slice(0, 10) };
  for (const a of answers) progress.review[a.id] = answer(progress.review[a.id], a.right, now);
  save(storage, progress);
  return progress;
}

/** Answers given on the review page: they move the questions between boxes. */
export function recordAnswers(storage: StorageLike | undefined, answers: readonly AnswerRecord[], now = new Date()): Progress {
  const progress = loadProgress(storage);
  for (const a of answers) progress.review[a.id] = answer(progress.review[a.id], a.right, now);
  save(storage, progress);
  return progress;
}

/** A lab challenge met: the first day counts. */
export function recordChallenge(storage: StorageLike | undefined, id: string, now = new Date()): Progress {
  const progress = loadProgress(storage);
  if (!progress.challenges[id]) progress.challenges[id] = now.toISOString().slice(0, 10);
  save(storage, progress);
  return progress;
}

export function resetProgress(storage: StorageLike | undefined): Progress {
  try {
    storage?.removeItem(storageKey);
  } catch {
    /* storage unavailable: nothing was kept */
  }
  return empty();
}

/** Safe access to localStorage: undefined when the browser refuses it. */
export function browserStorage(): StorageLike | undefined {
  try {
    const s = window.localStorage;
    s.getItem(storageKey);
    return s;
  } catch {
    return undefined;
  }
}
