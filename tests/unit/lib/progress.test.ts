import { describe, expect, it } from 'vitest';
import { loadProgress, markRead, recordQuiz, resetProgress, storageKey, type StorageLike } from '../../../src/lib/progress';

function memory(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}
const broken: StorageLike = {
  getItem: () => { throw new Error('SecurityError'); },
  setItem: () => { throw new Error('QuotaExceededError'); },
  removeItem: () => { throw new Error('SecurityError'); },
};

describe('reader progress', () => {
  it('remembers the first date a page was read', () => {
    const s = memory();
    markRead(s, 'containers/history/', new Date('2026-01-02'));
    markRead(s, 'containers/history/', new Date('2026-03-04'));
    expect(loadProgress(s).read).toEqual({ 'containers/history/': '2026-01-02' });
  });
  it('keeps the latest quiz score', () => {
    const s = memory();
    recordQuiz(s, 'containers/history/#quiz-1', 2, 6, new Date('2026-01-02'));
    recordQuiz(s, 'containers/history/#quiz-1', 5, 6, new Date('2026-01-03'));
    expect(loadProgress(s).quizzes['containers/history/#quiz-1']).toEqual({ right: 5, total: 6, at: '2026-01-03' });
  });
  it('resets everything', () => {
    const s = memory();
    markRead(s, 'a/', new Date());
    resetProgress(s);
    expect(s.data.has(storageKey)).toBe(false);
    expect(loadProgress(s).read).toEqual({});
  });
  it('keeps working when storage throws or is missing', () => {
    expect(() => markRead(broken, 'a/')).not.toThrow();
    expect(loadProgress(broken).read).toEqual({});
    expect(() => resetProgress(broken)).not.toThrow();
    expect(markRead(undefined, 'a/').read).toEqual({ 'a/': expect.any(String) });
  });
  it('ignores corrupt or foreign data', () => {
    const s = memory();
    s.setItem(storageKey, '{not json');
    expect(loadProgress(s).read).toEqual({});
    s.setItem(storageKey, JSON.stringify({ version: 9, read: 'x' }));
    expect(loadProgress(s).quizzes).toEqual({});
  });
});

describe('progress for review and challenges', () => {
  it('files each checked question in a Leitner box', async () => {
    const { recordAnswers } = await import('../../../src/lib/progress');
    const s = memory();
    recordQuiz(s, 'a/b/#quiz-1', 1, 2, new Date('2026-01-02T10:00:00Z'), [{ id: 'a/b/#quiz-1.1', right: true }, { id: 'a/b/#quiz-1.2', right: false }]);
    expect(loadProgress(s).review).toEqual({
      'a/b/#quiz-1.1': { box: 2, seen: '2026-01-02', due: '2026-01-04' },
      'a/b/#quiz-1.2': { box: 1, seen: '2026-01-02', due: '2026-01-03' },
    });
    recordAnswers(s, [{ id: 'a/b/#quiz-1.1', right: true }], new Date('2026-01-03T10:00:00Z'));
    expect(loadProgress(s).review['a/b/#quiz-1.1']).toEqual({ box: 3, seen: '2026-01-03', due: '2026-01-07' });
  });
  it('keeps the first day a challenge was met', async () => {
    const { recordChallenge } = await import('../../../src/lib/progress');
    const s = memory();
    recordChallenge(s, 'k8s-rollout', new Date('2026-01-02'));
    recordChallenge(s, 'k8s-rollout', new Date('2026-02-02'));
    expect(loadProgress(s).challenges).toEqual({ 'k8s-rollout': '2026-01-02' });
  });
  it('reads progress saved before challenges and review existed', () => {
    const s = memory();
    s.setItem(storageKey, JSON.stringify({ version: 1, read: { 'a/': '2026-01-01' }, quizzes: {} }));
    expect(loadProgress(s)).toEqual({ version: 1, read: { 'a/': '2026-01-01' }, quizzes: {}, challenges: {}, review: {} });
  });
});
