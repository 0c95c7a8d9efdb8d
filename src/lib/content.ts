/**
 * The one place content is loaded: the pages collection becomes typed routes (sidebar,
 * prev/next, alternates, sources) that every page component reads.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { isLocale, type Locale } from './i18n';
import { buildRoutes, sidebar, type PageMeta, type PageRoute, type SidebarChapter } from './navigation';

export type PageEntry = CollectionEntry<'pages'>;

let cached: { routes: PageRoute[]; entries: Map<string, PageEntry> } | undefined;

function toMeta(entry: PageEntry): PageMeta {
  const [locale, chapter, slug] = entry.id.split('/');
  const file = entry.filePath ?? `content/${entry.id}.mdx`;
  if (!locale || !isLocale(locale)) throw new Error(`${file}: pages live in content/<en|zh-cn>/<chapter>/<page>.mdx`);
  if (chapter !== entry.data.chapter) {
    throw new Error(`${file}: frontmatter chapter "${entry.data.chapter}" does not match the folder "${chapter}"`);
  }
  if (locale !== 'en' && !entry.data.sourceHash) {
    throw new Error(`${file}: a translated page needs "sourceHash:" in its frontmatter (the English version it translates); run npm run i18n:status -- --stamp ${file}`);
  }
  return { locale, chapter: entry.data.chapter, slug, title: entry.data.title, description: entry.data.description, order: entry.data.order, entryId: entry.id };
}

export async function loadSite() {
  if (!cached) {
    const all = await getCollection('pages', (e) => !e.data.draft);
    cached = { routes: buildRoutes(all.map(toMeta)), entries: new Map(all.map((e) => [e.id, e])) };
  }
  return cached;
}

export async function routesFor(locale: Locale): Promise<PageRoute[]> {
  return (await loadSite()).routes.filter((r) => r.locale === locale);
}

export async function sidebarFor(locale: Locale): Promise<SidebarChapter[]> {
  return sidebar((await loadSite()).routes, locale);
}

export async function entryOf(route: PageRoute): Promise<PageEntry> {
  const entry = (await loadSite()).entries.get(route.page.entryId);
  if (!entry) throw new Error(`missing entry ${route.page.entryId}`);
  return entry;
}
