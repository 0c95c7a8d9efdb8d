/**
 * Turns Pagefind result data into the rows the search dialog shows: page title, the best
 * matching heading, and a highlighted excerpt. A page whose heading matches the query
 * exactly (a glossary term) comes first.
 */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}
export interface SearchRow {
  url: string;
  page: string;
  heading?: string;
  excerpt: string;
}

const norm = (s: string) => s.toLowerCase().replace(/[#\s]+/g, ' ').trim();

export function pickResults(results: PagefindResultData[], query: string, limit: number): SearchRow[] {
  const q = norm(query);
  const exact: SearchRow[] = [];
  const rows: SearchRow[] = [];
  for (const result of results) {
    const page = result.meta.title ?? result.url;
    const subs = (result.sub_results ?? []).filter((s) => s.url !== result.url || s.title !== page);
    const named = subs.find((s) => norm(s.title) === q || norm(s.title).startsWith(`${q} (`));
    if (named) {
      exact.push({ url: named.url, page, heading: named.title, excerpt: named.excerpt });
      continue;
    }
    const best = subs[0];
    rows.push(best ? { url: best.url, page, heading: best.title === page ? undefined : best.title, excerpt: best.excerpt } : { url: result.url, page, excerpt: result.excerpt });
  }
  return [...exact, ...rows].slice(0, limit);
}
