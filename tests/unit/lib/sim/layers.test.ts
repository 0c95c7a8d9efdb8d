import { describe, expect, it } from 'vitest';
import {
  appendToFile, applyAction, buildLayers, containerStack, createFile, DEFAULT_SETTINGS, fileValue, fromOciEntries,
  initialMemory, lookup, memStep, mergedView, parse, recreateDir, remove, replay, serialize, sharedBy, STEPS,
  toOciEntries, type Action, type Layer, type MemLimits, type MemState, type Stack,
} from '../../../../src/lib/sim/layers';

const file = (size: number) => ({ kind: 'file' as const, size, origin: 'new' as const });
const dir = (opaque = false) => ({ kind: 'dir' as const, opaque });
const WH = { kind: 'whiteout' as const };
const visiblePaths = (stack: Stack) => mergedView(stack).visible.map((r) => r.path);

// A two-layer image: lower has /etc/{a,b} and /docs/{x,y}; the upper is empty.
const lower: Layer = { entries: { '/etc': dir(), '/etc/a': file(100), '/etc/b': file(5000), '/docs': dir(), '/docs/x': file(1), '/docs/y': file(2) } };
const empty: Layer = { entries: {} };

describe('OverlayFS lookup and merged view', () => {
  it('shows only the upper object when a name is in both layers and one is not a directory (rule 6.2)', () => {
    const upper: Layer = { entries: { '/etc': dir(), '/etc/a': file(7) } };
    const found = lookup([upper, lower], '/etc/a');
    expect(found?.layer).toBe(0);
    expect(found?.entry).toEqual(file(7));
  });
  it('merges directories that exist in both layers (rule 6.2)', () => {
    const upper: Layer = { entries: { '/etc': dir(), '/etc/c': file(3) } };
    expect(visiblePaths([upper, lower]).filter((p) => p.startsWith('/etc/'))).toEqual(['/etc/a', '/etc/b', '/etc/c']);
  });
  it('hides a lower name behind a whiteout, and hides the whiteout itself (rule 6.4)', () => {
    const upper: Layer = { entries: { '/etc': dir(), '/etc/a': WH } };
    expect(lookup([upper, lower], '/etc/a')).toBeNull();
    expect(visiblePaths([upper, lower])).not.toContain('/etc/a');
    expect(mergedView([upper, lower]).hidden).toContainEqual({ path: '/etc/a', layer: 1, by: 0, reason: 'whiteout' });
  });
  it('hides everything in the lower directory of an opaque one, but not its own entries (rules 6.5, 6.11)', () => {
    const upper: Layer = { entries: { '/docs': dir(true), '/docs/new': file(9) } };
    const seen = visiblePaths([upper, lower]);
    expect(seen).toContain('/docs/new');
    expect(seen).not.toContain('/docs/x');
    expect(seen).not.toContain('/docs/y');
  });
});

describe('container writes go to its upper layer only', () => {
  it('copies the whole file up on the first write, with its parent directories (rule 6.3)', () => {
    const { upper, result } = appendToFile([empty, lower], '/etc/b', 10);
    expect(result).toEqual({ ok: true, kind: 'copied-up', bytes: 5000, fromLayer: 1 });
    expect(upper.entries['/etc']).toEqual(dir());
    expect(upper.entries['/etc/b']).toMatchObject({ kind: 'file', size: 5010, origin: 'copied-up' });
    expect(lower.entries['/etc/b']).toEqual(file(5000)); // the lower layer is untouched
  });
  it('writes later changes straight to the upper copy, with no second copy-up (rule 6.3)', () => {
    const first = appendToFile([empty, lower], '/etc/b', 10).upper;
    const second = appendToFile([first, lower], '/etc/b', 10);
    expect(second.result).toEqual({ ok: true, kind: 'modified' });
    expect(second.upper.entries['/etc/b']).toMatchObject({ size: 5020 });
  });
  it('leaves a whiteout when deleting a lower file, and no trace for an upper-only file (rule 6.4)', () => {
    const gone = remove([empty, lower], '/etc/a');
    expect(gone.result).toEqual({ ok: true, kind: 'whiteout' });
    expect(gone.upper.entries['/etc/a']).toEqual(WH);
    const created = createFile([empty, lower], '/etc/new', 4).upper;
    const removed = remove([created, lower], '/etc/new');
    expect(removed.result).toEqual({ ok: true, kind: 'removed' });
    expect(removed.upper.entries['/etc/new']).toBeUndefined();
  });
  it('hides a whole lower directory with one whiteout when it is removed', () => {
    const { upper } = remove([empty, lower], '/docs');
    expect(upper.entries['/docs']).toEqual(WH);
    expect(visiblePaths([upper, lower]).some((p) => p.startsWith('/docs'))).toBe(false);
  });
  it('makes a directory that is deleted and created again opaque (rule 6.5)', () => {
    const { upper, result } = recreateDir([empty, lower], '/docs');
    expect(result).toEqual({ ok: true, kind: 'opaque' });
    expect(upper.entries['/docs']).toEqual(dir(true));
    expect(visiblePaths([upper, lower])).toContain('/docs');
    expect(visiblePaths([upper, lower])).not.toContain('/docs/x');
  });
  it('refuses real files named .wh.* (rule 6.11)', () => {
    expect(createFile([empty, lower], '/etc/.wh.a', 1).result).toEqual({ ok: false, error: 'reserved-name' });
  });
});

