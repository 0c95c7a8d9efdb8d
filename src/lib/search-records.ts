/**
 * The glossary in the search index: one Pagefind record per term and language, pointing at the
 * term's anchor on the glossary page. A short record whose title is the term (and whose aliases
 * carry extra weight) outranks the long chapter pages that merely mention it, so a reader who
 * types a term or one of its aliases gets its entry first, in either language.
 */
import type { GlossaryTerm } from './glossary-data';

export interface GlossaryRecordLabels {
  /** "Also called" in the record's language. */
  aka: string;
}

export interface HtmlRecord {
  /** The result URL, without the site's base path (Pagefind's baseUrl option adds it). */
  url: string;
  /** A small HTML document that Pagefind parses like a page. */
  content: string;
}

/** Joins a term's aliases in its record; the search dialog splits the `aliases` meta on it. */
export const ALIAS_SEPARATOR = ', ';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The glossary page's path for a language: `/glossary/` or `/zh-cn/glossary/`. */
export function glossaryPath(locale: string): string {
  return locale === 'en' ? '/glossary/' : `/${locale}/glossary/`;
}

/**
 * The record holds the term (the page title Pagefind shows), its aliases (weighted like a
 * heading, and kept as the `aliases` meta so the dialog can tell an entry that names the query
 * from one that only mentions it) and the one-line definition (the excerpt).
 */
export function glossaryRecord(term: GlossaryTerm, locale: string, labels: GlossaryRecordLabels): HtmlRecord {
  const aliases = term.aliases.length
    ? `<p>${escape(labels.aka)}${/\p{Script=Han}/u.test(labels.aka) ? '：' : ': '}<span data-pagefind-meta="aliases" data-pagefind-weight="7">${term.aliases.map(escape).join(ALIAS_SEPARATOR)}</span></p>`
    : '';
  const content = [
    `<html lang="${escape(locale)}"><head><title>${escape(term.term)}</title></head>`,
    '<body data-pagefind-body data-pagefind-meta="kind:glossary">',
    `<h1>${escape(term.term)}</h1>`,
    `<p>${escape(term.short)}</p>`,
    aliases,
    '</body></html>',
  ].join('');
  return { url: `${glossaryPath(locale)}#${term.id}`, content };
}

/** A record for every term of a language's glossary, in a stable order. */
export function glossaryRecords(terms: Iterable<GlossaryTerm>, locale: string, labels: GlossaryRecordLabels): HtmlRecord[] {
  return [...terms].sort((a, b) => a.id.localeCompare(b.id)).map((term) => glossaryRecord(term, locale, labels));
}
