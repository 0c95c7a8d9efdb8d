import { z } from 'astro/zod';

/** A primary source that backs the facts on a page. */
export const sourceSchema = z.object({
  /** What the reader sees in the Sources list. */
  title: z.string().min(3),
  /** An absolute https URL to the primary source. */
  url: z.url({ protocol: /^https$/, error: 'source urls must be absolute https:// URLs' }),
});

export const chapterSlugs = [
  'cloud-native',
  'cncf',
  'containers',
  'kubernetes',
  'serverless',
  'service-mesh',
  'twelve-factor',
] as const;

/** Frontmatter of every page in content/<locale>/<chapter>/<page>.mdx. */
export const pageSchema = z.object({
  /** The page title: the h1 and the <title>. */
  title: z.string().min(3).max(90),
  /** Meta description and the summary in chapter listings; 50-160 characters (20-120 for Chinese). */
  description: z.string().min(20).max(170),
  /** The chapter this page belongs to; must match the folder name. */
  chapter: z.enum(chapterSlugs),
  /** Position in the chapter, 1 for the first page. */
  order: z.number().int().min(1).max(99),
  /** When the facts on the page were last checked against the sources. */
  lastReviewed: z.coerce.date(),
  /** Primary sources for the facts on the page; at least one. */
  sources: z.array(sourceSchema).min(1),
  /**
   * Chinese pages only: the first 12 hex digits of the sha256 of the English file this page
   * translates (`npm run i18n:status` prints it). A Chinese page without it fails the build;
   * when the English file changes later, readers see that the English version is newer.
   */
  sourceHash: z.string().regex(/^[0-9a-f]{12}$/, 'sourceHash is 12 lowercase hex digits: run npm run i18n:status').optional(),
  /** Drafts are not built. */
  draft: z.boolean().optional().default(false),
});

export type PageData = z.infer<typeof pageSchema>;
export type ChapterSlug = (typeof chapterSlugs)[number];
