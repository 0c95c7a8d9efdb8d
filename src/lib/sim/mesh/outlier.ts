/**
 * Envoy outlier detection, consecutive-5xx flavour, as Istio configures it (rules 8.5, 8.6).
 * Modelled on envoyproxy/envoy source/common/upstream/outlier_detection_impl.cc:
 * - every 5xx (a timeout counts as 504, a connect failure as 503) increments the host's counter,
 *   any other status resets it; reaching `consecutive5xxErrors` tries to eject the host;
 * - the ejection is refused when (ejected + 1) / hosts in the cluster would exceed
 *   maxEjectionPercent; the counter is reset either way;
 * - each ejection raises the host's multiplier; it returns at the first interval tick once
 *   min(baseEjectionTime × multiplier, maxEjectionTime) has passed;
 * - on each tick, a host that has been back for at least one interval loses one multiplier step.
 * Each subset (v1, v2) is its own Envoy cluster, so the percentage is counted per version.
 * These functions mutate the working copy of the hosts that traffic.ts hands them.
 */
import { DEFAULT_MAX_EJECTION_MS, type HostState, type MeshEvent, type MeshSettings, type Version } from './types';

export function createHosts(pods: [number, number]): HostState[] {
  const hosts: HostState[] = [];
  (['v1', 'v2'] as const).forEach((version, vi) => {
    for (let index = 0; index < pods[vi]; index++) {
      hosts.push({
        id: `reviews-${version}-${index}`,
        version,
        index,
        ejected: false,
        ejectedAt: 0,
        multiplier: 0,
        ejections: 0,
        consecutive5xx: 0,
        lastUnejectedAt: null,
      });
    }
  });
  return hosts;
}

export function maxEjectionMs(s: MeshSettings): number {
  return Math.max(DEFAULT_MAX_EJECTION_MS, s.baseEjectionMs);
}

/**
 * Istio copies maxEjectionPercent to Envoy only when it is above 0, so 0 leaves Envoy's own
 * default of 10 % (istio/istio pilot `applyOutlierDetection`).
 */
export function effectiveMaxEjectionPercent(s: MeshSettings): number {
  return s.maxEjectionPercent > 0 ? s.maxEjectionPercent : 10;
}

/** How long the host stays out, given its current multiplier. */
export function ejectionDuration(s: MeshSettings, host: HostState): number {
  return Math.min(s.baseEjectionMs * host.multiplier, maxEjectionMs(s));
}

function cluster(hosts: HostState[], version: Version): HostState[] {
  return hosts.filter((h) => h.version === version);
}

/** Report the status of one try on a host; returns the ejection event it caused, if any. */
export function reportStatus(
  s: MeshSettings,
  hosts: HostState[],
  host: HostState,
  status: number,
  now: number,
): MeshEvent | null {
  if (!s.outlier || s.consecutive5xx === 0) return null;
  if (status < 500 || status > 599) {
    host.consecutive5xx = 0;
    return null;
  }
  host.consecutive5xx += 1;
  if (host.consecutive5xx !== s.consecutive5xx || host.ejected) return null;
  host.consecutive5xx = 0;
  const members = cluster(hosts, host.version);
  const ejectedNow = members.filter((h) => h.ejected).length;
  const percent = (100 * (ejectedNow + 1)) / members.length;
  if (percent > effectiveMaxEjectionPercent(s)) return { kind: 'eject-blocked', at: now, pod: host.id, percent };
  host.ejected = true;
  host.ejectedAt = now;
  host.ejections += 1;
  if (host.multiplier * s.baseEjectionMs < maxEjectionMs(s) + s.baseEjectionMs) host.multiplier += 1;
  return { kind: 'eject', at: now, pod: host.id, durationMs: ejectionDuration(s, host), multiplier: host.multiplier };
}

/** Envoy's interval timer: return hosts whose time is up, then decay the multipliers. */
export function tick(s: MeshSettings, hosts: HostState[], now: number): MeshEvent[] {
  const events: MeshEvent[] = [];
  for (const h of hosts) {
    if (h.ejected && ejectionDuration(s, h) <= now - h.ejectedAt) {
      h.ejected = false;
      h.consecutive5xx = 0;
      h.lastUnejectedAt = now;
      events.push({ kind: 'return', at: now, pod: h.id });
    }
  }
  for (const h of hosts) {
    if (!h.ejected && h.lastUnejectedAt !== null && now - h.lastUnejectedAt >= s.intervalMs && h.multiplier > 0) {
      h.multiplier -= 1;
    }
  }
  return events;
}

/** Hosts of a version that the load balancer may pick (Istio disables the panic threshold). */
export function healthyHosts(hosts: HostState[], version: Version): HostState[] {
  return hosts.filter((h) => h.version === version && !h.ejected);
}
