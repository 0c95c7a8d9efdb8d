/** "Report a problem with this page": a new-issue URL with the page's title and URL filled in. */

export interface ReportFields {
  /** Issue title. */
  title: string;
  /** Issue body. */
  body: string;
}

/**
 * The new-issue URL (GitHub, GitLab and Forgejo all read `title` and `body`), or undefined when
 * no issues URL is configured. A value that is not an absolute http(s) URL is a configuration error.
 */
export function reportUrl(issuesUrl: string | undefined, fields: ReportFields): string | undefined {
  if (!issuesUrl) return undefined;
  let url: URL;
  try {
    url = new URL(issuesUrl);
  } catch {
    throw new Error(`ISSUES_URL (src/config.ts) must be an absolute URL such as https://github.com/you/atlas/issues/new, got "${issuesUrl}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`ISSUES_URL (src/config.ts) must be an http(s) URL, got "${issuesUrl}"`);
  const query = `title=${encodeURIComponent(fields.title)}&body=${encodeURIComponent(fields.body)}`;
  return `${url.origin}${url.pathname}${url.search ? `${url.search}&` : '?'}${query}`;
}
