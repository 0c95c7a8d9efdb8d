/**
 * The Knative Pod Autoscaler decision (lab-rules 5.2, 5.4, 5.5), following
 * knative/serving pkg/autoscaler/scaling/autoscaler.go `Scale`, with the defaults of
 * config/core/configmaps/autoscaler.yaml.
 */
export const KPA = {
  /** container-concurrency-target-default (rule 5.1). */
  targetDefault: 100,
  /** stable-window, seconds (rule 5.4). */
  stableWindow: 60,
  /** panic-window-percentage (rule 5.4). */
  panicWindowPercentage: 10,
  /** panic-threshold-percentage (rule 5.4). */
  panicThresholdPercentage: 200,
  /** max-scale-up-rate and max-scale-down-rate (rule 5.5). */
  maxScaleUpRate: 1000,
  maxScaleDownRate: 2,
  /** tick-interval, seconds (rule 5.5). */
  tickInterval: 2,
  /** scale-to-zero-grace-period, seconds: modelled as the full upper bound (rule 5.6). */
  scaleToZeroGracePeriod: 30,
  /** scale-to-zero-pod-retention-period, seconds (rule 5.6). */
  podRetentionPeriod: 0,
  /** initial-scale (rule 5.7). */
  initialScale: 1,
} as const;

/** Panic window in whole seconds: a percentage of the stable window, at least 1 s (rule 5.4). */
export function panicWindow(stableWindow: number, percentage: number): number {
  return Math.max(1, Math.round((stableWindow * percentage) / 100));
}

/**
 * Target concurrency per pod (rules 5.1-5.3): the soft target (default 100), lowered to
 * containerConcurrency when that hard limit is set and smaller, times the utilisation.
 */
export function targetPerPod(containerConcurrency: number, utilizationPercent: number): number {
  const target = containerConcurrency > 0 ? Math.min(KPA.targetDefault, containerConcurrency) : KPA.targetDefault;
  return (target * utilizationPercent) / 100;
}

/** Average of per-second concurrency over the last `window` seconds before `now` (only seconds with data). */
export function windowAverage(buckets: readonly number[], now: number, window: number): number {
  const start = Math.max(0, now - window);
  const count = now - start;
  if (count <= 0) return 0;
  let sum = 0;
  for (let t = start; t < now; t++) sum += buckets[t] ?? 0;
  return sum / count;
}

export interface PanicState {
  /** Last time the panic threshold was crossed; null when not panicking. */
  panicTime: number | null;
  /** Highest pod count decided during this panic. */
  maxPanicPods: number;
}

export interface KpaInput extends PanicState {
  now: number;
  readyPods: number;
  /** Total observed concurrency averaged over the stable and the panic window. */
  stableConcurrency: number;
  panicConcurrency: number;
  targetPerPod: number;
  /** The lower clamp (scale-down rate) applies only when the revision is reachable. */
  reachable?: boolean;
}

export interface KpaResult extends PanicState {
  desired: number;
  panicking: boolean;
}

export function kpaScale(input: KpaInput): KpaResult {
  const ready = Math.max(1, input.readyPods);
  const maxUp = Math.ceil(KPA.maxScaleUpRate * ready);
  const maxDown = input.reachable === false ? 0 : Math.floor(ready / KPA.maxScaleDownRate);
  const dspc = Math.ceil(input.stableConcurrency / input.targetPerPod);
  const dppc = Math.ceil(input.panicConcurrency / input.targetPerPod);
  const stable = Math.min(Math.max(dspc, maxDown), maxUp);
  const panic = Math.min(Math.max(dppc, maxDown), maxUp);
  const over = dppc / ready >= KPA.panicThresholdPercentage / 100;

  let { panicTime, maxPanicPods } = input;
  if (over) panicTime = input.now;
  else if (panicTime !== null && panicTime + KPA.stableWindow < input.now) {
    panicTime = null;
    maxPanicPods = 0;
  }
  let desired = stable;
  if (panicTime !== null) {
    // In panic the count is max(stable, panic) and never goes down.
    desired = Math.max(desired, panic, maxPanicPods);
    maxPanicPods = desired;
  }
  return { desired, panicTime, maxPanicPods, panicking: panicTime !== null };
}

/** Keep x within [min, max]; max 0 means unlimited (Knative `applyBounds`). */
export function applyBounds(min: number, max: number, x: number): number {
  if (x < min) return min;
  if (max !== 0 && x > max) return max;
  return x;
}
