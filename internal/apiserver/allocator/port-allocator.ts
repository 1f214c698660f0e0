/**
 * PortAllocator: hands out NodePorts from the node-port range (default 30000-32767), at random, as
 * Kubernetes' port allocator does. The allocation lives in memory and is rebuilt at startup from
 * the stored Services (`restore`), which carry their node ports.
 */
import type { KubeObject } from '../../api/index.js';
import type { Service__Output } from '../../api/generated/skiff/core/v1/Service.js';
import { AllocationError, RANGE_FULL } from './allocation-error.js';
import { DEFAULT_NODE_PORT_RANGE, formatPortRange, parsePortRange, type PortRange } from './port-range.js';
import { RangeBitmap, type RandomSource } from './range-bitmap.js';
import { heldNodePorts } from './service-fields.js';

/** What a PortAllocator is built from. */
export interface PortAllocatorOptions {
  /** The range, as text (`30000-32767`, the default) or parsed; an invalid one throws. */
  readonly range?: string | PortRange;
  /** The random source for picking ports (default Math.random). */
  readonly random?: RandomSource;
}

/** The NodePort allocator of one port range. */
export class PortAllocator {
  /** The range as Kubernetes prints it (`30000-32767`). */
  readonly range: string;
  private readonly base: number;
  private readonly bitmap: RangeBitmap;
  private readonly random: RandomSource;

  constructor(options: PortAllocatorOptions = {}) {
    let range: PortRange;
    if (typeof options.range === 'object') {
      range = options.range;
    } else {
      const parsed = parsePortRange(options.range ?? DEFAULT_NODE_PORT_RANGE);
      if (!parsed.ok) throw new RangeError(parsed.error);
      range = parsed.range;
    }
    this.range = formatPortRange(range);
    this.base = range.base;
    this.bitmap = new RangeBitmap(range.size);
    this.random = options.random ?? Math.random;
  }

  private offsetOf(port: number): number | undefined {
    const offset = port - this.base;
    return Number.isInteger(port) && offset >= 0 && offset < this.bitmap.size ? offset : undefined;
  }

  /**
   * Allocates `port`, or a random free port when none is given (or 0), and returns it. Throws an
   * AllocationError: NotInRange, AlreadyAllocated or RangeFull.
   */
  allocate(port?: number): number {
    if (port === undefined || port === 0) {
      const offset = this.bitmap.allocateNext(this.random);
      if (offset === undefined) throw new AllocationError('RangeFull', RANGE_FULL);
      return this.base + offset;
    }
    const offset = this.offsetOf(port);
    if (offset === undefined) {
      throw new AllocationError('NotInRange', `provided port is not in the valid range. The range of valid ports is ${this.range}`);
    }
    if (!this.bitmap.allocate(offset)) throw new AllocationError('AlreadyAllocated', 'provided port is already allocated');
    return port;
  }

  /** Gives `port` back; false when it was not allocated (or not in the range). */
  release(port: number): boolean {
    const offset = this.offsetOf(port);
    return offset !== undefined && this.bitmap.release(offset);
  }

  /** True when `port` is allocated. */
  has(port: number): boolean {
    const offset = this.offsetOf(port);
    return offset !== undefined && this.bitmap.has(offset);
  }

  /** How many ports are still free. */
  free(): number {
    return this.bitmap.free();
  }

  /** How many ports are allocated. */
  used(): number {
    return this.bitmap.used();
  }

  /**
   * Forgets every allocation and takes the ports the given Services hold, as at startup. Returns
   * one line per problem found (a port outside the range, one held by two Services), for the log.
   */
  restore(services: readonly KubeObject[]): string[] {
    this.bitmap.clear();
    const problems: string[] = [];
    for (const obj of services) {
      const svc = obj as Service__Output;
      const who = `${svc.metadata?.namespace ?? ''}/${svc.metadata?.name ?? ''}`;
      for (const port of heldNodePorts(svc)) {
        const offset = this.offsetOf(port);
        if (offset === undefined) problems.push(`the node port ${port} of Service ${who} is not in the range ${this.range}`);
        else if (!this.bitmap.allocate(offset)) problems.push(`the node port ${port} of Service ${who} is held by another Service too`);
      }
    }
    return problems;
  }
}
