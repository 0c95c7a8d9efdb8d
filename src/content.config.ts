import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './schemas/page';

// Pages: content/<locale>/<chapter>/<page>.mdx; files starting with _ are not pages.
const pages = defineCollection({
  loader: glob({ pattern: '{en,zh-cn}/*/[!_]*.mdx', base: './content' }),
  schema: pageSchema,
});

export const collections = { pages };
