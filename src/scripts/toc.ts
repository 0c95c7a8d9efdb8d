/** Highlights the contents entry of the section currently in view (aria-current="true"). */
export function setupToc() {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.cna-toc--aside a[data-toc-link]')];
  if (links.length === 0 || !('IntersectionObserver' in window)) return;
  const headings = links
    .map((a) => document.getElementById(a.dataset.tocLink ?? ''))
    .filter((h): h is HTMLElement => h !== null);
  const visible = new Set<Element>();
  const mark = () => {
    // The current section is the last heading above the top third of the viewport.
    let current = headings[0];
    for (const h of headings) if (h.getBoundingClientRect().top < window.innerHeight / 3) current = h;
    for (const a of links) {
      if (a.dataset.tocLink === current?.id) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    }
  };
  const observer = new IntersectionObserver((entries) => {
    for (const e of entries) (e.isIntersecting ? visible.add(e.target) : visible.delete(e.target));
    mark();
  });
  for (const h of headings) observer.observe(h);
  addEventListener('scroll', mark, { passive: true });
  mark();
}
