/**
 * The status counters the workload controllers report (`replicas`, `readyReplicas`, ...): each
 * non-negative, and none of the partial counts above the total, as Kubernetes checks them.
 */
import { FieldError, type FieldPath, validateNonnegativeField } from '../index.js';

function count<T extends object>(status: T, key: keyof T): number {
  const v = status[key];
  return typeof v === 'number' ? v : 0;
}

/** `must be greater than or equal to 0` for each named counter that is negative (absent reads as 0). */
export function validateNonnegativeCounts<T extends object>(
  status: T,
  path: FieldPath,
  keys: readonly (keyof T & string)[],
): FieldError[] {
  return keys.flatMap((k) => validateNonnegativeField(count(status, k), path.child(k)));
}

/** `cannot be greater than status.replicas` for each named counter above `total`, in order. */
export function validateCountsNotAbove<T extends object>(
  status: T,
  path: FieldPath,
  total: keyof T & string,
  keys: readonly (keyof T & string)[],
  detail = `cannot be greater than status.${total}`,
): FieldError[] {
  const limit = count(status, total);
  return keys.filter((k) => count(status, k) > limit).map((k) => FieldError.invalid(path.child(k), count(status, k), detail));
}
