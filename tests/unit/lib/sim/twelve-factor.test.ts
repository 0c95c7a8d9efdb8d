import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import {
  advice,
  decode,
  encode,
  factors,
  levelOf,
  questions,
  scoreFactors,
  sectionHref,
  totalScore,
  type Answer,
} from '../../../../src/lib/sim/twelve-factor';

const none: Answer[] = Array(24).fill(null);
/** Answers with the two questions of factor number `n` (0-based) set. */
function withFactor(n: number, a: Answer, b: Answer, rest: Answer[] = none): Answer[] {
  const out = [...rest];
  out[2 * n] = a;
  out[2 * n + 1] = b;
  return out;
}

describe('questions', () => {
  it('asks two questions for each of the twelve factors, in factor order', () => {
    expect(factors).toHaveLength(12);
    expect(questions).toHaveLength(24);
    expect(new Set(questions.map((q) => q.id)).size).toBe(24);
    factors.forEach((f, i) => expect(questions.slice(2 * i, 2 * i + 2).every((q) => q.factor === f.id)).toBe(true));
  });
});

describe('URL encoding', () => {
  it('round-trips answers, one character per question', () => {
    const answers: Answer[] = questions.map((_, i) => ([0, 1, 2, null] as const)[i % 4]);
    const text = encode(answers);
    expect(text).toMatch(/^[012-]+$/);
    expect(decode(text)).toEqual(answers);
    expect(encode(Array(24).fill(2))).toBe('2'.repeat(24));
  });

  it('leaves out trailing unanswered questions', () => {
    expect(encode(none)).toBe('');
    expect(encode(withFactor(0, 2, 1))).toBe('21');
    expect(encode(withFactor(1, 0, null))).toBe('--0');
  });

  it('treats bad, missing or extra characters as unanswered without throwing', () => {
    expect(decode('')).toEqual(none);
    expect(decode(null)).toEqual(none);
    const d = decode('2x9-1');
    expect(d.slice(0, 5)).toEqual([2, null, null, null, 1]);
    expect(decode('2'.repeat(40))).toHaveLength(24);
    expect(decode('<script>')).toEqual(none);
  });
});

describe('scoring', () => {
  it('adds the two answers of a factor and sets the level from the share of points', () => {
    const cases: [Answer, Answer, number, number, string][] = [
      [2, 2, 4, 4, 'strong'],
      [2, 1, 3, 4, 'partial'],
      [1, 1, 2, 4, 'partial'],
      [2, 0, 2, 4, 'partial'],
      [1, 0, 1, 4, 'weak'],
      [0, 0, 0, 4, 'weak'],
      [2, null, 2, 2, 'strong'],
      [1, null, 1, 2, 'partial'],
      [null, 0, 0, 2, 'weak'],
      [null, null, 0, 0, 'unanswered'],
    ];
    for (const [a, b, score, max, level] of cases) {
      const s = scoreFactors(withFactor(2, a, b))[2];
      expect(s.factor.id).toBe('config');
      expect([s.score, s.max, s.level]).toEqual([score, max, level]);
    }
    expect(levelOf(0, 0)).toBe('unanswered');
  });

  it('totals over all 24 questions out of 48', () => {
    expect(totalScore(Array(24).fill(2))).toEqual({ score: 48, max: 48, answered: 24 });
    expect(totalScore(withFactor(0, 1, 2))).toEqual({ score: 3, max: 48, answered: 2 });
  });
});

describe('advice', () => {
  it('advises only on factors that are not strong, weakest first, naming the low questions', () => {
    let a = withFactor(0, 2, 2); // codebase strong
    a = withFactor(2, 2, 1, a); // config partial
    a = withFactor(5, 0, 1, a); // processes weak
    const adv = advice(a);
    expect(adv.map((x) => [x.factor.id, x.level])).toEqual([
      ['processes', 'weak'],
      ['config', 'partial'],
    ]);
    expect(adv[0].fixes).toEqual(['proc-state', 'proc-restart']);
    expect(adv[1].fixes).toEqual(['config-public']);
  });

  it('gives no advice when nothing is answered or everything scores 2', () => {
    expect(advice(none)).toEqual([]);
    expect(advice(Array(24).fill(2))).toEqual([]);
  });
});

describe('links to the chapter', () => {
  it('adds the base path and the zh-cn prefix', () => {
    const config = factors[2];
    expect(sectionHref(config, '/', 'en')).toBe('/twelve-factor/codebase-dependencies-config/#iii-config');
    expect(sectionHref(config, '/atlas/', 'zh-cn')).toBe('/atlas/zh-cn/twelve-factor/codebase-dependencies-config/#iii-config');
    expect(sectionHref(config, 'atlas', 'en')).toBe('/atlas/twelve-factor/codebase-dependencies-config/#iii-config');
    expect(sectionHref(config, undefined, undefined)).toBe('/twelve-factor/codebase-dependencies-config/#iii-config');
  });

  it('points at real headings of content/en/twelve-factor (GitHub-style anchors)', () => {
    for (const f of factors) {
      const file = fileURLToPath(new URL(`../../../../content/en/twelve-factor/${f.page}.mdx`, import.meta.url));
      const slugger = new GithubSlugger();
      const anchors = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => /^#{2,3} /.test(line))
        .map((line) => slugger.slug(line.replace(/^#+ /, '')));
      expect(anchors, `${f.page}.mdx`).toContain(f.anchor);
    }
  });
});
