/**
 * The shipped server configuration, for real: Debian's nginx with deploy/nginx/ serving dist/ on
 * loopback. Checks the response headers, then loads every built page in Chromium with the real
 * Content-Security-Policy header and fails on any CSP violation, console error or request that
 * leaves the machine; search must still work under the policy.
 */
import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { desktop, distDir, root } from './harness';
import { htmlFiles } from '../site/built-site';
import { launch } from '../../scripts/lib/browser';
import { startNginx, type NginxServer } from '../../scripts/lib/nginx';
import { buildScriptHashes } from '../../scripts/lib/build-hashes';
import { caddyfile, nginxSecurityHeaders, nginxServer } from '../../src/lib/headers-config';
import { minBytes } from '../../src/lib/precompress';

const tabs = Number(process.env.AXE_TABS ?? 3);
let server: NginxServer;
let webRoot: string;

interface Reply { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }
function get(path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((ok, fail) => {
    const req = request(server.url(path), { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  // dist/ plus one .wasm file (the build has none: Pagefind ships its WebAssembly gzipped as
  // wasm.<lang>.pagefind), as symlinks so dist/ itself is not touched.
  webRoot = mkdtempSync(join(tmpdir(), 'cna-webroot-'));
  chmodSync(webRoot, 0o755); // nginx's workers run as nobody when the tests run as root
  for (const name of readdirSync(distDir)) symlinkSync(join(distDir, name), join(webRoot, name));
  writeFileSync(join(webRoot, 'probe.wasm'), Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]));
  server = await startNginx(webRoot);
});
afterAll(async () => {
  await server?.close();
  if (webRoot) rmSync(webRoot, { recursive: true, force: true });
});

const page = 'containers/namespaces-and-cgroups/';
const firstFile = (dir: string, test: (n: string) => boolean) => {
  const name = readdirSync(join(distDir, dir)).find(test);
  if (!name) throw new Error(`no matching file in dist/${dir}`);
  return `${dir}/${name}`;
};

describe('deploy/nginx/ is current', () => {
  it('matches what `npm run headers` generates from this build', () => {
    const scriptHashes = buildScriptHashes(distDir);
    const files: [string, string][] = [
      ['deploy/nginx/atlas.conf', nginxServer({})],
      ['deploy/nginx/security-headers.conf', nginxSecurityHeaders({ scriptHashes })],
      ['deploy/caddy/Caddyfile', caddyfile({ scriptHashes })],
    ];
    for (const [rel, text] of files) expect(readFileSync(join(root, rel), 'utf8'), `${rel} is stale: run \`npm run headers\``).toBe(text);
  });
});

describe('response headers from nginx', () => {
  it('sends a strict CSP on pages, with the hash of the inline script the page really contains', async () => {
    const r = await get(page);
    expect(r.status).toBe(200);
    const csp = String(r.headers['content-security-policy']);
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    const script = directives.get('script-src') ?? [];
    expect(script).toContain("'self'");
    expect(script).toContain("'wasm-unsafe-eval'");
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    const html = readFileSync(join(distDir, page, 'index.html'), 'utf8');
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(inline.length).toBeGreaterThan(0);
    for (const code of inline) expect(script).toContain(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
  });

  it('sends the other security headers on every kind of response, the 404 page included', async () => {
    for (const path of [page, '', 'zh-cn/', firstFile('_astro', (n) => n.endsWith('.js')), 'pagefind/pagefind.js', 'no/such/page/']) {
      const r = await get(path);
      expect(r.headers['x-content-type-options'], path).toBe('nosniff');
      expect(r.headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(r.headers['cross-origin-opener-policy'], path).toBe('same-origin');
      expect(r.headers['x-frame-options'], path).toBe('DENY');
      expect(String(r.headers['permissions-policy']), path).toMatch(/(^|, )camera=\(\)/);
      expect(String(r.headers['permissions-policy']), path).toMatch(/(^|, )microphone=\(\)/);
      expect(String(r.headers['permissions-policy']), path).toMatch(/(^|, )geolocation=\(\)/);
      expect(String(r.headers['content-security-policy']), path).toContain("frame-ancestors 'none'");
      expect(r.headers.server, path).toBe('nginx');
    }
  });

  it('caches hashed assets for a year and makes pages, the search index and the 404 page revalidate', async () => {
    const asset = await get(firstFile('_astro', (n) => n.endsWith('.js')));
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const css = await get(firstFile('_astro', (n) => n.endsWith('.css')));
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    for (const path of [page, 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', firstFile('pagefind/fragment', () => true), 'sitemap-index.xml']) {
      expect((await get(path)).headers['cache-control'], path).toBe('no-cache');
    }
    const missing = await get('no/such/page/');
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-cache');
    expect(missing.body.toString()).toContain('404');
  });

  it('serves the precompressed files: brotli when accepted, else gzip, else identity', async () => {
    const plain = readFileSync(join(distDir, page, 'index.html'));
    const br = await get(page, { 'Accept-Encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.equals(readFileSync(join(distDir, page, 'index.html.br')))).toBe(true);
    const gz = await get(page, { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toBe('Accept-Encoding');
    expect(gz.body.equals(readFileSync(join(distDir, page, 'index.html.gz')))).toBe(true);
    const none = await get(page);
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.body.equals(plain)).toBe(true);
    // (files below src/lib/precompress.ts's minBytes are sent as they are)
    const bigJs = (n: string) => n.endsWith('.js') && statSync(join(distDir, '_astro', n)).size >= minBytes;
    for (const path of [firstFile('_astro', bigJs), 'pagefind/pagefind.js', 'sitemap-0.xml']) {
      expect((await get(path, { 'Accept-Encoding': 'gzip' })).headers['content-encoding'], path).toBe('gzip');
    }
  });

  it('sends the right content types, and Pagefind fragments (already gzip) as they are', async () => {
    expect((await get(page)).headers['content-type']).toBe('text/html; charset=utf-8');
    expect((await get('pagefind/pagefind.js')).headers['content-type']).toMatch(/^application\/javascript/);
    expect((await get('probe.wasm')).headers['content-type']).toBe('application/wasm');
    const fragment = await get(firstFile('pagefind/fragment', () => true), { 'Accept-Encoding': 'gzip, br' });
    expect(fragment.headers['content-encoding']).toBeUndefined();
    expect(fragment.body.subarray(0, 2).toString('hex')).toBe('1f8b');
  });

  it('answers the health endpoint and redirects a page without its trailing slash', async () => {
    const health = await get('healthz');
    expect(health.status).toBe(200);
    expect(health.body.toString().trim()).toBe('ok');
    const bare = await get('containers');
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/containers/');
  });
});

describe('every page in Chromium through nginx', () => {
  const paths = htmlFiles(distDir).map((f) => relative(distDir, f).replace(/index\.html$/, ''));
  const problems: string[] = [];
  const foreign = new Set<string>();
  const loaded = new Set<string>();
  let close: (() => Promise<void>) | undefined;
  let context: BrowserContext;

  beforeAll(async () => {
    const launched = await launch();
    close = launched.close;
    context = await launched.browser.newContext(desktop);
    // Every request that is not to this nginx is recorded and refused.
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin === new URL(server.url()).origin) return route.continue();
      foreign.add(url.href);
      return route.abort();
    });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`));
    });
    const queue = [...paths];
    await Promise.all(Array.from({ length: tabs }, async () => {
      const tab = await context.newPage();
      tab.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`${tab.url()}: console ${m.type()}: ${m.text()}`); });
      tab.on('pageerror', (e) => problems.push(`${tab.url()}: ${e.message}`));
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        const response = await tab.goto(server.url(path), { waitUntil: 'load' });
        if (!String(response?.headers()['content-security-policy']).includes("script-src 'self'")) problems.push(`${path}: no CSP header`);
        loaded.add(path);
      }
      await tab.close();
    }));
  }, 600_000);
  afterAll(async () => close?.());

  it(`loads all ${paths.length} pages with no CSP violation, console error or warning`, () => {
    expect(paths.length).toBeGreaterThan(100);
    expect([...loaded].sort()).toEqual([...paths].sort());
    expect(problems).toEqual([]);
  });

  it('makes no request to another origin', () => {
    expect([...foreign]).toEqual([]);
  });

  it('enforces the policy: an injected inline script is blocked and reported', async () => {
    const tab = await context.newPage();
    await tab.goto(server.url(page));
    const result = await tab.evaluate(() => new Promise<string>((ok) => {
      document.addEventListener('securitypolicyviolation', (e) => ok(`blocked ${e.violatedDirective}`), { once: true });
      const s = document.createElement('script');
      s.textContent = 'window.injected = true';
      document.head.append(s);
      setTimeout(() => ok((window as unknown as { injected?: boolean }).injected ? 'ran' : 'no event'), 2000);
    }));
    expect(result).toMatch(/^blocked script-src/);
    await tab.close();
  });

  for (const [lang, start, query] of [['English', '', 'cgroups'], ['Chinese', 'zh-cn/', '边车']] as const) {
    it(`searches in ${lang} under the CSP, with no violation`, async () => {
      const tab = await context.newPage();
      const errors: string[] = [];
      tab.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      await tab.goto(server.url(start));
      await tab.keyboard.press('/');
      await tab.getByRole('searchbox').fill(query);
      await tab.waitForFunction(() => document.querySelectorAll('.cna-search__result').length > 0, undefined, { timeout: 20_000 });
      expect(await tab.locator('.cna-search__result').count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      expect([...foreign]).toEqual([]);
      await tab.close();
    });
  }
});
