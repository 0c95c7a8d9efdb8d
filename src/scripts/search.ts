/**
 * The search dialog, loaded on first open. Pagefind (built into dist/pagefind/) picks the
 * index for the page's <html lang>, so results are in the reader's language only.
 */
import { format } from '../lib/i18n-format';
import { expandQuery, phraseHitIds, phraseQuery, pickResults, preferPhraseHits, type PagefindResultData } from '../lib/search-results';

interface Pagefind {
  options(o: { baseUrl?: string; excerptLength?: number; highlightParam?: string; noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(q: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
}

const dialog = document.querySelector<HTMLDialogElement>('dialog.cna-search');
const input = dialog?.querySelector<HTMLInputElement>('input');
const list = dialog?.querySelector<HTMLOListElement>('.cna-search__results');
const status = dialog?.querySelector<HTMLElement>('.cna-search__status');
const strings = dialog?.dataset ?? {};
const base = document.documentElement.dataset.base ?? '/';
let pagefind: Promise<Pagefind> | undefined;
/** Pagefind results read per query; the dialog shows the best 10 rows of them (lib/search-results.ts). */
const CANDIDATES = 20;
/**
 * Rows are shown as soon as the best 8 candidates have loaded, then re-ordered once all 20 have.
 * Measured over 37 English and 96 Chinese reader queries, the first row never changed between
 * the two (scripts/bench.ts times the first row).
 */
const FIRST = 8;
let opener: Element | null = null;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
    // Result links carry ?highlight=<query>; the target page marks the words (shell.ts).
    // noWorker: on the main thread the first query does not wait for a worker to start and fetch
    // its own copy of the WebAssembly (about 50 ms less here); later queries take 20 to 60 ms.
    await pf.options({ baseUrl: base, excerptLength: 24, highlightParam: 'highlight', noWorker: true });
    return pf;
  });
  return pagefind;
}

function links(): HTMLAnchorElement[] {
  return [...(list?.querySelectorAll('a') ?? [])];
}

function render(query: string, items: ReturnType<typeof pickResults>, final = true) {
  if (!list || !status) return;
  list.dataset.query = query;
  list.setAttribute('aria-busy', String(!final));
  list.replaceChildren(
    ...items.map((item, i) => {
      const li = document.createElement('li');
      if (item.group && item.group !== items[i - 1]?.group) {
        const group = document.createElement('p');
        group.className = 'cna-search__group';
        group.textContent = item.group;
        li.append(group);
      }
      const a = document.createElement('a');
      a.href = item.url;
      a.className = 'cna-search__result';
      const title = document.createElement('span');
      title.className = 'cna-search__page';
      title.textContent = item.page;
      a.append(title);
      if (item.heading) {
        const heading = document.createElement('span');
        heading.className = 'cna-search__heading';
        heading.textContent = item.heading;
        a.append(heading);
      }
      const excerpt = document.createElement('span');
      excerpt.className = 'cna-search__excerpt';
      excerpt.innerHTML = item.excerpt; // Pagefind escapes page text and adds only <mark>.
      a.append(excerpt);
      li.append(a);
      return li;
    }),
  );
  if (!final) return; // the live status speaks once, for the complete list
  status.textContent = items.length
    ? format(strings.sResults ?? '', { count: items.length, query })
    : format(strings.sNone ?? '', { query });
}

let latest = 0;
let offlineAsked = false;

/**
 * Once a query has shown its results, ask the service worker (src/sw/sw.js) to keep this
 * language's whole index for offline search: when the browser is idle, so its few hundred
 * downloads never compete with the reader's first query.
 */
function keepIndexOffline() {
  if (offlineAsked || !navigator.serviceWorker?.controller) return;
  offlineAsked = true;
  const ask = () => navigator.serviceWorker.controller?.postMessage({ type: 'cache-search', lang: document.documentElement.lang });
  if ('requestIdleCallback' in window) requestIdleCallback(ask, { timeout: 5000 });
  else setTimeout(ask, 2000);
}

async function run(query: string) {
  if (!status) return;
  const mine = ++latest;
  if (!query.trim()) {
    list?.replaceChildren();
    if (list) list.dataset.query = '';
    status.textContent = '';
    return;
  }
  try {
    const pf = await loadPagefind();
    const words = expandQuery(query);
    const phrase = phraseQuery(words);
    const [search, exact] = await Promise.all([pf.search(words), phrase ? pf.search(phrase) : undefined]);
    if (mine !== latest) return; // a newer keystroke superseded this query
    const ranked = preferPhraseHits(search.results, exact?.results);
    const hit = phraseHitIds(exact?.results);
    const loading = ranked.slice(0, CANDIDATES).map(async (r) => ({ ...(await r.data()), phrase: hit(r.id) }));
    let complete = false;
    void Promise.all(loading.slice(0, FIRST)).then((first) => {
      if (mine === latest && !complete && first.length < loading.length) render(query, pickResults(first, query, 10, strings.sGlossary), false);
    }, () => undefined);
    const data = await Promise.all(loading);
    complete = true;
    if (mine !== latest) return;
    render(query, pickResults(data, query, 10, strings.sGlossary));
    keepIndexOffline();
  } catch {
    status.textContent = strings.sError ?? '';
  }
}

function onKey(e: KeyboardEvent) {
  const all = links();
  const i = all.indexOf(document.activeElement as HTMLAnchorElement);
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    const next = e.key === 'ArrowDown' ? (i < 0 ? 0 : Math.min(i + 1, all.length - 1)) : i <= 0 ? -1 : i - 1;
    (next < 0 ? input : all[next])?.focus();
  } else if (e.key === 'Enter' && document.activeElement === input && all[0]) {
    e.preventDefault();
    all[0].click();
  }
}

if (dialog && input) {
  input.addEventListener('input', () => void run(input.value));
  dialog.addEventListener('keydown', onKey);
  dialog.querySelector('[data-close-search]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close(); // a click on the backdrop
  });
  dialog.addEventListener('close', () => (opener as HTMLElement | null)?.focus?.());
}

/**
 * Loads Pagefind, its WebAssembly and the index metadata before the reader types (on hover or
 * focus of a search button, and when the dialog opens). init() alone fetches neither; a preload
 * of a term does, plus that term's one small index chunk.
 */
export function warm(): void {
  void loadPagefind().then(async (pf) => { await pf.init(); await pf.preload('k'); }).catch(() => undefined);
}

export function open() {
  if (!dialog || !input) return;
  if (!dialog.open) {
    opener = document.activeElement;
    status && (status.textContent = strings.sLoading ?? '');
    dialog.showModal();
    warm();
    void loadPagefind().then(() => {
      if (status && status.textContent === strings.sLoading) status.textContent = '';
    }, () => status && (status.textContent = strings.sError ?? ''));
  }
  input.focus();
  input.select();
}
