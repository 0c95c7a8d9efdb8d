/** Heading ids shared by the Markdown plugin, the translation status report and the tests. */
import GithubSlugger from 'github-slugger';

const explicit = /^\s*\/\*\s*#([a-z0-9][a-z0-9-]*)\s*\*\/\s*$/;

/** The id in an MDX comment expression such as `/* #preemption *\/`, or undefined. */
export function explicitHeadingId(expression: string): string | undefined {
  return explicit.exec(expression)?.[1];
}

export interface SourceHeading {
  line: number;
  depth: number;
  text: string;
  id: string;
}

/**
 * The ## to ###### headings of an MDX source and the ids the build gives them: the explicit
 * `{/* #id *\/}` when present, else the GitHub-style slug of the text (what Astro computes).
 */
export function sourceHeadings(source: string): SourceHeading[] {
  const slugger = new GithubSlugger();
  const out: SourceHeading[] = [];
  let fence: string | undefined;
  source.split('\n').forEach((raw, i) => {
    const f = /^\s*(```+|~~~+)/.exec(raw);
    if (f) {
      if (!fence) fence = f[1];
      else if (raw.trim().startsWith(fence)) fence = undefined;
      return;
    }
    if (fence) return;
    const m = /^(#{2,6})\s+(.*?)\s*$/.exec(raw);
    if (!m) return;
    const comment = /\{(\/\*.*?\*\/)\}\s*$/.exec(m[2]);
    const id = comment ? explicitHeadingId(comment[1]) : undefined;
    const text = m[2]
      .replace(/\{\/\*.*?\*\/\}/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[`*_]/g, '')
      .trim();
    out.push({ line: i + 1, depth: m[1].length, text, id: id ?? slugger.slug(text) });
  });
  return out;
}
