/**
 * Glossary cards: each .cna-term's card becomes a manual popover driven by the state machine in
 * src/lib/term-card.ts (hover, keyboard focus, Escape, touch taps). One card is open at a time.
 */
import { closedCard, isOpen, nextCard, tapFollowsLink, type CardEvent, type CardState } from '../lib/term-card';

/** Time the pointer has to cross from the term to its card (or back) before the card closes. */
const GRACE_MS = 300;
const anchored = CSS.supports('anchor-name', '--cna-term');
const states = new Map<HTMLElement, CardState>();
let current: HTMLElement | undefined;

const tipOf = (term: HTMLElement) => term.querySelector<HTMLElement>('.cna-term__tip');

function render(term: HTMLElement, open: boolean) {
  const tip = tipOf(term);
  if (!tip) return;
  term.toggleAttribute('data-open', open);
  if (open !== tip.matches(':popover-open')) (open ? tip.showPopover() : tip.hidePopover());
  if (open && !anchored) {
    const r = term.getBoundingClientRect();
    tip.style.top = `${r.bottom + scrollY}px`;
    tip.style.left = `${Math.max(0, Math.min(r.left, innerWidth - tip.offsetWidth - 12)) + scrollX}px`;
  }
}

function send(term: HTMLElement, event: CardEvent) {
  const state = nextCard(states.get(term) ?? closedCard, event);
  states.set(term, state);
  const open = isOpen(state);
  if (open && current && current !== term) {
    states.set(current, closedCard);
    render(current, false);
  }
  if (open) current = term;
  else if (current === term) current = undefined;
  render(term, open);
}

export function setupTermCards() {
  const terms = document.querySelectorAll<HTMLElement>('.cna-term');
  if (terms.length === 0 || !('popover' in HTMLElement.prototype)) return; // CSS hover and focus still work
  for (const term of terms) {
    const tip = tipOf(term);
    const link = term.querySelector<HTMLAnchorElement>('.cna-term__link');
    if (!tip || !link) continue;
    tip.popover = 'manual';
    let leaving: ReturnType<typeof setTimeout> | undefined;
    // Touch pointers fire enter and leave around every tap: only a mouse or pen hovers.
    term.addEventListener('pointerenter', (e) => {
      if (e.pointerType === 'touch') return;
      clearTimeout(leaving);
      send(term, 'hover-start');
    });
    term.addEventListener('pointerleave', (e) => {
      if (e.pointerType === 'touch') return;
      leaving = setTimeout(() => send(term, 'hover-end'), GRACE_MS);
    });
    term.addEventListener('focusin', () => send(term, 'focus-in'));
    term.addEventListener('focusout', (e) => {
      if (!term.contains(e.relatedTarget as Node | null)) send(term, 'focus-out');
    });
    link.addEventListener('click', (e) => {
      if ((e as PointerEvent).pointerType !== 'touch') return;
      if (!tapFollowsLink(states.get(term) ?? closedCard)) e.preventDefault();
      send(term, 'tap-term');
    });
  }
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && current) send(current, 'escape');
  });
  document.addEventListener('pointerdown', (e) => {
    if (current && !current.contains(e.target as Node)) send(current, 'tap-outside');
  });
}
