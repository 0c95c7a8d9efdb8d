/** The on-page contents from a page's headings: ## and ### only, in document order. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}
export interface TocItem {
  depth: 2 | 3;
  slug: string;
  text: string;
}

export function tableOfContents(headings: Heading[]): TocItem[] {
  return headings
    .filter((h): h is Heading & { depth: 2 | 3 } => h.depth === 2 || h.depth === 3)
    .map(({ depth, slug, text }) => ({ depth, slug, text: text.replace(/#$/, '').trim() }));
}

/** Rough reading time: 230 English words or 400 Chinese characters a minute, at least 1. */
export function readingMinutes(text: string, locale: string): number {
  const count = locale === 'zh-cn' ? (text.match(/[\u4e00-\u9fff]/g) ?? []).length + text.split(/\s+/).length / 4 : text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(count / (locale === 'zh-cn' ? 400 : 230)));
}
