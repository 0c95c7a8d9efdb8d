/** The Markdown twin of every chapter page, at <page URL>index.html.md (see src/lib/twins.ts). */
import type { APIRoute } from 'astro';
import { loadSite } from '../../../../lib/content';
import { localeParam } from '../../../../lib/routes';
import type { PageRoute } from '../../../../lib/navigation';
import { twinOf } from '../../../../lib/twins';

export async function getStaticPaths() {
  const { routes } = await loadSite();
  return routes.map((route) => ({
    params: { locale: localeParam(route.locale), chapter: route.chapter, page: route.slug },
    props: { route },
  }));
}

export const GET: APIRoute = async ({ props, site }) =>
  new Response(await twinOf((props as { route: PageRoute }).route, site, import.meta.env.BASE_URL), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
