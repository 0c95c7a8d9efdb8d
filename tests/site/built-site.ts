/** Reads a built site (dist/ or dist-subpath/) into parsed pages for the site checks. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface BuiltPage {
  /** URL path under the base, e.g. "containers/history/" or "404.html". */
  path: string;
  tree: Root;
  ids: Set<string>;
}

export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'pagefind' && name !== '_astro') out.push(...htmlFiles(p));
    } else if (name.endsWith('.html')) out.push(p);
  }
  return out.sort();
}

export function loadSite(dir: string): BuiltPage[] {
  return htmlFiles(dir).map((file) => {
    const rel = relative(dir, file).replace(/\\/g, '/');
    const path = rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel;
    const tree = fromHtml(readFileSync(file, 'utf8'));
    const ids = new Set<string>();
    visit(tree, 'element', (el: Element) => {
      if (typeof el.properties.id === 'string') ids.add(el.properties.id);
    });
    return { path, tree, ids };
  });
}

export function elements(tree: Root, test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  visit(tree, 'element', (el: Element) => {
    if (test(el)) out.push(el);
  });
  return out;
}

export const attr = (el: Element, name: string): string | undefined => {
  const v = el.properties[name];
  return Array.isArray(v) ? v.join(' ') : v === undefined || v === null ? undefined : String(v);
};
