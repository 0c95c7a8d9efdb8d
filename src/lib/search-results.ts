/**
 * Turns Pagefind result data into the rows the search dialog shows, in the order a reader
 * wants them:
 *   1. a page whose title is the query (someone typing a page's title wants that page);
 *   2. glossary entries that name the query (one Pagefind record per term, see
 *      src/lib/search-records.ts: the term or one of its aliases contains the query, or the
 *      query contains it), the exact name first, at most GLOSSARY_FIRST of them;
 *   3. the other pages in the order they come (Pagefind's, with phrase hits first); of the rows
 *      that make the limit, pages are then grouped by chapter within their tier (phrase hits,
 *      then the rest): chapters in the order of their best result, pages within a chapter in
 *      order, so grouping never pulls a weak result past a strong one. Each page row points at
 *      its best-matching heading when it has one;
 *   4. glossary entries that only mention the query in their definition.
 */
import { ALIAS_SEPARATOR } from './search-records';

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; kind?: string; chapter?: string; aliases?: string };
  sub_results?: PagefindSubResult[];
  /** False when a phrase search ran and did not find this result (see phraseQuery). */
  phrase?: boolean;
}
export interface SearchRow {
  url: string;
  page: string;
  heading?: string;
  excerpt: string;
  /** The group the row is shown under: the glossary label, a chapter title, or '' (other pages). */
  group: string;
}

export const GLOSSARY_FIRST = 3;

/**
 * Numeronyms readers type for words the pages spell out ("K8s" is Kubernetes, as kubernetes.io
 * says). Pagefind needs every word of a query on a page, so the dialog searches for the word.
 */
const NUMERONYMS: Record<string, string> = { k8s: 'Kubernetes' };

/** The query with each numeronym replaced by its word (other words unchanged). */
export function expandQuery(query: string): string {
  return query.replace(/[A-Za-z0-9]+/g, (w) => NUMERONYMS[w.toLowerCase()] ?? w);
}

/**
 * Pagefind's Chinese index splits words it does not know into single characters (边车 is 边 + 车),
 * so 无服务器 also matches every page with 服务 and 器. The dialog runs a second search with each
 * run of two or more Chinese characters quoted (an exact phrase), and lists the pages that
 * contain the words as typed before the pages that only contain their characters. Returns
 * undefined when the query has no such run.
 */
export function phraseQuery(query: string): string | undefined {
  const han = /\p{Script=Han}{2,}/gu;
  if (!han.test(query) || query.includes('"')) return undefined;
  return query.replace(han, (run) => `"${run}"`);
}

/** Pagefind's ranking, with the results the phrase search also found moved ahead (stable). */
export function preferPhraseHits<T extends { id: string }>(ranked: T[], phraseHits: { id: string }[] | undefined): T[] {
  if (!phraseHits) return ranked;
  const ids = new Set(phraseHits.map((r) => r.id));
  return [...ranked.filter((r) => ids.has(r.id)), ...ranked.filter((r) => !ids.has(r.id))];
}

/** Whether a result was found by the phrase search, to keep on its data (undefined: no phrase search ran). */
export function phraseHitIds(phraseHits: { id: string }[] | undefined): ((id: string) => boolean | undefined) {
  const ids = phraseHits && new Set(phraseHits.map((r) => r.id));
  return (id) => (ids ? ids.has(id) : undefined);
}

const norm = (s: string) => s.toLowerCase().replace(/[#\s]+/g, ' ').trim();
/** "Pod" names "Pod" and "Pod (Kubernetes)"; full-width brackets count too. */
const names = (title: string, q: string) => {
  const t = norm(title);
  return t === q || t.startsWith(`${q} (`) || t.startsWith(`${q}（`);
};

export function pickResults(results: PagefindResultData[], query: string, limit: number, glossaryLabel = 'Glossary'): SearchRow[] {
  const q = norm(query);
  const titled: SearchRow[] = [];
  const exact: SearchRow[] = [];
  const named: SearchRow[] = [];
  const mentions: SearchRow[] = [];
  const pages: SearchRow[] = [];
  const tierOf = new Map<SearchRow, number>();
  for (const result of results) {
    const page = result.meta.title ?? result.url;
    if (result.meta.kind === 'glossary') {
      const row: SearchRow = { url: result.url, page, excerpt: result.excerpt, group: glossaryLabel };
      const all = [page, ...(result.meta.aliases ?? '').split(ALIAS_SEPARATOR)].map(norm).filter(Boolean);
      if (all.some((n) => names(n, q))) exact.push(row);
      else if (q && all.some((n) => n.includes(q) || q.includes(n))) named.push(row);
      else mentions.push(row);
      continue;
    }
    const group = result.meta.chapter ?? '';
    if (norm(page) === q) {
      titled.push({ url: result.url, page, excerpt: result.excerpt, group });
      continue;
    }
    const subs = (result.sub_results ?? []).filter((s) => s.url !== result.url || s.title !== page);
    const best = subs.find((s) => names(s.title, q)) ?? subs[0];
    const row: SearchRow = best
      ? { url: best.url, page, heading: best.title === page ? undefined : best.title, excerpt: best.excerpt, group }
      : { url: result.url, page, excerpt: result.excerpt, group };
    pages.push(row);
    tierOf.set(row, result.phrase === false ? 1 : 0);
  }
  const glossary = [...exact, ...named];
  const shown = [...titled, ...glossary.slice(0, GLOSSARY_FIRST), ...pages, ...glossary.slice(GLOSSARY_FIRST), ...mentions].slice(0, limit);
  // Group the page rows that made the cut, within their tier (phrase hits, then the others), so
  // grouping never moves a weak result ahead of a stronger one.
  const shownPages = shown.filter((r) => pages.includes(r));
  const tiers = [shownPages.filter((r) => tierOf.get(r) === 0), shownPages.filter((r) => tierOf.get(r) === 1)];
  const grouped = tiers.flatMap((tier) => [...new Set(tier.map((r) => r.group))].flatMap((c) => tier.filter((r) => r.group === c)));
  let next = 0;
  return shown.map((r) => (pages.includes(r) ? grouped[next++] : r));
}
