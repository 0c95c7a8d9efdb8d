import { describe, expect, it } from 'vitest';
import { closedCard, isOpen, nextCard, tapFollowsLink, type CardEvent } from '../../../src/lib/term-card';

const run = (...events: CardEvent[]) => events.reduce(nextCard, closedCard);

describe('glossary card state', () => {
  it('is closed before anything happens', () => {
    expect(isOpen(closedCard)).toBe(false);
  });
  it('opens on hover and closes when the pointer leaves', () => {
    expect(isOpen(run('hover-start'))).toBe(true);
    expect(isOpen(run('hover-start', 'hover-end'))).toBe(false);
  });
  it('opens on keyboard focus and closes when focus leaves', () => {
    expect(isOpen(run('focus-in'))).toBe(true);
    expect(isOpen(run('focus-in', 'focus-out'))).toBe(false);
  });
  it('stays open while focus remains after the pointer leaves, and the other way round', () => {
    expect(isOpen(run('focus-in', 'hover-start', 'hover-end'))).toBe(true);
    expect(isOpen(run('hover-start', 'focus-in', 'focus-out'))).toBe(true);
  });
  it('closes on Escape although hover and focus remain', () => {
    const s = run('hover-start', 'focus-in', 'escape');
    expect(isOpen(s)).toBe(false);
    expect(s.focus).toBe(true);
  });
  it('stays dismissed while the pointer moves back and forth over the term', () => {
    expect(isOpen(run('hover-start', 'escape', 'hover-start'))).toBe(false);
    expect(isOpen(run('hover-start', 'focus-in', 'escape', 'hover-end', 'hover-start'))).toBe(false);
  });
  it('opens again once hover and focus have both left and one comes back', () => {
    expect(isOpen(run('hover-start', 'escape', 'hover-end', 'hover-start'))).toBe(true);
    expect(isOpen(run('focus-in', 'hover-start', 'escape', 'hover-end', 'focus-out', 'focus-in'))).toBe(true);
  });
  it('ignores Escape when the card is closed, so a later hover still opens it', () => {
    expect(isOpen(run('escape', 'hover-start'))).toBe(true);
  });
  it('shows the card on the first tap instead of following the link, and follows it on the second', () => {
    expect(tapFollowsLink(closedCard)).toBe(false);
    // A tap focuses the link before the click: focus alone must not count as the first tap.
    expect(tapFollowsLink(run('focus-in'))).toBe(false);
    const tapped = run('focus-in', 'tap-term');
    expect(isOpen(tapped)).toBe(true);
    expect(tapFollowsLink(tapped)).toBe(true);
  });
  it('closes a tapped card on a tap elsewhere, even if the link kept focus', () => {
    expect(isOpen(run('focus-in', 'tap-term', 'tap-outside'))).toBe(false);
    expect(tapFollowsLink(run('tap-term', 'tap-outside'))).toBe(false);
  });
  it('closes a tapped card on Escape, and the next tap shows it again without navigating', () => {
    const s = run('tap-term', 'escape');
    expect(isOpen(s)).toBe(false);
    expect(tapFollowsLink(s)).toBe(false);
    expect(isOpen(nextCard(s, 'tap-term'))).toBe(true);
  });
  it('closes completely when another card opens', () => {
    expect(run('hover-start', 'focus-in', 'close')).toEqual(closedCard);
  });
});
