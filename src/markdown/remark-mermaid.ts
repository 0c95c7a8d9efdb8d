/**
 * Turns ```mermaid blocks into inline SVG figures at build time, from the committed cache in
 * content/diagrams (refresh with `npm run diagrams`). Readers download no Mermaid JavaScript.
 * Each diagram is inlined twice (light and dark render); CSS shows the one for the current
 * theme. accTitle/accDescr are required and become the visible caption.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { h } from 'hastscript';
import type { Element, ElementContent } from 'hast';
import type { Code, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { where } from './where';
import { cachePath, diagramKey, diagramThemes, readAccessibility } from '../lib/diagrams';

export interface MermaidOptions {
  /** Project root (where content/ is). */
  root: string;
  mermaidVersion: string;
}

/**
 * Let a diagram shrink to the column, but never below 80% of its natural size (15px text
 * stays at 12px or more); past that the figure scrolls sideways instead.
 */
function fitToWidth(svg: Element) {
  const width = Number(svg.properties.width);
  if (!Number.isFinite(width) || width <= 0) return;
  delete svg.properties.width;
  delete svg.properties.height;
  svg.properties.style = `width:100%;max-width:${Math.ceil(width)}px;min-width:${Math.ceil(width * 0.8)}px`;
}

export function remarkMermaid(options: MermaidOptions) {
  return (tree: Root, file: VFile) => {
    visit(tree, 'code', (node: Code, index, parent) => {
      if (node.lang !== 'mermaid' || !parent || index === undefined) return;
      const line = node.position?.start.line;
      const { title, description } = readAccessibility(node.value);
      if (!title || !description) {
        throw new Error(`${where(file, line)}: this Mermaid diagram needs both "accTitle: ..." and "accDescr: ..." lines (they become its caption and accessible description).`);
      }
      const renders: ElementContent[] = diagramThemes.map((theme) => {
        const key = diagramKey(node.value, theme, options.mermaidVersion);
        const path = cachePath(options.root, key);
        if (!existsSync(path)) {
          throw new Error(`${where(file, line)}: no cached ${theme} render for this Mermaid diagram (content/diagrams/${key}.svg). Run \`npm run diagrams\` (needs Chromium) and commit content/diagrams/.`);
        }
        const svg = fromHtml(readFileSync(path, 'utf8'), { fragment: true }).children.filter(
          (child): child is Element => child.type === 'element',
        );
        for (const el of svg) fitToWidth(el);
        return h(`div.cna-diagram__render.cna-diagram__render--${theme}`, svg);
      });
      const figure = h('figure.cna-diagram', [
        h('div.cna-diagram__scroll', { tabIndex: 0, role: 'group', ariaLabel: title }, renders),
        h('figcaption', [h('strong', title), ' ', description]),
      ]);
      // A paragraph whose hName/hChildren replace it in the HTML (mdast-util-to-hast applyData).
      parent.children[index] = {
        type: 'paragraph',
        children: [],
        data: { hName: 'figure', hProperties: figure.properties, hChildren: figure.children },
      };
    });
  };
}
