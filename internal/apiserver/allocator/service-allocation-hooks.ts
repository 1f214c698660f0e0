/**
 * The allocation hooks of the `services` resource: ClusterIPs and NodePorts are taken before a
 * Service is written and given back if the write fails, and given back after a committed update or
 * delete no longer holds them, as Kubernetes' Service registry does. Failures are Kubernetes' own:
 * a requested IP or port that cannot be had is 422 Invalid on its field, as are IP families this
 * single-stack cluster does not serve (checked before anything is taken); an exhausted range, which
 * is no fault of the request, is 500.
 */
import { newInternalError, newInvalid, type KubeObject } from '../../api/index.js';
import type { Service__Output } from '../../api/generated/skiff/core/v1/Service.js';
import { FieldError, FieldPath } from '../../api/validation/index.js';
import type { AllocationHooks, MutableObject } from '../registry/strategy.js';
import { AllocationError } from './allocation-error.js';
import type { ClusterIPAllocator } from './cluster-ip-allocator.js';
import type { PortAllocator } from './port-allocator.js';
import {
  CLUSTER_IP_NONE,
  heldClusterIPs,
  heldNodePorts,
  needsClusterIP,
  needsHealthCheckNodePort,
  shouldAllocateNodePorts,
} from './service-fields.js';
import { validateIPFamiliesForCluster } from './service-ip-families.js';

/** The allocators the Service hooks draw from. */
export interface ServiceAllocators {
  readonly ipAllocator: ClusterIPAllocator;
  readonly portAllocator: PortAllocator;
}

const SERVICE = { group: '', kind: 'Service' };

/** One write's allocations, so that a failure part-way gives back exactly what it took. */
class Transaction {
  private readonly ips: string[] = [];
  private readonly ports: number[] = [];

  constructor(
    private readonly allocators: ServiceAllocators,
    private readonly svc: Service__Output,
  ) {}

  private invalid(path: FieldPath, value: unknown, detail: string): never {
    throw newInvalid(SERVICE, this.svc.metadata?.name ?? '', [FieldError.invalid(path, value, detail)]);
  }

  /** Takes `requested`, or a random address; fills clusterIP and clusterIPs. */
  allocateClusterIP(requested: string): void {
    const spec = (this.svc.spec ??= {});
    let ip: string;
    try {
      ip = this.allocators.ipAllocator.allocate(requested || undefined);
    } catch (err) {
      if (!(err instanceof AllocationError)) throw err;
      if (err.code === 'RangeFull') throw newInternalError(new Error(`failed to allocate a serviceIP: ${err.message}`));
      this.invalid(FieldPath.root('spec', 'clusterIPs'), spec.clusterIPs?.length ? spec.clusterIPs : [requested], `failed to allocate IP ${requested}: ${err.message}`);
    }
    this.ips.push(ip);
    spec.clusterIP = ip;
    spec.clusterIPs = [ip, ...(spec.clusterIPs ?? []).slice(1)];
    if (!spec.ipFamilies?.length) spec.ipFamilies = ['IPv4'];
    spec.ipFamilyPolicy ??= 'SingleStack';
  }

  /** Takes `requested` (reporting a failure at `path`), or a random port when it is 0. */
  allocatePort(requested: number, path: FieldPath, what = 'a nodePort'): number {
    try {
      const port = this.allocators.portAllocator.allocate(requested || undefined);
      this.ports.push(port);
      return port;
    } catch (err) {
      if (!(err instanceof AllocationError)) throw err;
      if (err.code === 'RangeFull' || requested === 0) throw newInternalError(new Error(`failed to allocate ${what}: ${err.message}`));
      this.invalid(path, requested, err.message);
    }
  }

  /** Gives back everything taken so far. */
  release(): void {
    for (const ip of this.ips.splice(0)) this.allocators.ipAllocator.release(ip);
    for (const port of this.ports.splice(0)) this.allocators.portAllocator.release(port);
  }

  /** Runs `fn`, giving back what it took if it throws; returns the releaser of what it took. */
  run(fn: () => void): () => Promise<void> {
    try {
      fn();
    } catch (err) {
      this.release();
      throw err;
    }
    return async () => this.release();
  }
}

/** Refuses, before anything is taken, IP families this single-stack cluster cannot serve. */
function checkIPFamilies(svc: Service__Output): void {
  const errs = validateIPFamiliesForCluster(svc);
  if (errs.length > 0) throw newInvalid(SERVICE, svc.metadata?.name ?? '', errs);
}

const portsPath = (i: number) => FieldPath.root('spec', 'ports').index(i).child('nodePort');
const HEALTH_CHECK_PATH = FieldPath.root('spec', 'healthCheckNodePort');

