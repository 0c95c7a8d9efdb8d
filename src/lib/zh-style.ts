/**
 * House style for Chinese prose, one way site-wide (as kubernetes.io/zh-cn writes it): a
 * half-width space between Chinese characters and Latin letters or digits, and full-width
 * punctuation in Chinese sentences. Code, URLs, JSX tags and MDX comments are left alone.
 */
const han = '\\p{Script=Han}';
const latin = 'A-Za-z0-9';
const hanThenLatin = new RegExp(`(${han})([${latin}])`, 'gu');
const latinThenHan = new RegExp(`([${latin}%])(${han})`, 'gu');
const halfPunct = new RegExp(`(${han})[,;!?]|(?<![A-Za-z0-9])[,;!?](?=${han})`, 'u');

/** Spans of a line that are not prose: inline code, link targets, tags, MDX expressions, g: ids. */
const skip = /`[^`]*`|\]\([^)]*\)|<[^>]*>|\{[^}]*\}|https?:\/\/\S+/g;

function mapProse(line: string, fn: (text: string) => string): string {
  let out = '';
  let last = 0;
  for (const m of line.matchAll(skip)) {
    out += fn(line.slice(last, m.index)) + m[0];
    last = (m.index ?? 0) + m[0].length;
  }
  return out + fn(line.slice(last));
}

/** Prose lines of an MDX file with their 1-based numbers (no code fences, no frontmatter keys). */
function proseLines(source: string): { n: number; text: string }[] {
  const out: { n: number; text: string }[] = [];
  let fence: string | undefined;
  let frontmatter = source.startsWith('---\n');
  source.split('\n').forEach((text, i) => {
    if (i > 0 && frontmatter && text === '---') {
      frontmatter = false;
      return;
    }
    const f = /^\s*(```+|~~~+)/.exec(text);
    if (f) {
      if (!fence) fence = f[1];
      else if (text.trim().startsWith(fence)) fence = undefined;
      return;
    }
    if (fence || (frontmatter && !/^(title|description):/.test(text))) return;
    out.push({ n: i + 1, text });
  });
  return out;
}

export interface StyleProblem {
  line: number;
  message: string;
  excerpt: string;
}

export function zhStyleProblems(source: string): StyleProblem[] {
  const problems: StyleProblem[] = [];
  for (const { n, text } of proseLines(source)) {
    mapProse(text, (prose) => {
      const spacing = prose.match(new RegExp(`${han}[${latin}]|[${latin}%]${han}`, 'u'));
      if (spacing) problems.push({ line: n, message: 'put a space between Chinese and Latin letters or digits', excerpt: spacing[0] });
      const punct = prose.match(halfPunct);
      if (punct) problems.push({ line: n, message: 'use full-width punctuation in Chinese prose (，；！？)', excerpt: punct[0] });
      return prose;
    });
  }
  return problems;
}

/** The source with the missing spaces added (punctuation is left for a person to fix). */
export function zhAutospace(source: string): string {
  const lines = source.split('\n');
  for (const { n } of proseLines(source)) {
    lines[n - 1] = mapProse(lines[n - 1], (p) => p.replace(hanThenLatin, '$1 $2').replace(latinThenHan, '$1 $2'));
  }
  return lines.join('\n');
}
