/**
 * RangeAllocator: what the ClusterIP and NodePort allocators share, over a RangeBitmap: allocate a
 * requested value or a random free one, release, and rebuild from the stored Services at startup.
 * A subclass says what is its own: how its values (addresses, ports) map to offsets of the bitmap,
 * which of them a Service holds, and Kubernetes' wording for its refusals.
 */
import type { KubeObject } from '../../api/index.js';
import type { Service__Output } from '../../api/generated/skiff/core/v1/Service.js';
import { AllocationError, RANGE_FULL } from './allocation-error.js';
import type { RandomSource, RangeBitmap } from './range-bitmap.js';

/** The allocator of one range of values, each value one offset of a RangeBitmap. */
export abstract class RangeAllocator<T> {
  /** `unset` asks for a random value as leaving the value out does ('' for an address, 0 for a port). */
  protected constructor(
    private readonly bitmap: RangeBitmap,
    private readonly random: RandomSource,
    private readonly unset: T,
  ) {}

  /** The whole-number offset `value` has, before any range check; undefined when it is no value of this kind. */
  protected abstract offsetOf(value: T): number | undefined;
  /** The value at `offset`. */
  protected abstract valueAt(offset: number): T;
  /** The values of this range a stored Service holds. */
  protected abstract heldBy(svc: Service__Output): Iterable<T>;
  /** NotInRange's message for a requested value. */
  protected abstract notInRange(value: T): string;
  /** AlreadyAllocated's message. */
  protected abstract readonly alreadyAllocated: string;
  /** A held value as restore's problems name it (`the node port 30080`). */
  protected abstract describe(value: T): string;
  /** The range as restore's problems name it (`the range 30000-32767`). */
  protected abstract readonly rangeName: string;

  private offsetInRange(value: T): number | undefined {
    const offset = this.offsetOf(value);
    return offset !== undefined && offset >= 0 && offset < this.bitmap.size ? offset : undefined;
  }

  /**
   * Allocates `value`, or a random free one when none is given, and returns it. Throws an
   * AllocationError: NotInRange, AlreadyAllocated or RangeFull.
   */
  allocate(value?: T): T {
    if (value === undefined || value === this.unset) {
      const offset = this.bitmap.allocateNext(this.random);
      if (offset === undefined) throw new AllocationError('RangeFull', RANGE_FULL);
      return this.valueAt(offset);
    }
    const offset = this.offsetInRange(value);
    if (offset === undefined) throw new AllocationError('NotInRange', this.notInRange(value));
    if (!this.bitmap.allocate(offset)) throw new AllocationError('AlreadyAllocated', this.alreadyAllocated);
    return value;
  }

  /** Gives `value` back; false when it was not allocated (or not in the range). */
  release(value: T): boolean {
    const offset = this.offsetInRange(value);
    return offset !== undefined && this.bitmap.release(offset);
  }

  /** True when `value` is allocated. */
  has(value: T): boolean {
    const offset = this.offsetInRange(value);
    return offset !== undefined && this.bitmap.has(offset);
  }

  /** How many values random allocation can still hand out (reserved ones never count). */
  free(): number {
    return this.bitmap.free();
  }

  /** How many values are allocated, reserved ones included. */
  used(): number {
    return this.bitmap.used();
  }

  /**
   * Forgets every allocation and takes the values the given Services hold, as at startup. Returns
   * one line per problem found (a value outside the range, one held twice), for the log; those
   * Services keep working but their values are not protected.
   */
  restore(services: readonly KubeObject[]): string[] {
    this.bitmap.clear();
    const problems: string[] = [];
    for (const obj of services) {
      const svc = obj as Service__Output;
      const who = `${svc.metadata?.namespace ?? ''}/${svc.metadata?.name ?? ''}`;
      for (const value of this.heldBy(svc)) {
        const offset = this.offsetInRange(value);
        if (offset === undefined) problems.push(`${this.describe(value)} of Service ${who} is not in ${this.rangeName}`);
        else if (!this.bitmap.allocate(offset)) problems.push(`${this.describe(value)} of Service ${who} is held by another Service too`);
      }
    }
    return problems;
  }
}
