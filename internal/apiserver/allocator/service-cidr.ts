/**
 * The Service CIDR as `--service-cluster-ip-range` takes it: one IPv4 block from which ClusterIPs
 * are allocated. As in Kubernetes it may be no larger than a /12 (a million addresses), and Skiff
 * asks for at least a /30 so there is an address beside the `kubernetes` Service's.
 */
import { formatIPv4, parseIPv4CIDR } from '../../api/validation/index.js';

/** Skiff's default Service CIDR, inside the loopback range. */
export const DEFAULT_SERVICE_CIDR = '127.96.0.0/12';

/** The largest block Kubernetes allows (20 host bits). */
export const MIN_SERVICE_CIDR_PREFIX = 12;

/** The smallest block Skiff allows (two usable addresses). */
export const MAX_SERVICE_CIDR_PREFIX = 30;

/** A parsed Service CIDR, masked to its network. */
export interface ServiceCIDR {
  /** The network address as an unsigned 32-bit integer. */
  readonly network: number;
  readonly prefixLength: number;
  /** Addresses in the block, network and broadcast included. */
  readonly size: number;
  /** The block as Kubernetes prints it (`127.96.0.0/12`). */
  readonly text: string;
}

/** A parsed CIDR, or the rule the text breaks (one clause, fit for a flag error line). */
export type ServiceCIDRResult = { readonly ok: true; readonly cidr: ServiceCIDR } | { readonly ok: false; readonly error: string };

/** Parses a Service CIDR (`127.96.0.0/12`); host bits are masked off, as Go's ParseCIDR does. */
export function parseServiceCIDR(text: string): ServiceCIDRResult {
  const fail = (error: string): ServiceCIDRResult => ({ ok: false, error });
  const parsed = parseIPv4CIDR(text.trim());
  if (!parsed) {
    if (text.includes(':')) return fail(`${JSON.stringify(text)} is an IPv6 CIDR; Skiff serves IPv4 Services only`);
    return fail(`${JSON.stringify(text)} is not an IPv4 CIDR, as in ${DEFAULT_SERVICE_CIDR}`);
  }
  if (parsed.prefixLength < MIN_SERVICE_CIDR_PREFIX) {
    return fail(`${JSON.stringify(text)} is too large; the prefix length must be at least ${MIN_SERVICE_CIDR_PREFIX}`);
  }
  if (parsed.prefixLength > MAX_SERVICE_CIDR_PREFIX) {
    return fail(`${JSON.stringify(text)} is too small; the prefix length must be at most ${MAX_SERVICE_CIDR_PREFIX}`);
  }
  const cidr = { network: parsed.network, prefixLength: parsed.prefixLength, size: parsed.size };
  return { ok: true, cidr: { ...cidr, text: `${formatIPv4(cidr.network)}/${cidr.prefixLength}` } };
}

/** The rule `text` breaks, or undefined when it is a good Service CIDR; fits `StringFlagDecl.validate`. */
export function validateServiceCIDR(text: string): string | undefined {
  const result = parseServiceCIDR(text);
  return result.ok ? undefined : result.error;
}
