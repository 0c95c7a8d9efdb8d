import { describe, expect, it } from 'vitest';
import { localeOfUrl, localePath, normaliseBase, withBase } from '../../../src/lib/urls';
import { progressKey } from '../../../src/lib/progress';

describe('urls under a base path', () => {
  it('normalises BASE_PATH in any spelling', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('atlas')).toBe('/atlas/');
    expect(normaliseBase('/atlas//')).toBe('/atlas/');
    expect(normaliseBase('/docs/atlas/')).toBe('/docs/atlas/');
  });
  it('joins base and path without doubling slashes', () => {
    expect(withBase('/atlas/', '/containers/history/')).toBe('/atlas/containers/history/');
    expect(withBase('/', 'glossary/#pod')).toBe('/glossary/#pod');
  });
  it('prefixes Chinese paths only', () => {
    expect(localePath('en', '/kubernetes/')).toBe('kubernetes/');
    expect(localePath('zh-cn', '/kubernetes/')).toBe('zh-cn/kubernetes/');
  });
  it('reads the locale from a served URL', () => {
    expect(localeOfUrl('/atlas/zh-cn/containers/x/', '/atlas/')).toBe('zh-cn');
    expect(localeOfUrl('/atlas/containers/x/', '/atlas/')).toBe('en');
    expect(localeOfUrl('/zh-cn/', '/')).toBe('zh-cn');
  });
  it('counts a page read in either language once', () => {
    expect(progressKey('/atlas/zh-cn/containers/history/', '/atlas/')).toBe('containers/history/');
    expect(progressKey('/containers/history/', '/')).toBe('containers/history/');
  });
});
