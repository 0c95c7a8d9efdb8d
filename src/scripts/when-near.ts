/**
 * Runs load() once the first element matching selector comes within rootMargin of the viewport,
 * so a quiz or lab's code downloads only when the reader gets near it (or at once when the
 * browser has no IntersectionObserver, or when the URL carries a query: a lab or challenge
 * link whose state the reader came to see).
 */
export function whenNear(selector: string, load: () => Promise<unknown>, rootMargin = '800px 0px') {
  const targets = document.querySelectorAll(selector);
  if (targets.length === 0) return;
  if (!('IntersectionObserver' in window) || location.search) {
    void load();
    return;
  }
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    observer.disconnect();
    void load();
  }, { rootMargin });
  for (const t of targets) observer.observe(t);
}
