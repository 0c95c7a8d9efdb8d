/**
 * Types for the service-mesh traffic lab: a frontend calls `reviews` v1 and v2 through Envoy
 * sidecars configured by an Istio VirtualService, DestinationRule and PeerAuthentication.
 * Rule numbers refer to /work/shared/lab-rules.md section 8. All times are milliseconds.
 */

export type Version = 'v1' | 'v2';
/** Conditions the reader can tick in `retries.retryOn` ("503" is a retriable status code). */
export const retryConditions = ['5xx', 'gateway-error', 'reset', 'connect-failure', '503'] as const;
export type RetryCondition = (typeof retryConditions)[number];
export const peerAuthModes = ['UNSET', 'PERMISSIVE', 'STRICT', 'DISABLE'] as const;
export type PeerAuthMode = (typeof peerAuthModes)[number];
/** How the broken pods of the simulated backend fail. */
export const badModes = ['http500', 'http503', 'connect'] as const;
export type BadMode = (typeof badModes)[number];
export const abortStatuses = [400, 500, 503] as const;

export interface MeshSettings {
  /** VirtualService route weights [v1, v2]; relative proportions (rule 8.1). */
  weights: [number, number];
  /** `retries.attempts`: retries after the first try (rule 8.3). 0 disables retries. */
  attempts: number;
  /** `retries.perTryTimeout`; 0 = not set, which means the route timeout (rule 8.4). */
  perTryTimeoutMs: number;
  retryOn: RetryCondition[];
  /** Route `timeout`; 0 = disabled, the Istio default (rule 8.2). */
  timeoutMs: number;
  abortPercent: number;
  abortStatus: number;
  delayPercent: number;
  delayMs: number;
  /** Whether the DestinationRule has an `outlierDetection` block (rule 8.5). */
  outlier: boolean;
  consecutive5xx: number;
  intervalMs: number;
  baseEjectionMs: number;
  maxEjectionPercent: number;
  /** Pods per version. Each version is its own Envoy cluster (subset). */
  pods: [number, number];
  /** The simulated fault in the backend itself (not configuration): which version, how many pods. */
  badVersion: Version;
  badCount: number;
  badMode: BadMode;
  badPercent: number;
  badDelayMs: number;
  /** PeerAuthentication mode on the reviews workloads (rule 8.9). */
  mtlsMode: PeerAuthMode;
  /** Whether the frontend Pod has a sidecar (is in the mesh). */
  clientSidecar: boolean;
  /** Requests per batch and the seed of the random numbers. */
  batch: number;
  seed: number;
}

export interface HostState {
  id: string;
  version: Version;
  index: number;
  ejected: boolean;
  ejectedAt: number;
  /** Envoy's ejection-time multiplier (`ejectTimeBackoff`), rule 8.6. */
  multiplier: number;
  ejections: number;
  consecutive5xx: number;
  lastUnejectedAt: number | null;
}

export type TryResult = 'ok' | 'http-error' | 'connect-failure' | 'per-try-timeout' | 'route-timeout';

export interface TryRecord {
  pod: string;
  start: number;
  end: number;
  result: TryResult;
  /** HTTP status the try produced (504 for timeouts, 503 for a connect failure), 200 when ok. */
  status: number;
}

export type Outcome = 'ok' | 'error' | 'timeout' | 'fault-abort' | 'no-healthy' | 'mtls-reset';

export interface RequestRecord {
  id: number;
  start: number;
  end: number;
  version: Version | null;
  tries: TryRecord[];
  /** Final status seen by the frontend; 0 when the connection was reset (curl prints 000). */
  status: number;
  outcome: Outcome;
  faultDelayMs: number;
  transport: 'mtls' | 'plaintext';
}

export type MeshEvent =
  | { kind: 'eject'; at: number; pod: string; durationMs: number; multiplier: number }
  | { kind: 'eject-blocked'; at: number; pod: string; percent: number }
  | { kind: 'return'; at: number; pod: string };

export interface BatchResult {
  index: number;
  startedAt: number;
  endedAt: number;
  requests: RequestRecord[];
  events: MeshEvent[];
}

export interface MeshState {
  settings: MeshSettings;
  clock: number;
  hosts: HostState[];
  /** Next outlier-detection interval tick (Envoy's interval timer). */
  nextTick: number;
  batches: number;
  /** Actions since the start, for the URL: "b" = batch, "w10" = wait 10 s. */
  actions: string[];
  events: MeshEvent[];
  last: BatchResult | null;
}

/** One request every 100 ms: the frontend's fixed arrival rate (a simplification). */
export const ARRIVAL_GAP_MS = 100;
/** Envoy's retry back-off base interval and cap (10 × base). */
export const BACKOFF_BASE_MS = 25;
export const BACKOFF_MAX_MS = 250;
/** Envoy's default max_ejection_time: 300 s or the base ejection time, whichever is larger. */
export const DEFAULT_MAX_EJECTION_MS = 300_000;