/** Node ports for a new Service: ports with the same number share one, as in Kubernetes. */
function initNodePorts(txn: Transaction, svc: Service__Output): void {
  const ports = svc.spec?.ports ?? [];
  const byServicePort = new Map<number, number>();
  ports.forEach((p, i) => {
    if (!p.nodePort && !shouldAllocateNodePorts(svc)) return;
    const shared = byServicePort.get(p.port ?? 0);
    if (shared === undefined) {
      // A later port with the same number may have asked for a node port: that request wins.
      const requested = p.nodePort || ports.slice(i + 1).find((q) => q.port === p.port && q.nodePort)?.nodePort || 0;
      p.nodePort = txn.allocatePort(requested, portsPath(i));
      byServicePort.set(p.port ?? 0, p.nodePort);
    } else if (!p.nodePort) {
      p.nodePort = shared;
    } else if (p.nodePort !== shared) {
      txn.allocatePort(p.nodePort, portsPath(i));
    }
  });
}

/** Node ports an update newly needs; what it stops using is given back after commit. */
function updateNodePorts(txn: Transaction, svc: Service__Output, old: Service__Output): void {
  const held = new Set(heldNodePorts(old));
  (svc.spec?.ports ?? []).forEach((p, i) => {
    if (!p.nodePort && !shouldAllocateNodePorts(svc)) return;
    if (!p.nodePort) {
      p.nodePort = txn.allocatePort(0, portsPath(i));
    } else if (!held.has(p.nodePort)) {
      txn.allocatePort(p.nodePort, portsPath(i));
      held.add(p.nodePort);
    }
  });
}

function allocateHealthCheckNodePort(txn: Transaction, svc: Service__Output): void {
  const spec = (svc.spec ??= {});
  spec.healthCheckNodePort = txn.allocatePort(spec.healthCheckNodePort ?? 0, HEALTH_CHECK_PATH, 'a HealthCheck NodePort');
}

function requestedClusterIP(svc: Service__Output): string {
  return svc.spec?.clusterIPs?.[0] || svc.spec?.clusterIP || '';
}

function wantsClusterIP(svc: Service__Output): boolean {
  return needsClusterIP(svc) && svc.spec?.clusterIP !== CLUSTER_IP_NONE && svc.spec?.clusterIPs?.[0] !== CLUSTER_IP_NONE;
}

/** Gives back what `old` held and `svc` does not (everything, when `svc` is undefined). */
function releaseDropped(allocators: ServiceAllocators, old: Service__Output, svc?: Service__Output): void {
  const keptIPs = new Set(svc ? heldClusterIPs(svc) : []);
  const keptPorts = new Set(svc ? heldNodePorts(svc) : []);
  for (const ip of heldClusterIPs(old)) if (!keptIPs.has(ip)) allocators.ipAllocator.release(ip);
  for (const port of heldNodePorts(old)) if (!keptPorts.has(port)) allocators.portAllocator.release(port);
}

/** The AllocationHooks of the `services` resource over the given allocators. */
export function serviceAllocationHooks(allocators: ServiceAllocators): AllocationHooks {
  return {
    async beforeCreate(obj: MutableObject) {
      const svc = obj as Service__Output;
      checkIPFamilies(svc);
      const txn = new Transaction(allocators, svc);
      return txn.run(() => {
        if (wantsClusterIP(svc)) txn.allocateClusterIP(requestedClusterIP(svc));
        initNodePorts(txn, svc);
        if (needsHealthCheckNodePort(svc)) allocateHealthCheckNodePort(txn, svc);
      });
    },

    async beforeUpdate(obj: MutableObject, oldObj: KubeObject) {
      const svc = obj as Service__Output;
      const old = oldObj as Service__Output;
      // The Service strategy has already carried allocated values over and cleared what a type
      // change made meaningless (patchAllocatedValues, dropTypeDependentFields) before validation.
      checkIPFamilies(svc);
      const txn = new Transaction(allocators, svc);
      return txn.run(() => {
        if (wantsClusterIP(svc)) {
          const requested = requestedClusterIP(svc);
          if (requested === '' || !heldClusterIPs(old).includes(requested)) txn.allocateClusterIP(requested);
        }
        updateNodePorts(txn, svc, old);
        if (needsHealthCheckNodePort(svc) && !needsHealthCheckNodePort(old)) allocateHealthCheckNodePort(txn, svc);
      });
    },

    async afterUpdate(obj: KubeObject, oldObj: KubeObject) {
      releaseDropped(allocators, oldObj as Service__Output, obj as Service__Output);
    },

    async afterDelete(obj: KubeObject) {
      releaseDropped(allocators, obj as Service__Output);
    },
  };
}
