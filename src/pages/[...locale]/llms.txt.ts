/** llms.txt (https://llmstxt.org) for each language: /llms.txt and /zh-cn/llms.txt. */
import type { APIRoute } from 'astro';
import { localePaths } from '../../lib/routes';
import type { Locale } from '../../lib/i18n';
import { llmsTxt } from '../../lib/twins';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ props, site }) =>
  new Response(await llmsTxt((props as { locale: Locale }).locale, site, import.meta.env.BASE_URL), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
