/**
 * Builds the Markdown twins of every page and the llms.txt files (https://llmstxt.org) from the
 * content collection: used by the endpoints under src/pages/[...locale]/ at build time.
 * A twin lives at the page's URL + "index.html.md", as llmstxt.org proposes for pages whose
 * URL ends in a slash.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryOf, loadSite } from './content';
import { loadGlossary } from './glossary-data';
import { t, type Locale } from './i18n';
import { labStrings, type LabId } from './labs';
import { chapterOrder, type PageRoute } from './navigation';
import { localePath, withBase } from './urls';
import { markdownTwin } from './markdown-twin';

const root = process.cwd();

/** Absolute URL of a site path (without base) on the configured site. */
export function absolute(site: URL | undefined, base: string, path: string): string {
  return new URL(withBase(base, path), site ?? 'http://localhost:4321').href;
}

export const twinPath = (route: PageRoute) => `${route.path}index.html.md`;

export async function twinOf(route: PageRoute, site: URL | undefined, base: string): Promise<string> {
  const entry = await entryOf(route);
  const locale = route.locale;
  const file = entry.filePath ?? `content/${entry.id}.mdx`;
  const glossary = loadGlossary(root, locale);
  return markdownTwin({
    source: readFileSync(join(root, file), 'utf8'),
    file,
    title: entry.data.title,
    description: entry.data.description,
    url: absolute(site, base, route.path),
    sources: entry.data.sources,
    siteUrl: (path) => absolute(site, base, localePath(locale, path)),
    glossaryUrl: (id) => (glossary.has(id) ? absolute(site, base, localePath(locale, `glossary/#${id}`)) : undefined),
    labTitle: (id) => (id in labStrings ? t(locale, `lab.${labStrings[id as LabId]}.title`) : undefined),
    strings: {
      callout: { note: t(locale, 'callout.note'), tip: t(locale, 'callout.tip'), warning: t(locale, 'callout.warning'), myth: t(locale, 'callout.myth') },
      quizTitle: t(locale, 'quiz.title'),
      correct: t(locale, 'twin.correct'),
      learn: t(locale, 'twin.learn'),
      lab: t(locale, 'twin.lab'),
      sources: t(locale, 'page.sources'),
      pageUrl: t(locale, 'twin.pageUrl'),
    },
  });
}

/** The pages of a language in reading order (chapter order, then page order). */
export async function pagesOf(locale: Locale): Promise<PageRoute[]> {
  const { routes } = await loadSite();
  return routes
    .filter((r) => r.locale === locale)
    .sort((a, b) => chapterOrder.indexOf(a.chapter) - chapterOrder.indexOf(b.chapter) || a.page.order - b.page.order);
}

/** llms.txt: the site's name, a summary, then every page per chapter with its description. */
export async function llmsTxt(locale: Locale, site: URL | undefined, base: string): Promise<string> {
  const pages = await pagesOf(locale);
  const lines = [`# ${t(locale, 'site.name')}`, '', `> ${t(locale, 'site.description')}`, '', t(locale, 'llms.details'), ''];
  for (const chapter of chapterOrder) {
    const inChapter = pages.filter((p) => p.chapter === chapter);
    if (inChapter.length === 0) continue;
    lines.push(`## ${t(locale, `chapter.${chapter}.title`)}`, '');
    for (const p of inChapter) lines.push(`- [${p.page.title}](${absolute(site, base, twinPath(p))}): ${p.page.description}`);
    lines.push('');
  }
  lines.push(`## ${t(locale, 'llms.optional')}`, '');
  lines.push(`- [${t(locale, 'llms.full')}](${absolute(site, base, localePath(locale, 'llms-full.txt'))}): ${t(locale, 'llms.fullDescription')}`);
  lines.push(`- [${t(locale, 'nav.glossary')}](${absolute(site, base, localePath(locale, 'glossary/'))}): ${t(locale, 'llms.glossaryDescription')}`);
  return `${lines.join('\n')}\n`;
}

/** llms-full.txt: every twin of a language in reading order. */
export async function llmsFullTxt(locale: Locale, site: URL | undefined, base: string): Promise<string> {
  const parts = await Promise.all((await pagesOf(locale)).map((p) => twinOf(p, site, base)));
  return `# ${t(locale, 'site.name')}\n\n> ${t(locale, 'site.description')}\n\n${parts.map((p) => p.replace(/^# /, '# ')).join('\n---\n\n')}`;
}
