/**
 * Interface strings. Every string lives in content/i18n/<locale>.json, plus optional
 * namespaced files content/i18n/<locale>/<name>.json (one per lab). The dictionaries are
 * checked when this module loads: a key missing from one locale, a duplicate or an empty
 * value fails the build with the file and key to fix.
 */
import { format } from './i18n-format';

export const locales = ['en', 'zh-cn'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

export type Dictionary = Record<string, string>;

/** Files keyed by their path relative to content/i18n, e.g. "en.json" or "zh-cn/lab-k8s.json". */
export function buildDictionaries(files: Record<string, unknown>): Record<Locale, Dictionary> {
  const dicts = { en: {}, 'zh-cn': {} } as Record<Locale, Dictionary>;
  const origin: Record<string, string> = {};
  for (const [file, data] of Object.entries(files)) {
    const locale = file.split(/[/.]/)[0] as Locale;
    if (!locales.includes(locale)) throw new Error(`content/i18n/${file}: unknown locale "${locale}" (expected ${locales.join(', ')})`);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new Error(`content/i18n/${file}: expected a flat JSON object of "key": "string"`);
    }
    for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
      if (typeof value !== 'string' || value.trim() === '') {
        throw new Error(`content/i18n/${file}: "${key}" must be a non-empty string`);
      }
      const id = `${locale}:${key}`;
      if (id in origin) throw new Error(`content/i18n/${file}: "${key}" is already defined in content/i18n/${origin[id]}`);
      origin[id] = file;
      dicts[locale][key] = value;
    }
  }
  for (const locale of locales) {
    for (const other of locales) {
      for (const key of Object.keys(dicts[other])) {
        if (!(key in dicts[locale])) {
          throw new Error(`content/i18n: "${key}" is defined for ${other} (content/i18n/${origin[`${other}:${key}`]}) but missing for ${locale}: add it to content/i18n/${locale}.json or the matching file in content/i18n/${locale}/`);
        }
      }
    }
  }
  return dicts;
}

const files = import.meta.glob('/content/i18n/**/*.json', { eager: true, import: 'default' });
const dictionaries = buildDictionaries(
  Object.fromEntries(Object.entries(files).map(([path, data]) => [path.replace('/content/i18n/', ''), data])),
);

export { format };

/** The string for key in locale; an unknown key is a programming error and fails the build. */
export function t(locale: Locale, key: string, values?: Record<string, string | number>): string {
  const value = dictionaries[locale][key];
  if (value === undefined) throw new Error(`Unknown interface string "${key}": add it to content/i18n/en.json and content/i18n/zh-cn.json`);
  return format(value, values);
}

/** Every string whose key starts with prefix, with the prefix removed: handed to a lab's custom element. */
export function stringsWithPrefix(locale: Locale, prefix: string): Dictionary {
  const out: Dictionary = {};
  for (const [key, value] of Object.entries(dictionaries[locale])) {
    if (key.startsWith(prefix)) out[key.slice(prefix.length)] = value;
  }
  return out;
}

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}
