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
