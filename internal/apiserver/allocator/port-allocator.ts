/**
 * PortAllocator: hands out NodePorts from the node-port range (default 30000-32767), at random, as
 * Kubernetes' port allocator does. The allocation lives in memory and is rebuilt at startup from
 * the stored Services (`restore`), which carry their node ports.
 */
import type { Service__Output } from '../../api/generated/skiff/core/v1/Service.js';
import { DEFAULT_NODE_PORT_RANGE, formatPortRange, parsePortRange, type PortRange } from './port-range.js';
import { RangeAllocator } from './range-allocator.js';
import { RangeBitmap, type RandomSource } from './range-bitmap.js';
import { heldNodePorts } from './service-fields.js';

/** What a PortAllocator is built from. */
export interface PortAllocatorOptions {
  /** The range, as text (`30000-32767`, the default) or parsed; an invalid one throws. */
  readonly range?: string | PortRange;
  /** The random source for picking ports (default Math.random). */
  readonly random?: RandomSource;
}

/** The NodePort allocator of one port range; a port of 0 asks for a random one. */
export class PortAllocator extends RangeAllocator<number> {
  /** The range as Kubernetes prints it (`30000-32767`). */
  readonly range: string;
  protected readonly alreadyAllocated = 'provided port is already allocated';
  protected readonly rangeName: string;
  private readonly base: number;

  constructor(options: PortAllocatorOptions = {}) {
    let range: PortRange;
    if (typeof options.range === 'object') {
      range = options.range;
    } else {
      const parsed = parsePortRange(options.range ?? DEFAULT_NODE_PORT_RANGE);
      if (!parsed.ok) throw new RangeError(parsed.error);
      range = parsed.range;
    }
    super(new RangeBitmap(range.size), options.random ?? Math.random, 0);
    this.range = formatPortRange(range);
    this.rangeName = `the range ${this.range}`;
    this.base = range.base;
  }

  protected valueAt(offset: number): number {
    return this.base + offset;
  }

  protected offsetOf(port: number): number | undefined {
    return Number.isInteger(port) ? port - this.base : undefined;
  }

  protected heldBy(svc: Service__Output): number[] {
    return heldNodePorts(svc);
  }

  protected notInRange(): string {
    return `provided port is not in the valid range. The range of valid ports is ${this.range}`;
  }

  protected describe(port: number): string {
    return `the node port ${port}`;
  }
}