describe('OCI layer tar whiteouts', () => {
  it('writes a deleted name as .wh.<name> in its directory (rule 6.11)', () => {
    const layer: Layer = { entries: { '/etc': dir(), '/etc/motd': WH, '/bin': WH } };
    const paths = toOciEntries(layer).map((e) => e.path);
    expect(paths).toContain('etc/.wh.motd');
    expect(paths).toContain('.wh.bin');
  });
  it('writes an opaque directory as .wh..wh..opq, before the sibling entries (rule 6.11)', () => {
    const layer: Layer = { entries: { '/docs': dir(true), '/docs/new': file(9) } };
    expect(toOciEntries(layer).map((e) => e.path)).toEqual(['docs/', 'docs/.wh..wh..opq', 'docs/new']);
  });
  it('unpacks .wh.<name> into a whiteout and .wh..wh..opq into an opaque directory (rule 6.12)', () => {
    const layer = fromOciEntries([{ path: 'etc/' }, { path: 'etc/.wh.motd' }, { path: 'docs/' }, { path: 'docs/.wh..wh..opq' }]);
    expect(layer.entries['/etc/motd']).toEqual(WH);
    expect(layer.entries['/docs']).toEqual(dir(true));
    expect(layer.entries['/etc/.wh.motd']).toBeUndefined();
  });
  it('gives the same merged view with explicit whiteouts as with an opaque whiteout (OCI layer.md)', () => {
    const upper = recreateDir([empty, lower], '/docs').upper;
    const opaque = fromOciEntries(toOciEntries(upper, 'opaque', [lower]).map((e) => ({ path: e.path })));
    const explicit = toOciEntries(upper, 'explicit', [lower]);
    expect(explicit.map((e) => e.path)).toEqual(['docs/', 'docs/.wh.x', 'docs/.wh.y']);
    const unpacked = fromOciEntries(explicit.map((e) => ({ path: e.path })));
    expect(visiblePaths([unpacked, lower])).toEqual(visiblePaths([opaque, lower]));
  });
});

describe('image build and two containers', () => {
  const build: Action[] = STEPS.map(() => ({ type: 'build' as const }));
  const started = replay({ ...DEFAULT_SETTINGS, actions: [...build, { type: 'start' }] });

  it('turns each Dockerfile step into one layer: whole changed file, whiteout, opaque directory', () => {
    const [l1, l2, , l4] = buildLayers(STEPS.length);
    expect(l2?.entries['/etc/passwd']).toMatchObject({ origin: 'copied-up', fromLayer: 1, size: Number(l1?.entries['/etc/passwd']?.kind === 'file' && l1.entries['/etc/passwd'].size) + 30 });
    expect(l2?.entries['/etc/motd']).toEqual(WH);
    expect(l4?.entries['/usr/share/doc']).toEqual(dir(true));
  });
  it('gives each container its own upper layer: a write in A is not seen in B (rule 6.10)', () => {
    const s = applyAction(started, { type: 'append', container: 'A', path: '/etc/os-release' });
    expect(lookup(containerStack(s, 'A'), '/etc/os-release')?.layer).toBe(0);
    expect(lookup(containerStack(s, 'B'), '/etc/os-release')?.layer).toBe(STEPS.length); // still layer 1
    expect(s.uppers.B.entries).toEqual({});
  });
  it('keeps the image layers shared and unchanged by container writes (rules 6.9, 6.10)', () => {
    const s = applyAction(applyAction(started, { type: 'delete', container: 'A', path: '/bin/sh' }), { type: 'append', container: 'B', path: '/app/data/db.sqlite' });
    expect(s.image).toBe(started.image);
    expect(s.image).toEqual(buildLayers(STEPS.length));
    expect(sharedBy(s)).toBe(2);
    expect(lookup(containerStack(s, 'B'), '/bin/sh')).not.toBeNull();
  });
  it('refuses to start before the image is built and to write before the containers start', () => {
    const early = replay({ ...DEFAULT_SETTINGS, actions: [{ type: 'build' }, { type: 'start' }, { type: 'delete', container: 'A', path: '/bin/sh' }] });
    expect(early.results.slice(1)).toEqual([{ ok: false, error: 'image-incomplete' }, { ok: false, error: 'not-started' }]);
  });
});

