/**
 * A pod's QoS class as Kubernetes computes it (qos.ComputePodQOS): BestEffort without cpu or
 * memory requests and limits, Guaranteed when every container limits both and requests equal
 * limits, Burstable otherwise.
 */
import type { Pod__Output } from '../../../../api/generated/skiff/core/v1/Pod.js';
import { Quantity } from '../../../../api/resource/index.js';

/** The QoS classes, as Kubernetes names them. */
export type PodQOSClass = 'Guaranteed' | 'Burstable' | 'BestEffort';

const QOS_RESOURCES = ['cpu', 'memory'];

/** Computes the QoS class of a pod from its containers' and init containers' resources. */
export function computePodQOS(pod: Pod__Output): PodQOSClass {
  const requests = new Map<string, Quantity>();
  const limits = new Map<string, Quantity>();
  let guaranteed = true;
  const containers = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])];
  for (const c of containers) {
    for (const [name, value] of Object.entries(c.resources?.requests ?? {})) add(requests, name, value);
    const found = new Set<string>();
    for (const [name, value] of Object.entries(c.resources?.limits ?? {})) if (add(limits, name, value)) found.add(name);
    if (!QOS_RESOURCES.every((r) => found.has(r))) guaranteed = false;
  }
  if (requests.size === 0 && limits.size === 0) return 'BestEffort';
  if (guaranteed) {
    for (const [name, req] of requests) {
      const lim = limits.get(name);
      if (lim === undefined || lim.cmp(req) !== 0) {
        guaranteed = false;
        break;
      }
    }
  }
  return guaranteed && requests.size === limits.size ? 'Guaranteed' : 'Burstable';
}

// Adds a positive cpu or memory amount to the running total; says whether it counted.
function add(totals: Map<string, Quantity>, name: string, value: string): boolean {
  if (!QOS_RESOURCES.includes(name)) return false;
  const r = Quantity.parse(value);
  if (!r.ok || r.quantity.sign() <= 0) return false;
  const prev = totals.get(name);
  totals.set(name, prev === undefined ? r.quantity : prev.add(r.quantity));
  return true;
}
