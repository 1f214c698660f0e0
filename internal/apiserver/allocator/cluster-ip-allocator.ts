/**
 * ClusterIPAllocator: hands out Service ClusterIPs from the Service CIDR, as Kubernetes' IP
 * allocator does: every address but the network and broadcast ones, picked at random. The first
 * address (the `kubernetes` Service's) and the tenth (cluster DNS) are reserved: never picked at
 * random, but granted to whoever asks for them by address. The allocation lives in memory and is
 * rebuilt at startup from the stored Services (`restore`), which carry their IPs.
 */
import type { KubeObject } from '../../api/index.js';
import type { Service__Output } from '../../api/generated/skiff/core/v1/Service.js';
import { formatIPv4, parseIPv4 } from '../../api/validation/index.js';
import { AllocationError, RANGE_FULL } from './allocation-error.js';
import { RangeBitmap, type RandomSource } from './range-bitmap.js';
import { DEFAULT_SERVICE_CIDR, parseServiceCIDR, type ServiceCIDR } from './service-cidr.js';
import { heldClusterIPs } from './service-fields.js';

/** Offset of the cluster DNS Service's address in the CIDR, by convention (10.96.0.10). */
const DNS_OFFSET = 10;

/** What a ClusterIPAllocator is built from. */
export interface ClusterIPAllocatorOptions {
  /** The Service CIDR (default 127.96.0.0/12); an invalid one throws, flags being checked first. */
  readonly cidr?: string;
  /** The random source for picking addresses (default Math.random). */
  readonly random?: RandomSource;
}

/** The ClusterIP allocator of one IPv4 Service CIDR. */
export class ClusterIPAllocator {
  /** The Service CIDR as Kubernetes prints it (`127.96.0.0/12`). */
  readonly cidr: string;
  /** The reserved address of the `kubernetes` Service: the first usable one. */
  readonly kubernetesServiceIP: string;
  /** The reserved address of cluster DNS (the CIDR's tenth), absent in a CIDR too small for it. */
  readonly dnsServiceIP: string | undefined;
  private readonly range: ServiceCIDR;
  private readonly bitmap: RangeBitmap;
  private readonly random: RandomSource;

  constructor(options: ClusterIPAllocatorOptions = {}) {
    const parsed = parseServiceCIDR(options.cidr ?? DEFAULT_SERVICE_CIDR);
    if (!parsed.ok) throw new RangeError(parsed.error);
    this.range = parsed.cidr;
    this.cidr = parsed.cidr.text;
    this.random = options.random ?? Math.random;
    // Offsets count from the first usable address; the network and broadcast addresses are out.
    const usable = this.range.size - 2;
    const dnsOffset = DNS_OFFSET - 1;
    this.bitmap = new RangeBitmap(usable, dnsOffset < usable ? [0, dnsOffset] : [0]);
    this.kubernetesServiceIP = this.ipAt(0);
    this.dnsServiceIP = dnsOffset < usable ? this.ipAt(dnsOffset) : undefined;
  }

  private ipAt(offset: number): string {
    return formatIPv4(this.range.network + 1 + offset);
  }

  private offsetOf(ip: string): number | undefined {
    const n = parseIPv4(ip);
    if (n === undefined) return undefined;
    const offset = n - this.range.network - 1;
    return offset >= 0 && offset < this.bitmap.size ? offset : undefined;
  }

  /**
   * Allocates `ip`, or a random free address when none is given, and returns it. Throws an
   * AllocationError: NotInRange, AlreadyAllocated, RangeFull or InvalidValue (not an IPv4 address).
   */
  allocate(ip?: string): string {
    if (ip === undefined || ip === '') {
      const offset = this.bitmap.allocateNext(this.random);
      if (offset === undefined) throw new AllocationError('RangeFull', RANGE_FULL);
      return this.ipAt(offset);
    }
    if (parseIPv4(ip) === undefined && !ip.includes(':')) {
      throw new AllocationError('InvalidValue', `${JSON.stringify(ip)} is not a valid IP address`);
    }
    const offset = this.offsetOf(ip);
    if (offset === undefined) {
      throw new AllocationError('NotInRange', `the provided IP (${ip}) is not in the valid range. The range of valid IPs is ${this.cidr}`);
    }
    if (!this.bitmap.allocate(offset)) throw new AllocationError('AlreadyAllocated', 'provided IP is already allocated');
    return ip;
  }

  /** Gives `ip` back; false when it was not allocated (or not in the range). */
  release(ip: string): boolean {
    const offset = this.offsetOf(ip);
    return offset !== undefined && this.bitmap.release(offset);
  }

  /** True when `ip` is allocated. */
  has(ip: string): boolean {
    const offset = this.offsetOf(ip);
    return offset !== undefined && this.bitmap.has(offset);
  }

  /** How many addresses random allocation can still hand out (reserved ones never count). */
  free(): number {
    return this.bitmap.free();
  }

  /** How many addresses are allocated, reserved ones included. */
  used(): number {
    return this.bitmap.used();
  }

  /**
   * Forgets every allocation and takes the addresses the given Services hold, as at startup.
   * Returns one line per problem found (an address outside the range, one held twice), for the log;
   * those Services keep working but their addresses are not protected.
   */
  restore(services: readonly KubeObject[]): string[] {
    this.bitmap.clear();
    const problems: string[] = [];
    for (const obj of services) {
      const svc = obj as Service__Output;
      const who = `${svc.metadata?.namespace ?? ''}/${svc.metadata?.name ?? ''}`;
      for (const ip of heldClusterIPs(svc)) {
        const offset = this.offsetOf(ip);
        if (offset === undefined) problems.push(`the cluster IP ${ip} of Service ${who} is not in the Service CIDR ${this.cidr}`);
        else if (!this.bitmap.allocate(offset)) problems.push(`the cluster IP ${ip} of Service ${who} is held by another Service too`);
      }
    }
    return problems;
  }
}
