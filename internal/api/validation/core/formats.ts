/**
 * Per-field wrappers of the format validators, as Kubernetes' core validation names them
 * (ValidateDNS1123Label, ValidateQualifiedName, ...): each turns the reasons into Invalid errors.
 */
import {
  FieldError,
  type FieldPath,
  isDNS1123Label,
  isDNS1123Subdomain,
  isQualifiedName,
  nameIsDNSSubdomain,
} from '../index.js';

/** Invalid errors for a value that is not a DNS-1123 label. */
export function validateDNS1123Label(value: string, path: FieldPath): FieldError[] {
  return isDNS1123Label(value).map((m) => FieldError.invalid(path, value, m));
}

/** Invalid errors for a value that is not a DNS-1123 subdomain. */
export function validateDNS1123Subdomain(value: string, path: FieldPath): FieldError[] {
  return isDNS1123Subdomain(value).map((m) => FieldError.invalid(path, value, m));
}

/** Invalid errors for a value that is not a qualified name. */
export function validateQualifiedName(value: string, path: FieldPath): FieldError[] {
  return isQualifiedName(value).map((m) => FieldError.invalid(path, value, m));
}

/** Invalid errors for an object name (DNS-1123 subdomain; `prefix` for a generateName). */
export function validateObjectName(value: string, prefix: boolean, path: FieldPath): FieldError[] {
  return nameIsDNSSubdomain(value, prefix).map((m) => FieldError.invalid(path, value, m));
}

/** Whether a map or list is absent or empty (Kubernetes treats both alike). */
export function isEmpty(v: Readonly<Record<string, unknown>> | readonly unknown[] | null | undefined): boolean {
  if (v === undefined || v === null) return true;
  return Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0;
}
