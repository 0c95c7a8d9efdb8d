/* global MANIFEST */
/**
 * The Atlas service worker: offline reading without tracking. Prepended with `const MANIFEST`
 * (version and search index files, src/lib/offline.ts) by scripts/postbuild.ts into dist/sw.js.
 *  - _astro/ (content-hashed names): cache first, kept across builds;
 *  - pages and other files: stale-while-revalidate (the cached copy at once, refreshed behind);
 *  - pagefind/: from this build's search cache, filled whole for a language the first time the
 *    reader searches in it (message "cache-search"), otherwise fetched and kept as used;
 *  - a new build installs and waits; the page shows an update notice and sends "skip-waiting".
 * Works under any base path: everything is relative to the worker's scope.
 */
const SCOPE = new URL(self.registration.scope).pathname;
const ASSETS = 'cna-assets';
const PAGES = 'cna-pages';
const SEARCH = `cna-search-${MANIFEST.version}`;

self.addEventListener('install', (event) => {
  // The 404 page answers navigations to pages never opened while offline. A new version then
  // waits: the page asks before it takes over (the update notice).
  event.waitUntil(caches.open(PAGES).then((cache) => cache.add(SCOPE + '404.html')).catch(() => undefined));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith('cna-search-') && key !== SEARCH) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type === 'skip-waiting') self.skipWaiting();
  if (data.type === 'cache-search') event.waitUntil(cacheSearch(data.lang, event.ports[0]));
});

async function cacheSearch(lang, port) {
  const files = MANIFEST.search[lang] || [];
  const cache = await caches.open(SEARCH);
  let cached = 0;
  for (let i = 0; i < files.length; i += 8) {
    await Promise.all(files.slice(i, i + 8).map(async (path) => {
      const url = SCOPE + path;
      if (await cache.match(url)) { cached++; return; }
      // Low priority: a query the reader is typing meanwhile goes first.
      const response = await fetch(url, { priority: 'low' }).catch(() => undefined);
      if (response && response.ok) { await cache.put(url, response); cached++; }
    }));
  }
  if (port) port.postMessage({ lang, cached, total: files.length });
}

/**
 * Pagefind adds ?ts=<time> to its entry file and metadata to skip the HTTP cache; this build's
 * search cache holds one version of each, so the query is ignored for pagefind/ (keyed by path).
 */
async function cacheFirst(request, name, byPath) {
  const cache = await caches.open(name);
  const key = byPath ? new URL(request.url).origin + new URL(request.url).pathname : request;
  const hit = await cache.match(key);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(key, response.clone());
  return response;
}

async function staleWhileRevalidate(event) {
  const cache = await caches.open(PAGES);
  const hit = await cache.match(event.request, { ignoreSearch: event.request.mode === 'navigate' });
  const update = fetch(event.request).then(async (response) => {
    if (response.ok) await cache.put(event.request, response.clone());
    return response;
  });
  if (hit) {
    event.waitUntil(update.catch(() => undefined));
    return hit;
  }
  try {
    return await update;
  } catch (error) {
    // Offline and never opened: the site's 404 page says so, with links to what is cached.
    if (event.request.mode === 'navigate') {
      const fallback = await cache.match(SCOPE + '404.html');
      if (fallback) return fallback;
    }
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(SCOPE)) return;
  const path = url.pathname.slice(SCOPE.length);
  if (path === 'sw.js') return;
  if (path.startsWith('_astro/')) event.respondWith(cacheFirst(request, ASSETS, false));
  else if (path.startsWith('pagefind/')) event.respondWith(cacheFirst(request, SEARCH, true));
  else event.respondWith(staleWhileRevalidate(event));
});
