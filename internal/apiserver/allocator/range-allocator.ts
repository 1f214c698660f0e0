/**
 * RangeAllocator: what the ClusterIP and NodePort allocators share, over a RangeBitmap: allocate a
 * requested value or a random free one, release, check a value without taking it (what a dry run
 * needs), and rebuild from the stored Services at startup. A subclass says what is its own: how
 * its values (addresses, ports) map to offsets of the bitmap, which of them a Service holds, and
 * Kubernetes' wording for its refusals.
 */
import type { KubeObject } from '../../api/index.js';
import type { Service__Output } from '../../api/generated/skiff/core/v1/Service.js';
import { AllocationError, RANGE_FULL } from './allocation-error.js';
import type { RandomSource, RangeBitmap } from './range-bitmap.js';

/**
 * What a write takes values from: a RangeAllocator, or a dry-run form of one that takes nothing.
 * `allocate` throws an AllocationError when the value cannot be had.
 */
export interface Allocator<T> {
  /** Takes `value`, or a random free one when none is given, and returns it. */
  allocate(value?: T): T;
  /** Gives `value` back; false when it was not taken. */
  release(value: T): boolean;
}

/** The allocator of one range of values, each value one offset of a RangeBitmap. */
export abstract class RangeAllocator<T> implements Allocator<T> {
  /** `unset` asks for a random value as leaving the value out does ('' for an address, 0 for a port). */
  protected constructor(
    private readonly bitmap: RangeBitmap,
    private readonly random: RandomSource,
    private readonly unset: T,
  ) {}

  /** The whole-number offset `value` has, before the range is checked; undefined when it is no value of this kind. */
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

  /** InvalidValue's message when `value` is not even of this kind (default: every value is). */
  protected malformed(_value: T): string | undefined {
    return undefined;
  }

  private offsetInRange(value: T): number | undefined {
    const offset = this.offsetOf(value);
    return offset !== undefined && offset >= 0 && offset < this.bitmap.size ? offset : undefined;
  }

  /** The offset of a requested `value`; throws InvalidValue or NotInRange as `allocate` does. */
  private requestedOffset(value: T): number {
    const malformed = this.malformed(value);
    if (malformed !== undefined) throw new AllocationError('InvalidValue', malformed);
    const offset = this.offsetInRange(value);
    if (offset === undefined) throw new AllocationError('NotInRange', this.notInRange(value));
    return offset;
  }

  /**
   * Allocates `value`, or a random free one when none is given, and returns it. Throws an
   * AllocationError: InvalidValue (only for a kind that has malformed values), NotInRange,
   * AlreadyAllocated or RangeFull.
   */
  allocate(value?: T): T {
    if (value === undefined || value === this.unset) {
      const offset = this.bitmap.allocateNext(this.random);
      if (offset === undefined) throw new AllocationError('RangeFull', RANGE_FULL);
      return this.valueAt(offset);
    }
    if (!this.bitmap.allocate(this.requestedOffset(value))) throw new AllocationError('AlreadyAllocated', this.alreadyAllocated);
    return value;
  }

  /**
   * Refuses `value` as `allocate` would for not being a value of this range (InvalidValue,
   * NotInRange), without looking at whether it is free and without taking it.
   */
  checkInRange(value: T): void {
    this.requestedOffset(value);
  }

  /**
   * Refuses `value` as `allocate` would for being taken (AlreadyAllocated), or for being one of
   * `pending` (what a dry run has set aside so far), without taking it. A value outside the range
   * is never taken, so it passes.
   */
  checkFree(value: T, pending: readonly T[] = []): void {
    if (this.has(value) || pending.includes(value)) throw new AllocationError('AlreadyAllocated', this.alreadyAllocated);
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
