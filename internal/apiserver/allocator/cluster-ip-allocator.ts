/**
 * ClusterIPAllocator: hands out Service ClusterIPs from the Service CIDR, as Kubernetes' IP
 * allocator does: every address but the network and broadcast ones, picked at random. The first
 * address (the `kubernetes` Service's) and the tenth (cluster DNS) are reserved: never picked at
 * random, but granted to whoever asks for them by address. The allocation lives in memory and is
 * rebuilt at startup from the stored Services (`restore`), which carry their IPs. `dryRun()` is
 * Kubernetes' non-persisting form of the allocator, for dry-run writes.
 */
import type { Service__Output } from '../../api/generated/skiff/core/v1/Service.js';
import { formatIPv4, parseIPv4 } from '../../api/validation/index.js';
import { RangeAllocator, type Allocator } from './range-allocator.js';
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
   * The dry-run form of this allocator, as Kubernetes' `DryRun()`: it takes and gives back
   * nothing. A requested address is refused only when it is malformed or outside the CIDR, not
   * when it is taken (Kubernetes does not look: the answer would be racy anyway); a random one is
   * the CIDR's network address, a placeholder no real allocation hands out.
   */
  dryRun(): Allocator<string> {
    const network = formatIPv4(this.range.network);
    return {
      allocate: (ip) => {
        if (!ip) return network;
        this.checkInRange(ip);
        return ip;
      },
      release: () => false,
    };
  }

  /** Anything but an IPv4 address; an IPv6 one is left to NotInRange, as Kubernetes words it. */
  protected override malformed(ip: string): string | undefined {
    return parseIPv4(ip) === undefined && !ip.includes(':') ? `${JSON.stringify(ip)} is not a valid IP address` : undefined;
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
