/**
 * Request arrivals: a rate per second from the chosen pattern, and a seeded
 * Poisson-like count each second with arrival times spread inside the second.
 */
import { createRng, type Rng } from '../random';
import type { Pattern } from './settings';

/** Length of one run of the lab, in seconds. */
export const DURATION = 360;

/** Spike: a fifth of the peak rate, with the full rate from 120 s to 150 s. */
export const SPIKE = { from: 120, to: 150 } as const;
/** Idle then burst: light traffic for 20 s, silence, a burst from 200 s to 230 s, silence. */
export const IDLE_BURST = { lightUntil: 20, from: 200, to: 230 } as const;

export function rateAt(pattern: Pattern, rate: number, t: number): number {
  switch (pattern) {
    case 'steady':
      return rate;
    case 'spike':
      return t >= SPIKE.from && t < SPIKE.to ? rate : rate / 5;
    case 'idle-burst':
      if (t < IDLE_BURST.lightUntil) return rate / 5;
      return t >= IDLE_BURST.from && t < IDLE_BURST.to ? rate : 0;
  }
}

/** Knuth's method: fine for the small rates of this lab (at most 100 per second). */
export function poisson(rng: Rng, lambda: number): number {
  if (lambda <= 0) return 0;
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= rng();
  } while (p > limit);
  return k - 1;
}

/** Sorted arrival times (seconds) for the whole run. The same seed gives the same list. */
export function makeArrivals(pattern: Pattern, rate: number, seed: number, duration = DURATION): number[] {
  const rng = createRng(seed);
  const out: number[] = [];
  for (let t = 0; t < duration; t++) {
    const n = poisson(rng, rateAt(pattern, rate, t));
    const inSecond: number[] = [];
    for (let i = 0; i < n; i++) inSecond.push(t + Math.floor(rng() * 1000) / 1000);
    inSecond.sort((a, b) => a - b);
    out.push(...inSecond);
  }
  return out;
}
