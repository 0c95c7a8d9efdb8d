/**
 * Shared setup for browser and built-site tests: a static file server for dist/ (or the
 * subpath build in dist-subpath/, served under /atlas/), and Chromium via playwright-core.
 * The site is built by `npm test` (scripts/test.ts) before these tests run.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from '../../scripts/lib/browser';

export const root = resolve(import.meta.dirname, '../..');
export const distDir = join(root, 'dist');
export const subpathDir = join(root, 'dist-subpath');
export const subpathBase = '/atlas/';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml',
  '.txt': 'text/plain', '.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream',
};

export interface SiteServer {
  url: (path?: string) => string;
  close: () => Promise<void>;
}

/** Serves dir under base like a plain static host: /x/ -> /x/index.html, unknown -> 404.html. */
export async function serve(dir = distDir, base = '/'): Promise<SiteServer> {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no index.html: run \`npm run build\` first (npm test does).`);
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file: string | undefined;
    if (pathname.startsWith(base)) {
      const rel = pathname.slice(base.length);
      const candidate = join(dir, rel);
      if (candidate.startsWith(dir)) {
        if (existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
        else if (existsSync(join(candidate, 'index.html'))) file = join(candidate, 'index.html');
      }
    }
    if (!file) {
      const notFound = join(dir, '404.html');
      res.writeHead(404, { 'Content-Type': types['.html'] });
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'not found');
      return;
    }
    // Compress text like any real static host does, so the benchmark measures what readers get.
    const type = types[extname(file)] ?? 'application/octet-stream';
    const body = readFileSync(file);
    if (/gzip/.test(String(req.headers['accept-encoding'])) && /text|javascript|json|svg|xml/.test(type)) {
      res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Cache-Control': 'public, max-age=3600' });
      res.end(gzipSync(body));
      return;
    }
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'public, max-age=3600' });
    res.end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path = '') => `http://127.0.0.1:${port}${base}${path.replace(/^\//, '')}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

export interface Harness {
  site: SiteServer;
  browser: Browser;
  /** A fresh context (own storage) and page; options are passed to newContext. */
  page: (options?: Parameters<Browser['newContext']>[0]) => Promise<{ page: Page; context: BrowserContext; errors: Error[] }>;
  close: () => Promise<void>;
}

export async function start(dir = distDir, base = '/'): Promise<Harness> {
  const site = await serve(dir, base);
  const { browser, close } = await launch();
  const contexts: BrowserContext[] = [];
  return {
    site,
    browser,
    page: async (options) => {
      const context = await browser.newContext(options);
      contexts.push(context);
      const page = await context.newPage();
      // Uncaught errors in the page are collected so tests can assert there were none.
      const errors: Error[] = [];
      page.on('pageerror', (error) => errors.push(error));
      return { page, context, errors };
    },
    close: async () => {
      for (const c of contexts) await c.close().catch(() => {});
      await close();
      await site.close();
    },
  };
}

export const phone = { viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const desktop = { viewport: { width: 1360, height: 900 } };

/** The built English page that embeds a lab (found in dist/, so moving a lab does not break its test). */
export function labPagePath(labId: string, dir = distDir): string {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html') && !f.startsWith('zh-cn'))
    .sort();
  const hit = files.find((f) => readFileSync(join(dir, f), 'utf8').includes(`data-lab="${labId}"`));
  if (!hit) throw new Error(`No built English page contains <Lab id="${labId}" />: run \`npm run build\``);
  return hit.replace(/index\.html$/, '');
}

/**
 * Per-file setup for a lab's browser test: serves dist/, finds the page that embeds the lab,
 * and returns open(query) which loads it and waits until the lab is ready (`ready`).
 */
export function labSession(labId: string, ready: (page: Page) => Promise<unknown>) {
  let h: Harness | undefined;
  let path = '';
  beforeAll(async () => {
    h = await start();
    path = labPagePath(labId);
  });
  afterAll(async () => {
    await h?.close();
  });
  return async function open(query = '', options: Parameters<Browser['newContext']>[0] = desktop): Promise<{ page: Page; errors: Error[] }> {
    if (!h) throw new Error('labSession: the harness did not start');
    const { page, errors } = await h.page(options);
    await page.goto(h.site.url(`${path}${query}`));
    // A lab's code loads when the lab comes near the viewport, as when a reader scrolls to it.
    await page.locator(`section.cna-lab[data-lab="${labId}"]`).scrollIntoViewIfNeeded();
    await ready(page);
    return { page, errors };
  };
}
