/**
 * FieldError: one field-level validation failure, shaped and printed as Kubernetes' field.Error
 * (`spec.replicas: Invalid value: -1: must be greater than or equal to 0`). Validators return lists
 * of these; the registry turns a non-empty list into a 422 Invalid Status with one cause per error.
 */
import { type FieldPath, pathString } from './field-path.js';
import { GO_LABEL_SELECTOR } from './go-meta-types.js';
import { formatGoSyntax } from './go-syntax.js';
import { formatGoStringMap, formatGoValue, goQuote, isStringMap } from './go-value.js';

/** The machine-readable kind of a field error; also the StatusCause `reason`. */
export type FieldErrorType =
  | 'FieldValueNotFound'
  | 'FieldValueRequired'
  | 'FieldValueDuplicate'
  | 'FieldValueInvalid'
  | 'FieldValueNotSupported'
  | 'FieldValueForbidden'
  | 'FieldValueTooLong'
  | 'FieldValueTooMany'
  | 'InternalError';

const TYPE_TEXT: Record<FieldErrorType, string> = {
  FieldValueNotFound: 'Not found',
  FieldValueRequired: 'Required value',
  FieldValueDuplicate: 'Duplicate value',
  FieldValueInvalid: 'Invalid value',
  FieldValueNotSupported: 'Unsupported value',
  FieldValueForbidden: 'Forbidden',
  FieldValueTooLong: 'Too long',
  FieldValueTooMany: 'Too many',
  InternalError: 'Internal error',
};

// Kubernetes leaves the bad value out of these messages (it may be huge or secret).
const VALUE_OMITTED: ReadonlySet<FieldErrorType> = new Set([
  'FieldValueRequired',
  'FieldValueForbidden',
  'FieldValueTooLong',
  'InternalError',
]);

/**
 * The fields Kubernetes types map[string]string in every kind that has them (ObjectMeta's labels
 * and annotations, a LabelSelector's matchLabels, a pod's nodeSelector), optionally with a key
 * subscript (ValidateHasLabel reports `labels[k]` with the whole map). A decoded map has lost its
 * Go type, so the field says how Kubernetes would print it: with %#v, not as JSON.
 */
const STRING_MAP_FIELD = /(?:^|\.)(?:labels|annotations|matchLabels|nodeSelector)(\[[^\]]*\])?$/;

/**
 * A `selector`: a workload's or a budget's is a *metav1.LabelSelector, a Service's or a
 * ReplicationController's a map[string]string. A whole value here that is empty or has a
 * LabelSelector's fields is a LabelSelector; every other string map is the plain map.
 */
const SELECTOR_FIELD = /(?:^|\.)selector$/;

/** True for an object with nothing but a LabelSelector's two fields, of their types. */
function isLabelSelector(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { matchLabels, matchExpressions, ...rest } = value as Record<string, unknown>;
  return Object.keys(rest).length === 0 && (matchLabels === undefined || isStringMap(matchLabels)) && (matchExpressions === undefined || Array.isArray(matchExpressions));
}

/** The bad value as Kubernetes prints it for `field`. */
function formatBadValue(field: string, value: unknown): string {
  if (SELECTOR_FIELD.test(field)) {
    if (isLabelSelector(value)) return formatGoSyntax(GO_LABEL_SELECTOR, value);
    if (isStringMap(value)) return formatGoStringMap(value);
  }
  const mapField = STRING_MAP_FIELD.exec(field);
  if (mapField) {
    if (isStringMap(value)) return formatGoStringMap(value);
    // A nil map is still typed in Go; only the whole field (not one key of it) can be that map.
    if ((value === null || value === undefined) && mapField[1] === undefined) return formatGoStringMap(undefined);
  }
  return formatGoValue(value);
}

/** The detail Kubernetes gives when an immutable field changes. */
export const FIELD_IMMUTABLE_ERROR_MSG = 'field is immutable';

/** One field-level validation error (Kubernetes' field.Error). */
export class FieldError {
  constructor(
    /** What went wrong; also the StatusCause reason. */
    readonly type: FieldErrorType,
    /** The printed field path (`spec.replicas`). */
    readonly field: string,
    /** The offending value, printed Go-style in the message. */
    readonly badValue: unknown,
    /** The human explanation after the value (`must be greater than or equal to 0`). */
    readonly detail: string,
  ) {}

  /** `Invalid value: <value>: <detail>`: a malformed value. */
  static invalid(path: FieldPath | undefined, value: unknown, detail: string): FieldError {
    return new FieldError('FieldValueInvalid', pathString(path), value, detail);
  }

  /** `Required value[: <detail>]`: a value that must be given. */
  static required(path: FieldPath | undefined, detail = ''): FieldError {
    return new FieldError('FieldValueRequired', pathString(path), '', detail);
  }

