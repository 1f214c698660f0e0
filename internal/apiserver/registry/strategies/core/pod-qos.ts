/**
 * A pod's QoS class as Kubernetes computes it (qos.ComputePodQOS): BestEffort without cpu or
 * memory requests and limits, Guaranteed when every container limits both and requests equal
 * limits, Burstable otherwise.
 */
import type { Container__Output } from '../../../../api/generated/skiff/core/v1/Container.js';
import type { Pod__Output } from '../../../../api/generated/skiff/core/v1/Pod.js';
import { Quantity } from '../../../../api/resource/index.js';

/** The QoS classes, as Kubernetes names them. */
export type PodQOSClass = 'Guaranteed' | 'Burstable' | 'BestEffort';

const QOS_RESOURCES = ['cpu', 'memory'] as const;
type Totals = Record<(typeof QOS_RESOURCES)[number], Quantity | undefined>;

/** Computes the QoS class of a pod from its containers' and init containers' resources. */
export function computePodQOS(pod: Pod__Output): PodQOSClass {
  // Every pod written passes here: two small records rather than maps, sets and entry arrays.
  const requests: Totals = { cpu: undefined, memory: undefined };
  const limits: Totals = { cpu: undefined, memory: undefined };
  let guaranteed = true;
  const visit = (c: Container__Output): void => {
    for (const name of QOS_RESOURCES) {
      add(requests, name, c.resources?.requests?.[name]);
      // Guaranteed needs every container to limit both.
      if (!add(limits, name, c.resources?.limits?.[name])) guaranteed = false;
    }
  };
  pod.spec?.containers?.forEach(visit);
  pod.spec?.initContainers?.forEach(visit);
  if (counted(requests) === 0 && counted(limits) === 0) return 'BestEffort';
  for (const name of QOS_RESOURCES) {
    const req = requests[name];
    const lim = limits[name];
    if (req !== undefined && (lim === undefined || lim.cmp(req) !== 0)) guaranteed = false;
  }
  return guaranteed && counted(requests) === counted(limits) ? 'Guaranteed' : 'Burstable';
}

function counted(totals: Totals): number {
  return (totals.cpu === undefined ? 0 : 1) + (totals.memory === undefined ? 0 : 1);
}

// Adds a positive amount to the running total; says whether it counted.
function add(totals: Totals, name: keyof Totals, value: string | undefined): boolean {
  if (value === undefined) return false;
  const r = Quantity.parse(value);
  if (!r.ok || r.quantity.sign() <= 0) return false;
  const prev = totals[name];
  totals[name] = prev === undefined ? r.quantity : prev.add(r.quantity);
  return true;
}
