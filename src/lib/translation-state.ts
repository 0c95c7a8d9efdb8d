/** Build-time check of a translated page against the English file it records (see translation.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageState } from './translation';

/** True when the English original of a translated entry ("zh-cn/<chapter>/<page>") changed since translation. */
export function translationOutdated(entryId: string, recorded: string | undefined): boolean {
  const [, chapter, page] = entryId.split('/');
  const english = readFileSync(join(process.cwd(), 'content', 'en', chapter, `${page}.mdx`), 'utf8');
  return pageState(english, { sourceHash: recorded }) === 'outdated';
}
