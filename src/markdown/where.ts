import type { VFile } from 'vfile';

/** "content/en/x/y.mdx:12" for error messages: the file and line an author should open. */
export function where(file: VFile, line: number | undefined): string {
  const path = file.path ? file.path.replace(/^.*?\/content\//, 'content/') : '<unknown file>';
  return line ? `${path}:${line}` : path;
}
