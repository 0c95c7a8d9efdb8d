import { z } from 'astro/zod';

/** A primary source that backs the facts on a page. */
export const sourceSchema = z.object({
  /** What the reader sees in the Sources list. */
  title: z.string().min(3),
  /** An absolute https URL to the primary source. */
  url: z.string().url().startsWith('https://', { message: 'source urls must use https://' }),
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
  /** Drafts are not built. */
  draft: z.boolean().optional().default(false),
});

export type PageData = z.infer<typeof pageSchema>;
export type ChapterSlug = (typeof chapterSlugs)[number];
