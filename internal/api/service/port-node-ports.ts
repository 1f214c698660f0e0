/** The node ports a Service's ports name. */
import type { ServiceSpec__Output } from '../generated/skiff/core/v1/ServiceSpec.js';

/**
 * The node ports the spec's ports name, each once, in order, 0 (none) left out; the health-check
 * port is not one of them. A new set each call, for the caller to add to.
 */
export function portNodePorts(spec: ServiceSpec__Output): Set<number> {
  const ports = new Set<number>();
  for (const p of spec.ports ?? []) if (p.nodePort) ports.add(p.nodePort);
  return ports;
}
