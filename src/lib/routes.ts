/** getStaticPaths helpers for routes under src/pages/[...locale]/. */
import { locales, type Locale } from './i18n';

/** The [...locale] parameter: undefined for English (served at /), "zh-cn" for Chinese. */
export function localeParam(locale: Locale): string | undefined {
  return locale === 'en' ? undefined : locale;
}

export function localeFromParam(param: string | undefined): Locale {
  return param === 'zh-cn' ? 'zh-cn' : 'en';
}

export function localePaths() {
  return locales.map((locale) => ({ params: { locale: localeParam(locale) }, props: { locale } }));
}
