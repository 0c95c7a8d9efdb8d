import { describe, expect, it } from 'vitest';
import { offlineManifest, serviceWorkerSource } from '../../../src/lib/offline';

const entry = { languages: { en: { hash: 'en_1', wasm: 'en' }, 'zh-cn': { hash: 'zh-cn_1', wasm: null } } };
const files = [
  'index.html', 'zh-cn/index.html', '_astro/a.1.js', 'pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json',
  'pagefind/pagefind-highlight.js', 'pagefind/wasm.en.pagefind', 'pagefind/wasm.unknown.pagefind', 'pagefind/pagefind.en_1.pf_meta',
  'pagefind/pagefind.zh-cn_1.pf_meta', 'pagefind/index/en_a.pf_index', 'pagefind/index/zh-cn_b.pf_index', 'pagefind/fragment/en_c.pf_fragment',
  'pagefind/fragment/zh-cn_d.pf_fragment', 'pagefind/pagefind.js.gz', 'pagefind/pagefind-ui.js',
].map((path) => ({ path, digest: 'x' }));

describe('offline manifest', () => {
  it('lists each language\'s search files: the shared scripts, its WebAssembly, metadata, index and fragments', () => {
    const { search } = offlineManifest(files, entry);
    expect(search.en).toEqual(expect.arrayContaining(['pagefind/pagefind.js', 'pagefind/wasm.en.pagefind', 'pagefind/pagefind.en_1.pf_meta', 'pagefind/index/en_a.pf_index', 'pagefind/fragment/en_c.pf_fragment']));
    expect(search['zh-cn']).toEqual(expect.arrayContaining(['pagefind/wasm.unknown.pagefind', 'pagefind/index/zh-cn_b.pf_index', 'pagefind/fragment/zh-cn_d.pf_fragment']));
    expect(search.en.some((p) => p.includes('zh-cn'))).toBe(false);
    expect(search['zh-cn'].some((p) => p.includes('/en_') || p.includes('.en_'))).toBe(false);
    expect([...search.en, ...search['zh-cn']].some((p) => p.endsWith('.gz') || p.endsWith('pagefind-ui.js'))).toBe(false);
  });

  it('has a version that changes when any file changes, and not otherwise', () => {
    const a = offlineManifest(files, entry).version;
    expect(offlineManifest([...files].reverse(), entry).version).toBe(a);
    expect(offlineManifest(files.map((f) => (f.path === 'index.html' ? { ...f, digest: 'y' } : f)), entry).version).not.toBe(a);
  });

  it('fails when Pagefind names a language whose index is missing', () => {
    expect(() => offlineManifest(files.filter((f) => !f.path.includes('zh-cn')), entry)).toThrow(/zh-cn/);
  });

  it('puts the manifest in front of the worker', () => {
    const src = serviceWorkerSource(offlineManifest(files, entry), 'self.x = MANIFEST.version;');
    expect(src).toMatch(/^\/\/ Generated/);
    expect(new Function('self', `${src}; return self.x;`)({})).toBe(offlineManifest(files, entry).version);
  });
});