describe('cgroup v2 memory limit', () => {
  const limits: MemLimits = { high: 64, max: 128 };
  const run = (ops: Parameters<typeof memStep>[2][], l: MemLimits = limits, start: MemState = { ...initialMemory(), anon: 0, cache: 0 }) =>
    ops.reduce((s, op) => memStep(s, l, op).state, start);

  it('throttles and reclaims above memory.high but never kills (rules 7.2, 7.3)', () => {
    // 32 MiB cache + 80 MiB heap = 112 MiB: over high (64), under max (128). Reclaiming
    // all the cache still leaves 80 MiB > 64, so the process stays throttled.
    const s = run([{ op: 'read', mib: 32 }, { op: 'alloc', mib: 80 }]);
    expect(s.events.high).toBe(1);
    expect(s.cache).toBe(0); // page cache reclaimed first
    expect(s.throttled).toBe(true);
    expect(s.alive).toBe(true);
    expect(s.events.oom_kill).toBe(0);
  });
  it('counts a max event and reclaims page cache when that makes room at memory.max (rule 7.4)', () => {
    const s = run([{ op: 'read', mib: 64 }, { op: 'alloc', mib: 64 }, { op: 'alloc', mib: 32 }], { high: null, max: 128 });
    expect(s.events.max).toBe(1);
    expect(s.events.oom_kill).toBe(0);
    expect(s.anon + s.cache).toBeLessThanOrEqual(128);
    expect(s.anon).toBe(96);
  });
  it('runs the OOM killer in the cgroup when reclaim cannot make room at memory.max (rule 7.4)', () => {
    const r = memStep(run([{ op: 'alloc', mib: 64 }, { op: 'alloc', mib: 64 }]), limits, { op: 'alloc', mib: 8 });
    expect(r.outcome).toBe('oom-killed');
    expect(r.state.events).toMatchObject({ max: 1, oom: 1, oom_kill: 1 });
    expect(r.state.alive).toBe(false);
  });
  it('never kills with the default limits, memory.high = memory.max = "max" (rule 7.2)', () => {
    const s = run(Array.from({ length: 20 }, () => ({ op: 'alloc' as const, mib: 64 })), { high: null, max: null });
    expect(s.alive).toBe(true);
    expect(s.events).toMatchObject({ high: 0, max: 0, oom_kill: 0 });
  });
  it('reports limits in bytes, or "max" (rule 7.2)', () => {
    expect(fileValue(128)).toBe('134217728');
    expect(fileValue(null)).toBe('max');
  });
});

describe('URL state', () => {
  it('round-trips actions, memory steps and limits, and writes nothing for the defaults', () => {
    expect(serialize(DEFAULT_SETTINGS)).toBe('');
    const s = { ...DEFAULT_SETTINGS, actions: [{ type: 'build' as const }, { type: 'delete' as const, container: 'B' as const, path: '/etc/motd' }],
      memOps: [{ op: 'alloc' as const, mib: 16 }, { op: 'restart' as const }], limits: { high: null, max: 64 }, style: 'explicit' as const, selected: 'B' as const };
    expect(parse(serialize(s))).toEqual(s);
  });
  it('drops bad tokens and values without throwing', () => {
    const s = parse('layers.ops=b,x,zA/etc,dC/etc,dA/../etc,dA/etc/a&layers.mem=a15,q,f&layers.max=77&layers.style=weird');
    expect(s.actions).toEqual([{ type: 'build' }, { type: 'delete', container: 'A', path: '/etc/a' }]);
    expect(s.memOps).toEqual([{ op: 'free' }]);
    expect(s.limits.max).toBe(DEFAULT_SETTINGS.limits.max);
    expect(s.style).toBe('opaque');
  });
});
