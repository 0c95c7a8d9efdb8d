/**
 * The search dialog, loaded on first open. Pagefind (built into dist/pagefind/) picks the
 * index for the page's <html lang>, so results are in the reader's language only.
 */
import { format } from '../lib/i18n-format';
import { expandQuery, phraseHitIds, phraseQuery, pickResults, preferPhraseHits, type PagefindResultData } from '../lib/search-results';

interface Pagefind {
  options(o: { baseUrl?: string; excerptLength?: number; highlightParam?: string }): Promise<void>;
  init(): Promise<void>;
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
let opener: Element | null = null;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
    // Result links carry ?highlight=<query>; the target page marks the words (shell.ts).
    await pf.options({ baseUrl: base, excerptLength: 24, highlightParam: 'highlight' });
    // Keep this language's whole index for offline search (src/sw/sw.js).
    navigator.serviceWorker?.controller?.postMessage({ type: 'cache-search', lang: document.documentElement.lang });
    return pf;
  });
  return pagefind;
}

function links(): HTMLAnchorElement[] {
  return [...(list?.querySelectorAll('a') ?? [])];
}

function render(query: string, items: ReturnType<typeof pickResults>) {
  if (!list || !status) return;
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
  status.textContent = items.length
    ? format(strings.sResults ?? '', { count: items.length, query })
    : format(strings.sNone ?? '', { query });
}

let latest = 0;

async function run(query: string) {
  if (!status) return;
  const mine = ++latest;
  if (!query.trim()) {
    list?.replaceChildren();
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
    const data = await Promise.all(ranked.slice(0, CANDIDATES).map(async (r) => ({ ...(await r.data()), phrase: hit(r.id) })));
    if (mine !== latest) return;
    render(query, pickResults(data, query, 10, strings.sGlossary));
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

/** Loads Pagefind, its WebAssembly and the index metadata before the reader types (on hover or focus of a search button). */
export function warm(): void {
  void loadPagefind().then((pf) => pf.init()).catch(() => undefined);
}

export function open() {
  if (!dialog || !input) return;
  if (!dialog.open) {
    opener = document.activeElement;
    status && (status.textContent = strings.sLoading ?? '');
    dialog.showModal();
    void loadPagefind().then(() => {
      if (status && status.textContent === strings.sLoading) status.textContent = '';
    }, () => status && (status.textContent = strings.sError ?? ''));
  }
  input.focus();
  input.select();
}
