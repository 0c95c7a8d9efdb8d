/** llms-full.txt for each language: the Markdown of every page in reading order. */
import type { APIRoute } from 'astro';
import { localePaths } from '../../lib/routes';
import type { Locale } from '../../lib/i18n';
import { llmsFullTxt } from '../../lib/twins';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ props, site }) =>
  new Response(await llmsFullTxt((props as { locale: Locale }).locale, site, import.meta.env.BASE_URL), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
