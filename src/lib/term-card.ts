/**
 * When a glossary card is open (WCAG 2.2 SC 1.4.13, content on hover or focus): it opens on
 * hover or keyboard focus, stays while either lasts, Escape dismisses it until both hover and
 * focus have left, and a touch tap pins it open instead of following the link.
 */
export interface CardState {
  /** A mouse or pen pointer is over the term or its card. */
  hover: boolean;
  /** Keyboard focus is on the term link or inside its card. */
  focus: boolean;
  /** Opened by a tap on a touch screen; stays until a tap elsewhere or Escape. */
  pinned: boolean;
  /** Closed with Escape; hover and focus no longer open it until both have left. */
  dismissed: boolean;
}

export type CardEvent = 'hover-start' | 'hover-end' | 'focus-in' | 'focus-out' | 'escape' | 'tap-term' | 'tap-outside' | 'close';

export const closedCard: CardState = { hover: false, focus: false, pinned: false, dismissed: false };

export function isOpen(s: CardState): boolean {
  return !s.dismissed && (s.hover || s.focus || s.pinned);
}

/** A dismissal lasts until hover and focus have both left. */
function settle(s: CardState): CardState {
  return s.dismissed && !s.hover && !s.focus ? { ...s, dismissed: false } : s;
}

export function nextCard(s: CardState, event: CardEvent): CardState {
  switch (event) {
    case 'hover-start': return { ...s, hover: true };
    case 'hover-end': return settle({ ...s, hover: false });
    case 'focus-in': return { ...s, focus: true };
    case 'focus-out': return settle({ ...s, focus: false });
    case 'escape': return isOpen(s) ? { ...s, pinned: false, dismissed: true } : s;
    case 'tap-term': return { ...s, pinned: true, dismissed: false };
    // A tap elsewhere is a clear wish to close, even where the tapped link keeps focus (iOS).
    case 'tap-outside':
    case 'close': return closedCard;
  }
}

/**
 * What a tap on the term link does: the first tap shows the card instead of navigating,
 * a tap while the card is pinned open follows the link.
 */
export function tapFollowsLink(s: CardState): boolean {
  return s.pinned && !s.dismissed;
}
