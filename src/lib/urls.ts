/** URL helpers: every internal link goes through withBase so the site works under a subpath. */

/** Normalise a BASE_PATH value to "/" or "/atlas/". */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Join base and a site-relative path ("containers/x/#a" or "/containers/x/"). */
export function withBase(base: string, path: string): string {
  return normaliseBase(base) + path.replace(/^\/+/, '');
}

/** The path of a page in a locale: "" for the English home, "zh-cn/containers/x/" etc. */
export function localePath(locale: string, path: string): string {
  const clean = path.replace(/^\/+/, '');
  return locale === 'en' ? clean : `${locale}/${clean}`;
}

/** The locale of a URL path served under base: "zh-cn" for /base/zh-cn/..., else "en". */
export function localeOfUrl(pathname: string, base: string): 'en' | 'zh-cn' {
  const rest = pathname.startsWith(normaliseBase(base)) ? pathname.slice(normaliseBase(base).length) : pathname.replace(/^\//, '');
  return rest === 'zh-cn' || rest.startsWith('zh-cn/') ? 'zh-cn' : 'en';
}
