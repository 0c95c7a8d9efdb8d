/**
 * PeerAuthentication on the server sidecar × whether the client has a sidecar (rules 8.9, 8.10).
 * - UNSET with no parent policy behaves as PERMISSIVE.
 * - STRICT requires mTLS: a plaintext client without a sidecar has its connection reset
 *   (curl prints 000 and exits with 56).
 * - PERMISSIVE accepts both.
 * - DISABLE: the server takes plaintext only; a client sidecar with auto mTLS sees the DISABLE policy
 *   and sends plaintext (istio/istio pilot `mtlsChecker.computeForEndpoint`).
 */
import type { PeerAuthMode } from './types';

export interface MtlsDecision {
  effectiveMode: Exclude<PeerAuthMode, 'UNSET'>;
  transport: 'mtls' | 'plaintext';
  allowed: boolean;
}

export function effectiveMode(mode: PeerAuthMode): MtlsDecision['effectiveMode'] {
  return mode === 'UNSET' ? 'PERMISSIVE' : mode;
}

export function mtlsDecision(mode: PeerAuthMode, clientSidecar: boolean): MtlsDecision {
  const eff = effectiveMode(mode);
  const transport = clientSidecar && eff !== 'DISABLE' ? 'mtls' : 'plaintext';
  const allowed = !(eff === 'STRICT' && transport === 'plaintext');
  return { effectiveMode: eff, transport, allowed };
}
