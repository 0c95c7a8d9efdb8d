/**
 * The HTTP response headers of the site, in one place: the Content-Security-Policy that Astro
 * puts in each page's <meta> (astro.config.mjs), dist/_headers (Netlify, Cloudflare Pages), the
 * nginx server block and the Caddyfile in deploy/ are all generated from these values.
 */
import { createHash } from 'node:crypto';

/** CSP directives besides script-src and style-src, in the <meta> Astro writes and in the header. */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** script-src: same-origin files, the inline scripts Astro hashes, and Pagefind's WebAssembly. */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * style-src keeps 'unsafe-inline': Shiki writes each token's colours as a style attribute and every
 * build-time Mermaid diagram carries its own <style> (216 distinct ones), which no hash list can
 * cover. Scripts, where injection turns into code execution, stay hash-only.
 */
export const styleSources = ["'self'", "'unsafe-inline'"] as const;

/** Directives a browser obeys only in a header (in a <meta> it ignores them and logs an error). */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

/** The full policy for the Content-Security-Policy header, given the inline-script hashes of the build. */
export function cspHeader(scriptHashes: readonly string[]): string {
  const hashes = [...new Set(scriptHashes)].sort().map((h) => `'${h.replace(/^'|'$/g, '')}'`);
  return [
    ...cspDirectives,
    `script-src ${[...scriptSources, ...hashes].join(' ')}`,
    `style-src ${styleSources.join(' ')}`,
    ...headerOnlyDirectives,
  ].join('; ');
}

/** The CSP source for an inline script: 'sha256-' and the base64 SHA-256 of its exact text. */
export function inlineScriptHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code).digest('base64')}`;
}

/** The script hashes ('sha256-…') in the CSP <meta> Astro wrote into one built HTML page. */
export function scriptHashesOf(html: string): string[] {
  const meta = /<meta\s[^>]*http-equiv="content-security-policy"[^>]*>/i.exec(html)?.[0];
  const content = meta && /content="([^"]*)"/i.exec(meta)?.[1];
  if (!content) return [];
  const script = content.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src '));
  return (script?.split(/\s+/) ?? []).map((s) => s.replace(/^'|'$/g, '')).filter((s) => /^sha(256|384|512)-/.test(s));
}

/** Features the site never uses, denied to it and to anything it could embed. */
export const permissionsPolicy = ['accelerometer', 'camera', 'geolocation', 'gyroscope', 'magnetometer', 'microphone', 'payment', 'usb']
  .map((f) => `${f}=()`)
  .join(', ');

/** Headers every response gets (pages, assets, the 404 page). */
export function securityHeaders(scriptHashes: readonly string[]): Record<string, string> {
  return {
    'Content-Security-Policy': cspHeader(scriptHashes),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': permissionsPolicy,
    'Cross-Origin-Opener-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  };
}

export const immutable = 'public, max-age=31536000, immutable';
export const revalidate = 'no-cache';

/**
 * Cache-Control by path, relative to the base path; the first match wins and everything else
 * (the HTML pages) revalidates. Only /_astro/ has content-hashed names; Pagefind's entry files
 * (pagefind.js, pagefind-entry.json) keep their names across builds, so pagefind/ revalidates.
 */
export const cacheRules: readonly { path: string; cacheControl: string }[] = [
  { path: '_astro/', cacheControl: immutable },
  { path: 'pagefind/', cacheControl: revalidate },
  { path: 'sw.js', cacheControl: revalidate },
];
