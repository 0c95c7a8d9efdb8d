/**
 * Container image layers, OverlayFS and a cgroup v2 memory limit: the pure core of the
 * image-layers lab (lab-rules sections 6 and 7).
 */
export * from './overlay';
export * from './ops';
export * from './oci';
export * from './image';
export * from './memory';
export * from './lab';

/** Example host PIDs of the container's process: each restart gets a new one (inside it is always 1). */
export function hostPid(restarts: number): number {
  return 4242 + restarts * 37;
}
