import { z } from 'astro/zod';

/** One correction in content/changelog/<chapter>.yaml, shown on the "What changed" page. */
export const changeSchema = z.object({
  /** When the corrected text was published. */
  date: z.coerce.date(),
  /** The section that changed: a site path without locale or base, with its #anchor. */
  path: z.string().regex(/^\/[a-z0-9-]+\/([a-z0-9-]+\/)?(#[a-z0-9-]+)?$/, 'path is a site path like /chapter/page/#anchor'),
  /** One line in English: what is true now, and what the old text said. */
  en: z.string().min(20),
  /** The same line in Chinese. */
  zh: z.string().min(8),
});
export const changeFileSchema = z.array(changeSchema);
export type Change = z.infer<typeof changeSchema>;
