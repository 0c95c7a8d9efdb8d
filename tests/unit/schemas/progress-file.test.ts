import { describe, expect, it } from 'vitest';
import { readProgressFile } from '../../../src/schemas/progress';

const good = {
  format: 'cloud-native-atlas-progress',
  exported: '2026-03-04T10:00:00.000Z',
  progress: {
    version: 1,
    read: { 'containers/history/': '2026-03-01' },
    quizzes: { 'containers/history/#quiz-1': { right: 3, total: 5, at: '2026-03-01' } },
    challenges: { 'k8s-rollout': '2026-03-02' },
    review: { 'containers/history/#quiz-1.2': { box: 1, seen: '2026-03-01', due: '2026-03-02' } },
  },
};

describe('progress file', () => {
  it('accepts an exported file', () => {
    const r = readProgressFile(JSON.stringify(good));
    expect(r.ok && r.file.progress).toEqual(good.progress);
  });
  it('accepts a file written before challenges and review existed', () => {
    const { challenges, review, ...older } = good.progress;
    const r = readProgressFile(JSON.stringify({ ...good, progress: older }));
    expect(r.ok && r.file.progress.review).toEqual({});
    expect([challenges, review]).toBeTruthy();
  });
  it('names what is wrong with a bad file', () => {
    expect(readProgressFile('{not json')).toEqual({ ok: false, problem: 'not-json' });
    expect(readProgressFile(JSON.stringify({ hello: 1 }))).toMatchObject({ ok: false, problem: expect.stringMatching(/^format: /) });
    const badBox = structuredClone(good);
    badBox.progress.review['containers/history/#quiz-1.2'].box = 9;
    expect(readProgressFile(JSON.stringify(badBox))).toMatchObject({ ok: false, problem: expect.stringMatching(/^progress\.review\.containers\/history\/#quiz-1\.2\.box: /) });
  });
});
