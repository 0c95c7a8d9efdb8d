/** Every quiz question of one language as JSON, fetched only by the review page. */
import type { APIRoute } from 'astro';
import { loadSite } from '../../../lib/content';
import { localePaths } from '../../../lib/routes';
import { reviewQuestions } from '../../../lib/review-questions';
import { localePath, withBase } from '../../../lib/urls';
import type { Locale } from '../../../lib/i18n';

export function getStaticPaths() {
  return localePaths();
}

export const GET: APIRoute = async ({ props }) => {
  const locale = (props as { locale: Locale }).locale;
  const base = import.meta.env.BASE_URL;
  const { routes, entries } = await loadSite();
  const questions = routes
    .filter((r) => r.locale === locale)
    .flatMap((r) => {
      const entry = entries.get(r.page.entryId);
      if (!entry?.body) return [];
      const contentLocale = r.page.locale;
      return reviewQuestions(
        entry.body,
        entry.filePath ?? r.page.entryId,
        { key: `${r.chapter}/${r.slug}/`, title: r.page.title, href: withBase(base, r.path) },
        (learn) => withBase(base, localePath(contentLocale, learn)),
      );
    });
  return new Response(JSON.stringify(questions), { headers: { 'Content-Type': 'application/json' } });
};
