import { describe, expect, it } from 'vitest';
import { createRng, randomInt } from '../../../../src/lib/sim/random';

describe('seeded random numbers', () => {
  it('replays the same sequence for the same seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b));
  });
  it('gives different sequences for different seeds', () => {
    expect(createRng(1)()).not.toEqual(createRng(2)());
  });
  it('keeps integers inside the inclusive range', () => {
    const rng = createRng(7);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) seen.add(randomInt(rng, 1, 3));
    expect([...seen].sort()).toEqual([1, 2, 3]);
  });
});
