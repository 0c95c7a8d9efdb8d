/**
 * The reading shell's behaviour, loaded on every page (kept small: it is the only JS a
 * reader downloads before opening search or a lab): theme switch, phone menu, search
 * shortcuts, copy buttons, contents highlighting, glossary cards and marking the page as read.
 */
import { browserStorage, loadProgress, markRead, progressKey } from '../lib/progress';
import { setupToc } from './toc';
import { setupCopyButtons, setupCopyPage } from './copy';
import { setupTermCards } from './term-card';

const root = document.documentElement;

function applyTheme(choice: string) {
  const dark = choice === 'dark' || (choice === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
  root.dataset.theme = dark ? 'dark' : 'light';
  root.dataset.themeChoice = choice;
}

for (const select of document.querySelectorAll<HTMLSelectElement>('[data-theme-select]')) {
  select.value = root.dataset.themeChoice ?? 'system';
  select.addEventListener('change', () => {
    try {
      if (select.value === 'system') localStorage.removeItem('cna-theme');
      else localStorage.setItem('cna-theme', select.value);
    } catch {
      /* storage unavailable: the choice lasts for this page only */
    }
    applyTheme(select.value);
  });
}
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
  if (root.dataset.themeChoice === 'system') applyTheme('system');
});

// Phone menu: the button shows and hides the sidebar; Escape closes it.
const menu = document.querySelector<HTMLButtonElement>('.cna-menu-button');
const sidebar = document.getElementById('cna-sidebar');
if (menu && sidebar) {
  const label = menu.querySelector('.cna-menu-button__label');
  const setOpen = (open: boolean) => {
    menu.setAttribute('aria-expanded', String(open));
    root.toggleAttribute('data-menu-open', open);
    if (label) label.textContent = (open ? menu.dataset.labelClose : menu.dataset.labelOpen) ?? '';
  };
  menu.addEventListener('click', () => setOpen(menu.getAttribute('aria-expanded') !== 'true'));
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && root.hasAttribute('data-menu-open')) {
      setOpen(false);
      menu.focus();
    }
  });
}

// Search: the dialog's code and Pagefind load on first use, or as soon as the pointer or the
// focus reaches a search button, so the first query does not wait for them.
let searchModule: Promise<typeof import('./search')> | undefined;
function loadSearch() {
  if (!searchModule) {
    // Fetch Pagefind's script alongside the dialog's code rather than after it.
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = `${document.documentElement.dataset.base ?? '/'}pagefind/pagefind.js`;
    document.head.append(link);
  }
  searchModule ??= import('./search');
  return searchModule;
}
function openSearch() {
  void loadSearch().then((m) => m.open());
}
function warmSearch() {
  void loadSearch().then((m) => m.warm());
}
for (const button of document.querySelectorAll('[data-open-search]')) {
  button.addEventListener('click', openSearch);
  for (const type of ['pointerenter', 'focus', 'touchstart']) button.addEventListener(type, warmSearch, { once: true, passive: true });
}
// A search result opens its page with ?highlight=<words>: mark them in the article with
// Pagefind's highlighter (loaded only then; its inline styles are off, see components.css).
if (new URLSearchParams(location.search).has('highlight')) {
  const base = document.documentElement.dataset.base ?? '/';
  type Highlighter = new (o: object) => unknown;
  void (import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`) as Promise<{ default: Highlighter }>).then(
    (m) => new m.default({ highlightParam: 'highlight', markContext: '[data-pagefind-body]', addStyles: false, markOptions: { className: 'cna-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] } }),
    () => undefined,
  );
}
document.addEventListener('keydown', (e) => {
  const target = e.target as HTMLElement;
  const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  if ((e.key === 'k' && (e.metaKey || e.ctrlKey)) || (e.key === '/' && !typing && !e.metaKey && !e.ctrlKey && !e.altKey)) {
    e.preventDefault();
    openSearch();
  }
});

// Offline reading (src/sw/sw.js): the service worker keeps the pages a reader opens and, once
// they search, their language's search index. The update notice's code loads only on an update.
if ('serviceWorker' in navigator) {
  const base = root.dataset.base ?? '/';
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).then((reg) => {
    const watch = () => void import('./sw-update').then((m) => m.watchUpdate(reg));
    if (reg.waiting) watch();
    reg.addEventListener('updatefound', watch);
  }, () => undefined);
}

setupCopyButtons();
setupCopyPage();
setupToc();
setupTermCards();

// Count this page as read, and tick the pages already read in the sidebar and chapter lists.
const storage = browserStorage();
const base = root.dataset.base ?? '/';
const progress = document.querySelector('main[data-page-kind="doc"]')
  ? markRead(storage, progressKey(location.pathname, base))
  : loadProgress(storage);
for (const link of document.querySelectorAll<HTMLElement>('[data-progress-path]')) {
  if ((link.dataset.progressPath ?? '').replace(/^zh-cn\//, '') in progress.read) link.dataset.read = 'true';
}

// Language switch: headings have the same ids in both languages, so keep the reader's section
// (the #hash in the address, else the last heading scrolled up to the header) on the other language's page.
for (const link of document.querySelectorAll<HTMLAnchorElement>('a.cna-lang')) {
  link.addEventListener('click', () => {
    let id = location.hash.slice(1);
    if (!id && scrollY > 0) {
      for (const h of document.querySelectorAll<HTMLElement>('.cna-prose h2[id], .cna-prose h3[id]')) {
        if (h.getBoundingClientRect().top > 120) break;
        id = h.id;
      }
    }
    if (id) link.hash = id;
  });
}
