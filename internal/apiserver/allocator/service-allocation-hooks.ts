/**
 * The allocation hooks of the `services` resource, Kubernetes' Service REST storage (storage.go
 * beginCreate and beginUpdate, alloc.go). The registry calls them before the strategy prepares and
 * validates the object, as Kubernetes' generic store calls BeginCreate and BeginUpdate before
 * BeforeCreate and BeforeUpdate: so a request that is both invalid and asks for an address or port
 * it cannot have is refused for the allocation. They carry over what an update left out, settle
 * the IP families (refusing, with those errors alone, clusterIP fields that contradict each other
 * or families this single-stack cluster does not serve), then take ClusterIPs and NodePorts; the
 * returned releaser gives back what was taken if anything later refuses the write, and what a
 * committed update or delete no longer holds is given back after it. A dry run takes nothing, as
 * with Kubernetes' dry-run allocators (ClusterIPAllocator.dryRun, NodePortOperation): the answer
 * shows a requested value, or for a random one a placeholder (the CIDR's network address, node
 * ports from 32769), so a dry run never keeps a concurrent real write from what it asks for.
 * Failures are Kubernetes' own: a requested IP or node port that cannot be had is 422 Invalid on
 * its field; a health-check port that cannot be had and an exhausted range are 500.
 */
import { newInternalError, newInvalid, newUnknownError, type KubeObject } from '../../api/index.js';
import type { Service__Output } from '../../api/generated/skiff/core/v1/Service.js';
import { needsClusterIP, needsHealthCheckNodePort, needsNodePort, portNodePorts, shouldAllocateNodePorts } from '../../api/service/index.js';
import { FieldError, FieldPath } from '../../api/validation/index.js';
import type { AllocationHooks, AllocationOptions, MutableObject } from '../registry/strategy.js';
import { AllocationError } from './allocation-error.js';
import type { ClusterIPAllocator } from './cluster-ip-allocator.js';
import { NodePortOperation } from './node-port-operation.js';
import type { PortAllocator } from './port-allocator.js';
import type { Allocator } from './range-allocator.js';
import { normalizeClusterIPs, patchAllocatedValues } from './service-allocated-values.js';
import { CLUSTER_IP_NONE, heldClusterIPs, heldNodePorts } from './service-fields.js';
import { initIPFamilyFields } from './service-ip-families.js';

/** The allocators the Service hooks draw from. */
export interface ServiceAllocators {
  readonly ipAllocator: ClusterIPAllocator;
  readonly portAllocator: PortAllocator;
}

const SERVICE = { group: '', kind: 'Service' };

/** One write's allocations, so that a failure part-way gives back exactly what it took. */
class Transaction {
  private readonly ipAllocator: Allocator<string>;
  private readonly ips: string[] = [];
  private readonly nodePorts: NodePortOperation;

  constructor(
    allocators: ServiceAllocators,
    private readonly svc: Service__Output,
    dryRun: boolean,
  ) {
    this.ipAllocator = dryRun ? allocators.ipAllocator.dryRun() : allocators.ipAllocator;
    this.nodePorts = new NodePortOperation(allocators.portAllocator, dryRun);
  }

  private invalid(path: FieldPath, value: unknown, detail: string): never {
    throw newInvalid(SERVICE, this.svc.metadata?.name ?? '', [FieldError.invalid(path, value, detail)]);
  }

  /** Takes the primary cluster IP the Service names, or a random one; fills clusterIP and clusterIPs. */
  allocateClusterIP(): void {
    const spec = (this.svc.spec ??= {});
    const requested = spec.clusterIPs?.[0] ?? '';
    let ip: string;
    try {
      ip = this.ipAllocator.allocate(requested || undefined);
    } catch (err) {
      if (!(err instanceof AllocationError)) throw err;
      if (err.code === 'RangeFull') throw newInternalError(new Error(`failed to allocate a serviceIP: ${err.message}`));
      this.invalid(CLUSTER_IPS_PATH, spec.clusterIPs, `failed to allocate IP ${requested}: ${err.message}`);
    }
    this.ips.push(ip);
    spec.clusterIP = ip;
    spec.clusterIPs = [ip, ...(spec.clusterIPs ?? []).slice(1)];
  }

  /** Takes `requested` (a failure is Invalid at `path`), or a random port when it is 0. */
  allocateNodePort(requested: number, path: FieldPath): number {
    try {
      return this.nodePorts.allocate(requested);
    } catch (err) {
      if (!(err instanceof AllocationError)) throw err;
      if (requested === 0) throw newInternalError(new Error(`failed to allocate a nodePort: ${err.message}`));
      this.invalid(path, requested, err.message);
    }
  }

