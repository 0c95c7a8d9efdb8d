import { describe, expect, it } from 'vitest';
import { byDate, changesFor, loadChanges, parseChanges } from '../../../src/lib/changelog';
import { join } from 'node:path';

const yaml = (date: string, path: string) => `- date: ${date}\n  path: ${path}\n  en: Preemption evicts only lower-priority Pods.\n  zh: 抢占只会驱逐优先级更低的 Pod。\n`;

describe('changelog', () => {
  it('sorts corrections newest first and groups them by date', () => {
    const changes = parseChanges({ 'a.yaml': yaml('2026-11-01', '/kubernetes/scheduling/#preemption') + yaml('2026-12-04', '/cncf/governance/') });
    expect(byDate(changes).map(([d]) => d)).toEqual(['2026-12-04', '2026-11-01']);
    expect(changesFor(changes, '/kubernetes/scheduling/')).toHaveLength(1);
    expect(changes.find((c) => c.page === '/kubernetes/scheduling/')?.anchor).toBe('preemption');
  });

  it('names the file, entry and field of an invalid correction', () => {
    expect(() => parseChanges({ 'content/changelog/x.yaml': yaml('2026-12-04', 'kubernetes/scheduling') })).toThrow(/content\/changelog\/x\.yaml: entry #1 field "path"/);
  });

  it('loads the committed changelog', () => {
    expect(loadChanges(join(import.meta.dirname, '../../..')).length).toBeGreaterThan(10);
  });
});
