import { describe, expect, it } from 'vitest';
import { buildDictionaries, format, stringsWithPrefix, t } from '../../../src/lib/i18n';

describe('interface strings', () => {
  it('merges the main file and namespaced files per locale', () => {
    const d = buildDictionaries({ 'en.json': { a: 'A' }, 'zh-cn.json': { a: '甲' }, 'en/lab-x.json': { 'lab.x.t': 'T' }, 'zh-cn/lab-x.json': { 'lab.x.t': '题' } });
    expect(d.en).toEqual({ a: 'A', 'lab.x.t': 'T' });
    expect(d['zh-cn']['lab.x.t']).toBe('题');
  });

  it('fails naming the key and locale when a translation is missing', () => {
    expect(() => buildDictionaries({ 'en.json': { a: 'A', b: 'B' }, 'zh-cn.json': { a: '甲' } })).toThrow(/"b" is defined for en .* but missing for zh-cn/);
  });

  it('fails on a key defined twice and on an empty string', () => {
    expect(() => buildDictionaries({ 'en.json': { a: 'A' }, 'en/x.json': { a: 'B' }, 'zh-cn.json': { a: '甲' } })).toThrow(/already defined/);
    expect(() => buildDictionaries({ 'en.json': { a: ' ' }, 'zh-cn.json': { a: '甲' } })).toThrow(/non-empty string/);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{count} pages of {total}', { count: 3 })).toBe('3 pages of {total}');
  });

  it('has every real interface string in both languages', () => {
    expect(t('en', 'site.name')).toBe('Cloud Native Atlas');
    expect(t('zh-cn', 'search.results', { count: 2, query: '边车' })).toContain('边车');
    expect(() => t('en', 'no.such.key')).toThrow(/Unknown interface string/);
  });

  it('hands a lab only its own strings, without the prefix', () => {
    const quiz = stringsWithPrefix('en', 'quiz.');
    expect(quiz.check).toBe(t('en', 'quiz.check'));
    expect(Object.keys(quiz).every((k) => !k.startsWith('quiz.'))).toBe(true);
  });
});
