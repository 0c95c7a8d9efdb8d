/** Fenced code blocks of the MDX pages, with file and line: for the diagram renderer and code checks. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import type { Code, Root } from 'mdast';

export interface Block {
  file: string;
  line: number;
  lang: string;
  meta: string;
  value: string;
}

export function mdxFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...mdxFiles(path));
    else if (name.endsWith('.mdx') && !name.startsWith('_')) out.push(path);
  }
  return out;
}

export function codeBlocks(file: string, root: string): Block[] {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(readFileSync(file, 'utf8')) as Root;
  const blocks: Block[] = [];
  visit(tree, 'code', (node: Code) => {
    blocks.push({ file: relative(root, file), line: node.position?.start.line ?? 0, lang: node.lang ?? '', meta: node.meta ?? '', value: node.value });
  });
  return blocks;
}
