/**
 * Adds the missing half-width spaces between Chinese and Latin letters or digits in the prose of
 * every Chinese page (code, links, tags and MDX comments are left alone; see src/lib/zh-style.ts).
 * usage: npx tsx scripts/zh-autospace.ts [files...]   (default: every file in content/zh-cn/)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mdxFiles } from './lib/mdx-blocks';
import { zhAutospace } from '../src/lib/zh-style';

const files = process.argv.length > 2 ? process.argv.slice(2) : mdxFiles(join(import.meta.dirname, '..', 'content', 'zh-cn'));
for (const file of files) {
  const before = readFileSync(file, 'utf8');
  const after = zhAutospace(before);
  if (after !== before) {
    writeFileSync(file, after);
    console.log(`spaced ${file}`);
  }
}
