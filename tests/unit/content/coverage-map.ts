/** content/topic-coverage.yaml: each topic-inventory item, the query a reader types, and the page that teaches it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface CoverageEntry {
  item: string;
  section: string;
  query: string;
  page: string;
  anchor?: string;
}

export function loadCoverage(root: string): CoverageEntry[] {
  return parse(readFileSync(join(root, 'content/topic-coverage.yaml'), 'utf8')) as CoverageEntry[];
}
