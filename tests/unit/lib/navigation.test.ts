import { describe, expect, it } from 'vitest';
import { alternates, buildRoutes, prevNext, sidebar, switchLocale, type PageMeta } from '../../../src/lib/navigation';

const page = (locale: 'en' | 'zh-cn', chapter: PageMeta['chapter'], slug: string, order: number): PageMeta => ({
  locale, chapter, slug, order, title: `${locale} ${slug}`, description: 'd', entryId: `${locale}/${chapter}/${slug}`,
});

const pages = [
  page('en', 'containers', 'history', 2),
  page('en', 'containers', 'what-is-a-container', 1),
  page('en', 'cloud-native', 'what-is-cloud-native', 1),
  page('zh-cn', 'containers', 'what-is-a-container', 1),
];

describe('navigation', () => {
  it('orders routes by chapter order, then page order', () => {
    const en = buildRoutes(pages).filter((r) => r.locale === 'en').map((r) => r.path);
    expect(en).toEqual(['cloud-native/what-is-cloud-native/', 'containers/what-is-a-container/', 'containers/history/']);
  });

  it('gives Chinese readers every page, marking the untranslated ones', () => {
    const zh = buildRoutes(pages).filter((r) => r.locale === 'zh-cn');
    expect(zh.map((r) => [r.path, r.translated])).toEqual([
      ['zh-cn/cloud-native/what-is-cloud-native/', false],
      ['zh-cn/containers/what-is-a-container/', true],
      ['zh-cn/containers/history/', false],
    ]);
    expect(zh[1].page.title).toBe('zh-cn what-is-a-container');
    expect(zh[2].page.title).toBe('en history');
  });

  it('rejects a translation without an English original', () => {
    expect(() => buildRoutes([...pages, page('zh-cn', 'containers', 'orphan', 9)])).toThrow(/content\/zh-cn\/containers\/orphan\.mdx has no English original/);
  });

  it('rejects two pages with the same order in a chapter', () => {
    expect(() => buildRoutes([...pages, page('en', 'containers', 'dup', 2)])).toThrow(/both have order 2/);
  });

  it('links previous and next across chapter boundaries in one locale', () => {
    const routes = buildRoutes(pages);
    const current = routes.find((r) => r.path === 'containers/what-is-a-container/')!;
    const { prev, next } = prevNext(routes, current);
    expect(prev?.path).toBe('cloud-native/what-is-cloud-native/');
    expect(next?.path).toBe('containers/history/');
    expect(prevNext(routes, routes.find((r) => r.path === 'containers/history/')!).next).toBeUndefined();
  });

  it('builds a sidebar per locale with chapter and page paths', () => {
    const bar = sidebar(buildRoutes(pages), 'zh-cn');
    expect(bar.map((c) => c.chapter)).toEqual(['cloud-native', 'containers']);
    expect(bar[1].path).toBe('zh-cn/containers/');
    expect(bar[1].pages.map((p) => p.path)).toEqual(['zh-cn/containers/what-is-a-container/', 'zh-cn/containers/history/']);
  });

  it('finds the same page in every locale', () => {
    const routes = buildRoutes(pages);
    const alt = alternates(routes, routes.find((r) => r.path === 'containers/history/')!);
    expect(alt.map((r) => r.path)).toEqual(['containers/history/', 'zh-cn/containers/history/']);
  });

  it('switches a path between locales', () => {
    expect(switchLocale('glossary/', 'en', 'zh-cn')).toBe('zh-cn/glossary/');
    expect(switchLocale('zh-cn/glossary/', 'zh-cn', 'en')).toBe('glossary/');
  });
});
