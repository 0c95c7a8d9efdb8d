import { z } from 'astro/zod';

/** One glossary term, in content/glossary/<locale>/<chapter>.yaml. */
export const termSchema = z.object({
  /** kebab-case id: the anchor on the glossary page and the target of g:<id> links. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case: lowercase letters, digits and dashes'),
  /** The term as readers see it. */
  term: z.string().min(1),
  /** Other names readers search for. */
  aliases: z.array(z.string().min(1)).optional().default([]),
  /** One-line definition, shown on hover and focus where the term is linked. */
  short: z.string().min(10).max(260),
  /** The problem the concept addresses. */
  problem: z.string().min(10),
  /** How it helps. */
  solution: z.string().min(10),
  /** Ids of related terms; each must exist. */
  related: z.array(z.string()).optional().default([]),
});

export const termFileSchema = z.array(termSchema);
export type Term = z.infer<typeof termSchema>;