  /** `Unsupported value: "x": supported values: "a", "b"`: a value outside an enumeration. */
  static notSupported(path: FieldPath | undefined, value: unknown, validValues: readonly string[]): FieldError {
    const detail = validValues.length > 0 ? 'supported values: ' + validValues.map(goQuote).join(', ') : '';
    return new FieldError('FieldValueNotSupported', pathString(path), value, detail);
  }

  /** `Duplicate value: <value>`: a value that must be unique. */
  static duplicate(path: FieldPath | undefined, value: unknown): FieldError {
    return new FieldError('FieldValueDuplicate', pathString(path), value, '');
  }

  /** `Forbidden: <detail>`: a well-formed value not allowed here. */
  static forbidden(path: FieldPath | undefined, detail: string): FieldError {
    return new FieldError('FieldValueForbidden', pathString(path), '', detail);
  }

  /** `Too long: may not be more than N bytes` (a negative max gives `value is too long`). */
  static tooLong(path: FieldPath | undefined, value: unknown, maxLength: number): FieldError {
    const detail =
      maxLength >= 0 ? `may not be more than ${maxLength} ${maxLength === 1 ? 'byte' : 'bytes'}` : 'value is too long';
    return new FieldError('FieldValueTooLong', pathString(path), value, detail);
  }

  /** `Too many: <n>: must have at most <max> items`: a list over its limit. */
  static tooMany(path: FieldPath | undefined, actual: number, max: number): FieldError {
    const detail = max >= 0 ? `must have at most ${max} items` : 'has too many items';
    return new FieldError('FieldValueTooMany', pathString(path), actual, detail);
  }

  /** `Not found: <value>`: a reference to something that does not exist. */
  static notFound(path: FieldPath | undefined, value: unknown): FieldError {
    return new FieldError('FieldValueNotFound', pathString(path), value, '');
  }

  /** `Internal error: <message>`: a failure not caused by the input. */
  static internalError(path: FieldPath | undefined, err: unknown): FieldError {
    const message = err instanceof Error ? err.message : String(err);
    return new FieldError('InternalError', pathString(path), null, message);
  }

  /** The StatusCause reason (`FieldValueInvalid`, ...). */
  get reason(): FieldErrorType {
    return this.type;
  }

  /** The message without the field: `Invalid value: -1: must be greater than or equal to 0`. */
  errorBody(): string {
    let s = TYPE_TEXT[this.type];
    if (!VALUE_OMITTED.has(this.type)) s += ': ' + formatBadValue(this.field, this.badValue);
    if (this.detail.length > 0) s += ': ' + this.detail;
    return s;
  }

  /** The full message: `spec.replicas: Invalid value: -1: must be greater than or equal to 0`. */
  toString(): string {
    return `${this.field}: ${this.errorBody()}`;
  }
}

/** Appends one `Invalid value` error per reason to `errs`; valid values give no reasons and cost nothing. */
export function appendInvalid(errs: FieldError[], path: FieldPath | undefined, value: unknown, reasons: readonly string[]): void {
  for (const reason of reasons) errs.push(FieldError.invalid(path, value, reason));
}

/**
 * Joins messages as Kubernetes' aggregate error does: duplicates dropped, one message bare, several
 * as `[a, b]`, none as the empty string.
 */
export function aggregateMessages(messages: readonly string[]): string {
  const unique = [...new Set(messages)];
  if (unique.length === 1) return unique[0];
  return unique.length === 0 ? '' : `[${unique.join(', ')}]`;
}

/** The aggregate message of a list of field errors (`[a: Required value, b: Invalid value: ...]`). */
export function aggregateFieldErrors(errors: readonly FieldError[]): string {
  return aggregateMessages(errors.map((e) => e.toString()));
}

/**
 * `Invalid value: <new>: field is immutable` when `newValue` differs (deeply) from `oldValue`. A
 * value of a Go struct type is printed from `shown` (its goValue), given only when they differ.
 */
export function validateImmutableField(
  newValue: unknown,
  oldValue: unknown,
  path: FieldPath,
  shown: (value: unknown) => unknown = (value) => value,
): FieldError[] {
  return deepEqual(newValue, oldValue) ? [] : [FieldError.invalid(path, shown(newValue), FIELD_IMMUTABLE_ERROR_MSG)];
}

// Kubernetes' semantic equality: a nil list equals an empty one; a key holding undefined is absent.
function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (isEmptyList(a) && isEmptyList(b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  for (const k of keys) if (!deepEqual(ao[k], bo[k])) return false;
  return true;
}

function isEmptyList(v: unknown): boolean {
  return v === undefined || v === null || (Array.isArray(v) && v.length === 0);
}
