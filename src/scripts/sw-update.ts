/**
 * The update notice: loaded only when the service worker (src/sw/sw.js) has found a new build.
 * The new worker waits until the reader chooses to reload; then it takes over and the page reloads.
 */
export function watchUpdate(reg: ServiceWorkerRegistration): void {
  const notice = document.querySelector<HTMLElement>('[data-update-notice]');
  if (!notice) return;
  const show = () => {
    if (navigator.serviceWorker.controller) notice.hidden = false; // not on the very first visit
  };
  if (reg.waiting) show();
  const installing = reg.installing;
  installing?.addEventListener('statechange', () => {
    if (installing.state === 'installed') show();
  });
  notice.querySelector('button')?.addEventListener('click', () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    (reg.waiting ?? reg.installing)?.postMessage({ type: 'skip-waiting' });
  });
}
