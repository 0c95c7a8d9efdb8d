/**
 * A cgroup v2 memory controller for one process (lab-rules 7.2-7.4):
 * memory.high throttles and reclaims but never calls the OOM killer; reaching
 * memory.max counts a "max" event and tries reclaim, and if that cannot make room the
 * OOM killer kills the process inside the cgroup ("oom" and "oom_kill" go up).
 * Simplification: page cache is reclaimable, anonymous memory is not (no swap).
 */
export interface MemLimits {
  /** memory.high in MiB; null = "max" (the default: no limit). */
  high: number | null;
  /** memory.max in MiB; null = "max". */
  max: number | null;
}

export interface MemEvents {
  low: number;
  high: number;
  max: number;
  oom: number;
  oom_kill: number;
  oom_group_kill: number;
}

export interface MemState {
  /** Anonymous memory of the process (heap), MiB. */
  anon: number;
  /** Page cache charged to the cgroup, MiB. */
  cache: number;
  alive: boolean;
  /** Over memory.high after reclaim: the process is slowed down. */
  throttled: boolean;
  /** Times the process was started again. */
  restarts: number;
  events: MemEvents;
}

export type MemOp = { op: 'alloc'; mib: number } | { op: 'read'; mib: number } | { op: 'free' } | { op: 'restart' };

export type MemOutcome = 'ok' | 'reclaimed' | 'throttled' | 'oom-killed' | 'dead' | 'freed' | 'restarted';

export const MIB = 1024 * 1024;
export const INITIAL = { anon: 8, cache: 8 } as const;

export function initialMemory(): MemState {
  return {
    ...INITIAL,
    alive: true,
    throttled: false,
    restarts: 0,
    events: { low: 0, high: 0, max: 0, oom: 0, oom_kill: 0, oom_group_kill: 0 },
  };
}

export const usage = (s: MemState): number => s.anon + s.cache;

/** memory.current / memory.max as the files show them: bytes, or "max". */
export function fileValue(mib: number | null): string {
  return mib === null ? 'max' : String(mib * MIB);
}

function charge(s: MemState, limits: MemLimits, kind: 'anon' | 'cache', mib: number): { state: MemState; outcome: MemOutcome } {
  const next: MemState = { ...s, events: { ...s.events } };
  let outcome: MemOutcome = 'ok';
  if (limits.max !== null && usage(next) + mib > limits.max) {
    // About to go over memory.max: count it, then reclaim what can be reclaimed.
    next.events.max++;
    const reclaim = Math.min(next.cache, usage(next) + mib - limits.max);
    next.cache -= reclaim;
    if (usage(next) + mib > limits.max) {
      // Reclaim was not enough: the OOM killer runs inside this cgroup.
      next.events.oom++;
      next.events.oom_kill++;
      next.alive = false;
      next.throttled = false;
      next.anon = 0; // the killed process's memory is freed; page cache stays charged
      return { state: next, outcome: 'oom-killed' };
    }
    outcome = 'reclaimed';
  }
  next[kind] += mib;
  next.throttled = false;
  if (limits.high !== null && usage(next) > limits.high) {
    // Over memory.high: throttle and reclaim; never the OOM killer.
    next.events.high++;
    next.cache -= Math.min(next.cache, usage(next) - limits.high);
    next.throttled = usage(next) > limits.high;
    outcome = next.throttled ? 'throttled' : 'reclaimed';
  }
  return { state: next, outcome };
}

export function memStep(s: MemState, limits: MemLimits, op: MemOp): { state: MemState; outcome: MemOutcome } {
  switch (op.op) {
    case 'alloc':
    case 'read':
      if (!s.alive) return { state: s, outcome: 'dead' };
      return charge(s, limits, op.op === 'alloc' ? 'anon' : 'cache', op.mib);
    case 'free':
      if (!s.alive) return { state: s, outcome: 'dead' };
      return { state: { ...s, anon: Math.min(s.anon, INITIAL.anon), throttled: false }, outcome: 'freed' };
    case 'restart':
      // A new process in the same cgroup: memory.events keeps counting.
      return {
        state: { ...s, anon: INITIAL.anon, cache: Math.max(s.cache, INITIAL.cache), alive: true, throttled: false, restarts: s.restarts + 1 },
        outcome: 'restarted',
      };
  }
}
