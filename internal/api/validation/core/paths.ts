/** The file-path checks Kubernetes applies to volume paths, sub-paths and key-to-path items. */
import { FieldError, type FieldPath } from '../index.js';

/** `must not contain '..'` when any element of the path is `..`. */
export function validatePathNoBacksteps(target: string, path: FieldPath): FieldError[] {
  return target.split('/').includes('..') ? [FieldError.invalid(path, target, "must not contain '..'")] : [];
}

/** A relative path that never steps up: `must be a relative path`, `must not contain '..'`. */
export function validateLocalDescendingPath(target: string, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (target.startsWith('/')) errs.push(FieldError.invalid(path, target, 'must be a relative path'));
  errs.push(...validatePathNoBacksteps(target, path));
  return errs;
}

/** A descending path that also does not start with `..` (`..data` is reserved by the kubelet). */
export function validateLocalNonReservedPath(target: string, path: FieldPath): FieldError[] {
  const errs = validateLocalDescendingPath(target, path);
  if (target.startsWith('..') && !target.startsWith('../')) {
    errs.push(FieldError.invalid(path, target, "must not start with '..'"));
  }
  return errs;
}
