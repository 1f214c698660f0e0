/**
 * ClusterIPAllocator: hands out Service ClusterIPs from the Service CIDR, as Kubernetes' IP
 * allocator does: every address but the network and broadcast ones, picked at random. The first
 * address (the `kubernetes` Service's) and the tenth (cluster DNS) are reserved: never picked at
 * random, but granted to whoever asks for them by address. The allocation lives in memory and is
 * rebuilt at startup from the stored Services (`restore`), which carry their IPs.
 */
import type { Service__Output } from '../../api/generated/skiff/core/v1/Service.js';
import { formatIPv4, parseIPv4 } from '../../api/validation/index.js';
import { AllocationError } from './allocation-error.js';
import { RangeAllocator } from './range-allocator.js';
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
export class ClusterIPAllocator extends RangeAllocator<string> {
  /** The Service CIDR as Kubernetes prints it (`127.96.0.0/12`). */
  readonly cidr: string;
  /** The reserved address of the `kubernetes` Service: the first usable one. */
  readonly kubernetesServiceIP: string;
  /** The reserved address of cluster DNS (the CIDR's tenth), absent in a CIDR too small for it. */
  readonly dnsServiceIP: string | undefined;
  protected readonly alreadyAllocated = 'provided IP is already allocated';
  protected readonly rangeName: string;
  private readonly range: ServiceCIDR;

  constructor(options: ClusterIPAllocatorOptions = {}) {
    const parsed = parseServiceCIDR(options.cidr ?? DEFAULT_SERVICE_CIDR);
    if (!parsed.ok) throw new RangeError(parsed.error);
    // Offsets count from the first usable address; the network and broadcast addresses are out.
    const usable = parsed.cidr.size - 2;
    const dnsOffset = DNS_OFFSET - 1;
    super(new RangeBitmap(usable, dnsOffset < usable ? [0, dnsOffset] : [0]), options.random ?? Math.random, '');
    this.range = parsed.cidr;
    this.cidr = parsed.cidr.text;
    this.rangeName = `the Service CIDR ${this.cidr}`;
    this.kubernetesServiceIP = this.valueAt(0);
    this.dnsServiceIP = dnsOffset < usable ? this.valueAt(dnsOffset) : undefined;
  }

  /**
   * Allocates `ip`, or a random free address when none is given, and returns it. Throws an
   * AllocationError: NotInRange, AlreadyAllocated, RangeFull or InvalidValue (not an IPv4 address).
   */
  override allocate(ip?: string): string {
    if (ip && parseIPv4(ip) === undefined && !ip.includes(':')) {
      throw new AllocationError('InvalidValue', `${JSON.stringify(ip)} is not a valid IP address`);
    }
    return super.allocate(ip);
  }

  protected valueAt(offset: number): string {
    return formatIPv4(this.range.network + 1 + offset);
  }

  protected offsetOf(ip: string): number | undefined {
    const n = parseIPv4(ip);
    return n === undefined ? undefined : n - this.range.network - 1;
  }

  protected heldBy(svc: Service__Output): string[] {
    return heldClusterIPs(svc);
  }

  protected notInRange(ip: string): string {
    return `the provided IP (${ip}) is not in the valid range. The range of valid IPs is ${this.cidr}`;
  }

  protected describe(ip: string): string {
    return `the cluster IP ${ip}`;
  }
}
