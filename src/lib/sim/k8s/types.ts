/**
 * Plain-data types for the Kubernetes control-loop lab. Every state is a JSON-safe value:
 * the core never mutates a state it was given, it returns a new one.
 */

/** A Deployment field that takes an integer or a percentage, like intstr.IntOrString. */
export interface IntOrPercent {
  value: number;
  percent: boolean;
}

/** The Pod template: what a rollout changes. */
export interface PodTemplate {
  image: string;
  /** CPU request in millicores. */
  cpu: number;
  /** Memory request in MiB. */
  memory: number;
}

export interface Taint {
  key: string;
  value: string;
  effect: 'NoSchedule' | 'NoExecute';
}

export interface NodeState {
  name: string;
  /** Allocatable CPU in millicores. */
  cpu: number;
  /** Allocatable memory in MiB. */
  memory: number;
  ready: boolean;
  /** Tick at which the node went NotReady, or null while Ready. */
  notReadySince: number | null;
  taints: Taint[];
}

export interface PodState {
  name: string;
  /** Name of the owning ReplicaSet. */
  owner: string;
  cpu: number;
  memory: number;
  image: string;
  /** Node the scheduler bound the Pod to; null while Pending. */
  node: string | null;
  ready: boolean;
  createdAt: number;
  boundAt: number | null;
  readySince: number | null;
  /** Tick at which deletion started (deletionTimestamp), or null. */
  terminatingSince: number | null;
  /** Last FailedScheduling message while the Pod cannot be placed. */
  pendingReason: string | null;
}

export interface ReplicaSetState {
  name: string;
  hash: string;
  /** deployment.kubernetes.io/revision */
  revision: number;
  template: PodTemplate;
  /** .spec.replicas */
  replicas: number;
  createdAt: number;
  /** Creation order, to sort ReplicaSets created in the same tick. */
  seq: number;
  /** deployment.kubernetes.io/desired-replicas */
  desiredAnnotation: number;
  /** deployment.kubernetes.io/max-replicas */
  maxAnnotation: number;
}

export interface DeploymentState {
  name: string;
  replicas: number;
  template: PodTemplate;
  maxSurge: IntOrPercent;
  maxUnavailable: IntOrPercent;
  revisionHistoryLimit: number;
  /** True once the "rollout complete" event was emitted for the current template. */
  completeReported: boolean;
}

/** One log line: a key into the lab's strings plus its values. */
export interface LabEvent {
  tick: number;
  key: string;
  values: Record<string, string | number>;
}

export interface K8sState {
  tick: number;
  seed: number;
  /** How many random numbers have been drawn: the RNG position, so a state replays exactly. */
  draws: number;
  /** Counter for ReplicaSet creation order. */
  rsSeq: number;
  nodes: NodeState[];
  deployment: DeploymentState;
  replicaSets: ReplicaSetState[];
  pods: PodState[];
  /** Events produced by the last action or step only. */
  events: LabEvent[];
}

export interface K8sSettings {
  replicas: number;
  cpu: number;
  memory: number;
  nodes: number;
  maxSurge: IntOrPercent;
  maxUnavailable: IntOrPercent;
  seed: number;
}
