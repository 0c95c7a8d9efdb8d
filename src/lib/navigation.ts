/**
 * Pure navigation logic: from the list of pages to every route's sidebar, prev/next,
 * breadcrumbs and language alternates. No Astro imports, so it is unit tested directly.
 */
import { chapterSlugs, type ChapterSlug } from '../schemas/page';
import { locales, type Locale } from './i18n';
import { localePath } from './urls';

export interface PageMeta {
  locale: Locale;
  chapter: ChapterSlug;
  /** File name without extension: the last URL segment. */
  slug: string;
  title: string;
  description: string;
  order: number;
  /** Collection entry id, to render the content. */
  entryId: string;
}

export interface PageRoute {
  locale: Locale;
  chapter: ChapterSlug;
  slug: string;
  /** Site-relative path without base: "containers/history/" or "zh-cn/containers/history/". */
  path: string;
  /** The page whose text is shown: the translation, or the English page when untranslated. */
  page: PageMeta;
  /** False when a Chinese reader sees the English text. */
  translated: boolean;
}

export interface SidebarChapter {
  chapter: ChapterSlug;
  path: string;
  pages: { slug: string; title: string; path: string }[];
}

export const chapterOrder: readonly ChapterSlug[] = chapterSlugs;

export function pagePath(locale: Locale, chapter: string, slug?: string): string {
  return localePath(locale, slug ? `${chapter}/${slug}/` : `${chapter}/`);
}

/** Every page route in every locale. Throws on duplicate orders or orphan translations. */
export function buildRoutes(pages: PageMeta[]): PageRoute[] {
  const key = (p: { chapter: string; slug: string }) => `${p.chapter}/${p.slug}`;
  const english = pages.filter((p) => p.locale === 'en');
  const englishKeys = new Set(english.map(key));
  for (const page of pages) {
    if (page.locale !== 'en' && !englishKeys.has(key(page))) {
      throw new Error(`content/${page.locale}/${key(page)}.mdx has no English original content/en/${key(page)}.mdx; translations must use the same file name`);
    }
  }
  const seenOrder = new Map<string, string>();
  for (const page of pages) {
    const id = `${page.locale}/${page.chapter}/${page.order}`;
    const other = seenOrder.get(id);
    if (other) throw new Error(`content/${page.locale}/${key(page)}.mdx and content/${page.locale}/${other}.mdx both have order ${page.order}`);
    seenOrder.set(id, key(page));
  }
  const sorted = [...english].sort((a, b) => chapterOrder.indexOf(a.chapter) - chapterOrder.indexOf(b.chapter) || a.order - b.order);
  const routes: PageRoute[] = [];
  for (const locale of locales) {
    for (const en of sorted) {
      const translation = pages.find((p) => p.locale === locale && key(p) === key(en));
      routes.push({
        locale,
        chapter: en.chapter,
        slug: en.slug,
        path: pagePath(locale, en.chapter, en.slug),
        page: translation ?? en,
        translated: translation !== undefined,
      });
    }
  }
  return routes;
}

export function sidebar(routes: PageRoute[], locale: Locale): SidebarChapter[] {
  const own = routes.filter((r) => r.locale === locale);
  return chapterOrder
    .map((chapter) => ({
      chapter,
      path: pagePath(locale, chapter),
      pages: own.filter((r) => r.chapter === chapter).map((r) => ({ slug: r.slug, title: r.page.title, path: r.path })),
    }))
    .filter((c) => c.pages.length > 0);
}

export function prevNext(routes: PageRoute[], current: PageRoute): { prev?: PageRoute; next?: PageRoute } {
  const own = routes.filter((r) => r.locale === current.locale);
  const i = own.findIndex((r) => r.path === current.path);
  return { prev: i > 0 ? own[i - 1] : undefined, next: i >= 0 && i < own.length - 1 ? own[i + 1] : undefined };
}

/** The same page in every locale, for hreflang and the language switch. */
export function alternates(routes: PageRoute[], current: PageRoute): PageRoute[] {
  return routes.filter((r) => r.chapter === current.chapter && r.slug === current.slug);
}

/** The path of `path` (a locale-relative page path) in another locale: for pages that are not chapter pages. */
export function switchLocale(path: string, from: Locale, to: Locale): string {
  const bare = from === 'en' ? path : path.replace(new RegExp(`^${from}/`), '');
  return localePath(to, bare);
}