  /** Takes the health-check port the Service names, or a random one; every failure is a 500, as in Kubernetes. */
  allocateHealthCheckNodePort(): void {
    const spec = (this.svc.spec ??= {});
    const requested = spec.healthCheckNodePort ?? 0;
    try {
      spec.healthCheckNodePort = this.nodePorts.allocate(requested);
    } catch (err) {
      if (!(err instanceof AllocationError)) throw err;
      const what = requested ? `requested HealthCheck NodePort ${requested}` : 'a HealthCheck NodePort 0';
      throw newInternalError(new Error(`failed to allocate ${what}: ${err.message}`));
    }
  }

  /** Gives back everything taken so far. */
  release(): void {
    for (const ip of this.ips.splice(0)) this.ipAllocator.release(ip);
    this.nodePorts.revert();
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

const CLUSTER_IPS_PATH = FieldPath.root('spec', 'clusterIPs');
const portsPath = (i: number) => FieldPath.root('spec', 'ports').index(i).child('nodePort');

/** Settles the IP family fields, refusing with the allocator's own errors what cannot be served. */
function settleIPFamilies(svc: Service__Output, old: Service__Output | undefined): void {
  const errs = initIPFamilyFields(svc, old);
  if (errs.length > 0) throw newInvalid(SERVICE, svc.metadata?.name ?? '', errs);
}

/** A cluster IP for every type but ExternalName, unless the Service is headless. */
function allocateClusterIPs(txn: Transaction, svc: Service__Output): void {
  if (needsClusterIP(svc) && svc.spec?.clusterIPs?.[0] !== CLUSTER_IP_NONE) txn.allocateClusterIP();
}

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
      p.nodePort = txn.allocateNodePort(requested, portsPath(i));
      byServicePort.set(p.port ?? 0, p.nodePort);
    } else if (!p.nodePort) {
      p.nodePort = shared;
    } else if (p.nodePort !== shared) {
      txn.allocateNodePort(p.nodePort, portsPath(i));
    }
  });
}

/**
 * Node ports an update newly needs; what it stops using is given back after commit. The same
 * node port twice for one protocol is refused here as Kubernetes refuses it, with a plain error.
 */
function updateNodePorts(txn: Transaction, svc: Service__Output, old: Service__Output): void {
  // The old ports' node ports, not its health-check port: a port may not take that one over.
  const held = portNodePorts(old.spec ?? {});
  const seen = new Set<string>();
  (svc.spec?.ports ?? []).forEach((p, i) => {
    if (!p.nodePort && !shouldAllocateNodePorts(svc)) return;
    if (!p.nodePort) {
      p.nodePort = txn.allocateNodePort(0, portsPath(i));
    } else if (!held.has(p.nodePort)) {
      txn.allocateNodePort(p.nodePort, portsPath(i));
      held.add(p.nodePort);
    }
    const key = `${p.protocol ?? ''} ${p.nodePort}`;
    if (seen.has(key)) throw newUnknownError(`duplicate nodePort: {${key}}`);
    seen.add(key);
  });
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
    async beforeCreate(obj: MutableObject, options: AllocationOptions) {
      const svc = obj as Service__Output;
      normalizeClusterIPs(svc, undefined);
      settleIPFamilies(svc, undefined);
      const txn = new Transaction(allocators, svc, !!options.dryRun);
      return txn.run(() => {
        allocateClusterIPs(txn, svc);
        if (needsNodePort(svc)) initNodePorts(txn, svc);
        if (needsHealthCheckNodePort(svc)) txn.allocateHealthCheckNodePort();
      });
    },

    async beforeUpdate(obj: MutableObject, oldObj: KubeObject, options: AllocationOptions) {
      const svc = obj as Service__Output;
      const old = oldObj as Service__Output;
      patchAllocatedValues(svc, old);
      normalizeClusterIPs(svc, old);
      settleIPFamilies(svc, old);
      const txn = new Transaction(allocators, svc, !!options.dryRun);
      return txn.run(() => {
        // Only a Service that had no address gets one: a changed one is for validation to refuse.
        if (!needsClusterIP(old)) allocateClusterIPs(txn, svc);
        if (needsNodePort(svc)) updateNodePorts(txn, svc, old);
        if (needsHealthCheckNodePort(svc) && !needsHealthCheckNodePort(old)) txn.allocateHealthCheckNodePort();
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
