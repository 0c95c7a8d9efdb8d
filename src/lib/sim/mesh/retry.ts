/**
 * Which failed tries Envoy retries, and how long it waits (rules 8.3, 8.4).
 * From Envoy's router docs and `RetryStateImpl::wouldRetryFromHeaders/FromReset`:
 * - 5xx: any 5xx response, or no response at all (reset, connect failure, per-try timeout);
 * - gateway-error: 502, 503, 504, and resets / per-try timeouts;
 * - reset: no response at all (disconnect, reset, read timeout);
 * - connect-failure: a failed TCP connection only;
 * - "503": the retriable status code 503 only.
 * The route timeout covers all tries and is never retried itself.
 */
import { randomInt, type Rng } from '../random';
import { BACKOFF_BASE_MS, BACKOFF_MAX_MS, type RetryCondition, type TryResult } from './types';

export function isRetryable(result: TryResult, status: number, retryOn: readonly RetryCondition[]): boolean {
  const on = (c: RetryCondition) => retryOn.includes(c);
  switch (result) {
    case 'http-error':
      return (
        (on('5xx') && status >= 500 && status <= 599) ||
        (on('gateway-error') && (status === 502 || status === 503 || status === 504)) ||
        (on('503') && status === 503)
      );
    case 'connect-failure':
      return on('5xx') || on('gateway-error') || on('reset') || on('connect-failure');
    case 'per-try-timeout':
      return on('5xx') || on('gateway-error') || on('reset');
    default:
      return false;
  }
}

/** Upper bound (exclusive) of the jittered back-off before retry number n (1-based). */
export function backoffCeiling(n: number): number {
  return Math.min((2 ** n - 1) * BACKOFF_BASE_MS, BACKOFF_MAX_MS);
}

/** Fully jittered exponential back-off: a value in [0, (2^n − 1) × 25 ms), capped at 250 ms. */
export function backoff(rng: Rng, n: number): number {
  return randomInt(rng, 0, backoffCeiling(n) - 1);
}

/** Relative weights (rule 8.1): each destination gets weight / sum of the traffic. */
export function routeShare(weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + Math.max(0, b), 0);
  return weights.map((w) => (sum > 0 ? Math.max(0, w) / sum : 0));
}
