/**
 * AllocationError: why an allocator refused, with a stable code and Kubernetes' wording, which the
 * Service registry wraps into the field error or internal error a client sees.
 */

/** Why an allocation failed. */
export type AllocationErrorCode = 'NotInRange' | 'AlreadyAllocated' | 'RangeFull' | 'InvalidValue';

/** An allocator's refusal; `message` is Kubernetes' (`provided IP is already allocated`). */
export class AllocationError extends Error {
  constructor(
    readonly code: AllocationErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AllocationError';
  }
}

/** Kubernetes' message for an exhausted range. */
export const RANGE_FULL = 'range is full';
