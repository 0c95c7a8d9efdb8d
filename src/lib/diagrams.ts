/**
 * Shared by the build (remark plugin) and the cache refresh script: how a Mermaid block is
 * identified, which renders it needs, and where its cached SVG lives.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';

export const diagramThemes = ['light', 'dark'] as const;
export type DiagramTheme = (typeof diagramThemes)[number];

/** Bump when the render settings in scripts/diagrams.ts change, so every cached SVG is redone. */
export const renderSettingsVersion = 4;

export const cacheDir = (root: string) => join(root, 'content', 'diagrams');

export function diagramKey(source: string, theme: DiagramTheme, mermaidVersion: string): string {
  return createHash('sha256')
    .update(`${mermaidVersion}\n${renderSettingsVersion}\n${theme}\n${source.trim()}`)
    .digest('hex')
    .slice(0, 20);
}

export function cachePath(root: string, key: string): string {
  return join(cacheDir(root), `${key}.svg`);
}

export interface Accessibility {
  title: string;
  description: string;
}

/** accTitle and accDescr (single line or { block }) from a Mermaid source; null when missing. */
export function readAccessibility(source: string): Partial<Accessibility> {
  const title = /^\s*accTitle\s*:\s*(.+)$/m.exec(source)?.[1]?.trim();
  const single = /^\s*accDescr\s*:\s*(.+)$/m.exec(source)?.[1]?.trim();
  const block = /^\s*accDescr\s*\{([\s\S]*?)\}/m.exec(source)?.[1]?.replace(/\s+/g, ' ').trim();
  return { title, description: single ?? block };
}

/** Mermaid reports "Parse error on line N"; N counts from the first line of the block. */
export function errorLine(message: string): number | undefined {
  const match = /on line (\d+)/i.exec(message);
  return match ? Number(match[1]) : undefined;
}
