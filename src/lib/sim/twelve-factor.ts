/**
 * Twelve-factor self-assessment core: 24 questions (2 per factor), each answered 0, 1 or 2,
 * a score per factor, advice for the questions that scored low, and links to the chapter
 * section that explains each factor. Question and option texts are i18n keys
 * (lab.tf.q.<id>, lab.tf.q.<id>.<0|1|2>, lab.tf.fix.<id>); the factors follow 12factor.net.
 * Answers travel in the URL as ?tf=<one character per question>: 0, 1, 2, or - (unanswered).
 */

export interface Factor {
  id: string;
  numeral: string;
  /** Page slug in content/<locale>/twelve-factor/ and the heading anchor of the factor there. */
  page: string;
  anchor: string;
}

const page = {
  a: 'codebase-dependencies-config',
  b: 'backing-services-build-processes',
  c: 'port-binding-concurrency-disposability',
  d: 'dev-prod-parity-logs-admin-processes',
};

/** Anchors are GitHub-style slugs of the headings "## I. Codebase" … "## XII. Admin processes". */
export const factors: readonly Factor[] = [
  { id: 'codebase', numeral: 'I', page: page.a, anchor: 'i-codebase' },
  { id: 'dependencies', numeral: 'II', page: page.a, anchor: 'ii-dependencies' },
  { id: 'config', numeral: 'III', page: page.a, anchor: 'iii-config' },
  { id: 'backing-services', numeral: 'IV', page: page.b, anchor: 'iv-backing-services' },
  { id: 'build-release-run', numeral: 'V', page: page.b, anchor: 'v-build-release-run' },
  { id: 'processes', numeral: 'VI', page: page.b, anchor: 'vi-processes' },
  { id: 'port-binding', numeral: 'VII', page: page.c, anchor: 'vii-port-binding' },
  { id: 'concurrency', numeral: 'VIII', page: page.c, anchor: 'viii-concurrency' },
  { id: 'disposability', numeral: 'IX', page: page.c, anchor: 'ix-disposability' },
  { id: 'dev-prod-parity', numeral: 'X', page: page.d, anchor: 'x-devprod-parity' },
  { id: 'logs', numeral: 'XI', page: page.d, anchor: 'xi-logs' },
  { id: 'admin-processes', numeral: 'XII', page: page.d, anchor: 'xii-admin-processes' },
];

/** Question ids, two per factor, in factor order. */
const questionIds: Record<string, [string, string]> = {
  codebase: ['codebase-repo', 'codebase-shared'],
  dependencies: ['deps-declare', 'deps-system'],
  config: ['config-where', 'config-public'],
  'backing-services': ['backing-swap', 'backing-replace'],
  'build-release-run': ['brr-stages', 'brr-releases'],
  processes: ['proc-state', 'proc-restart'],
  'port-binding': ['port-self', 'port-service'],
  concurrency: ['conc-scale', 'conc-types'],
  disposability: ['disp-start', 'disp-stop'],
  'dev-prod-parity': ['parity-time', 'parity-services'],
  logs: ['logs-stdout', 'logs-route'],
  'admin-processes': ['admin-how', 'admin-code'],
};

export interface Question {
  id: string;
  factor: string;
}

export const questions: readonly Question[] = factors.flatMap((f) => questionIds[f.id].map((id) => ({ id, factor: f.id })));

export type Answer = 0 | 1 | 2 | null;

/** One character per question; trailing unanswered questions are left out. */
export function encode(answers: readonly Answer[]): string {
  const chars = questions.map((_, i) => {
    const a = answers[i];
    return a === 0 || a === 1 || a === 2 ? String(a) : '-';
  });
  return chars.join('').replace(/-+$/, '');
}

/** Tolerant decoding: any other character, or a missing one, is an unanswered question. */
export function decode(text: string | null | undefined): Answer[] {
  const s = typeof text === 'string' ? text : '';
  return questions.map((_, i) => {
    const c = s.charAt(i);
    return c === '0' ? 0 : c === '1' ? 1 : c === '2' ? 2 : null;
  });
}

export type Level = 'strong' | 'partial' | 'weak' | 'unanswered';

export interface FactorScore {
  factor: Factor;
  /** Sum of the answered questions' scores (0–4). */
  score: number;
  /** Highest possible score for the answered questions (2 per answered question). */
  max: number;
  answered: number;
  level: Level;
}

/** strong: every answer scores 2; partial: at least half the points; weak: less than half. */
export function levelOf(score: number, max: number): Level {
  if (max === 0) return 'unanswered';
  if (score === max) return 'strong';
  return score * 2 >= max ? 'partial' : 'weak';
}

export function scoreFactors(answers: readonly Answer[]): FactorScore[] {
  return factors.map((factor) => {
    let score = 0;
    let answered = 0;
    questions.forEach((q, i) => {
      const a = answers[i];
      if (q.factor !== factor.id || a === null || a === undefined) return;
      score += a;
      answered += 1;
    });
    return { factor, score, max: answered * 2, answered, level: levelOf(score, answered * 2) };
  });
}

export function totalScore(answers: readonly Answer[]): { score: number; max: number; answered: number } {
  const all = scoreFactors(answers);
  return {
    score: all.reduce((a, f) => a + f.score, 0),
    max: questions.length * 2,
    answered: all.reduce((a, f) => a + f.answered, 0),
  };
}

export interface Advice {
  factor: Factor;
  level: Level;
  /** Ids of the questions answered 0 or 1: their fix texts are lab.tf.fix.<id>. */
  fixes: string[];
}

/** Factors that are not yet strong, weakest first (then in factor order), with what to change. */
export function advice(answers: readonly Answer[]): Advice[] {
  const order: Record<Level, number> = { weak: 0, partial: 1, strong: 2, unanswered: 3 };
  return scoreFactors(answers)
    .filter((f) => f.level === 'weak' || f.level === 'partial')
    .map((f) => ({
      factor: f.factor,
      level: f.level,
      fixes: questions.filter((q, i) => q.factor === f.factor.id && (answers[i] === 0 || answers[i] === 1)).map((q) => q.id),
    }))
    .sort((a, b) => order[a.level] - order[b.level] || factors.indexOf(a.factor) - factors.indexOf(b.factor));
}

/**
 * Link to a factor's section, with the site's base path ("/" or "/atlas/") and the locale prefix
 * for Chinese pages: /atlas/zh-cn/twelve-factor/codebase-dependencies-config/#iii-config.
 */
export function sectionHref(factor: Factor, base: string | undefined, lang: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/+|\/+$/g, '');
  const root = trimmed ? `/${trimmed}/` : '/';
  const locale = (lang ?? '').toLowerCase() === 'zh-cn' ? 'zh-cn/' : '';
  return `${root}${locale}twelve-factor/${factor.page}/#${factor.anchor}`;
}
