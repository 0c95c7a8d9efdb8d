/** Locale and page id of a content file path such as /x/content/zh-cn/containers/history.mdx. */
export function localeOfFile(path: string | undefined): 'en' | 'zh-cn' {
  return path && /\/content\/zh-cn\//.test(path) ? 'zh-cn' : 'en';
}
