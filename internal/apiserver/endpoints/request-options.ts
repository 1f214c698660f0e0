/**
 * Request options both faces parse the same way: Kubernetes' `dryRun` values, the options of a
 * write (fieldManager, dryRun, fieldValidation) and DeleteOptions, validated as Kubernetes'
 * ValidateCreateOptions, ValidateUpdateOptions, ValidatePatchOptions and ValidateDeleteOptions do
 * (a 422 naming the options kind: `DeleteOptions.meta.k8s.io "" is invalid: ...`) and turned into
 * the registry's wire-independent options; and the PartialObjectMetadata view of an object that metadata-only lists and watches
 * answer with.
 */
import type { KubeObject } from '../../api/index.js';
import { FieldError, FieldPath, goIsPrint } from '../../api/validation/index.js';
import { newInvalidOptions, type DeleteOptions, type PropagationPolicy, type WriteOptions } from '../registry/request-options.js';

/** The options kind of a write, which names the 422 a bad option gets. */
export type WriteOptionsKind = 'CreateOptions' | 'UpdateOptions' | 'PatchOptions';

const DRY_RUN = FieldPath.root('dryRun');
const FIELD_MANAGER = FieldPath.root('fieldManager');
/** Kubernetes' FieldManagerMaxLength, in bytes. */
const FIELD_MANAGER_MAX_LENGTH = 128;
const FIELD_VALIDATION = FieldPath.root('fieldValidation');
const PROPAGATION_POLICY = FieldPath.root('propagationPolicy');
const PROPAGATION_POLICIES = ['Foreground', 'Background', 'Orphan'];

/** Kubernetes' ValidateDryRun: every value "All"; the bad value is the whole list, printed Go-style. */
function validateDryRun(values: readonly string[] | undefined): FieldError[] {
  if (!values || values.every((v) => v === 'All')) return [];
  return [FieldError.notSupported(DRY_RUN, [...values], ['All'])];
}

/** Kubernetes' ValidateFieldValidation; unset is valid and means Warn further on. */
function validateFieldValidation(value: string | undefined): FieldError[] {
  if (value === undefined || ['', 'Ignore', 'Strict', 'Warn'].includes(value)) return [];
  return [FieldError.notSupported(FIELD_VALIDATION, value, ['', 'Ignore', 'Strict', 'Warn'])];
}

/**
 * Kubernetes' ValidateFieldManager: at most 128 bytes, every character printable as Go's
 * unicode.IsPrint says (Unicode 15, not the newer Unicode of this Node), each other one named as
 * Go's `%#U` prints it with its byte offset (`invalid character U+0007 (at position 3)`).
 */
function validateFieldManager(value: string | undefined): FieldError[] {
  if (value === undefined) return [];
  const errs: FieldError[] = [];
  if (Buffer.byteLength(value, 'utf8') > FIELD_MANAGER_MAX_LENGTH) errs.push(FieldError.tooLong(FIELD_MANAGER, value, FIELD_MANAGER_MAX_LENGTH));
  let position = 0;
  for (const char of value) {
    const code = char.codePointAt(0)!;
    // A lone surrogate is not UTF-8: Go reads the bytes that stand for it as U+FFFD, which is printable.
    const surrogate = code >= 0xd800 && code <= 0xdfff;
    if (!surrogate && !goIsPrint(code)) {
      const hex = code.toString(16).toUpperCase().padStart(4, '0');
      errs.push(FieldError.invalid(FIELD_MANAGER, value, `invalid character U+${hex} (at position ${position})`));
    }
    position += surrogate ? 3 : Buffer.byteLength(char, 'utf8');
  }
  return errs;
}

function throwIfInvalid(kind: string, errs: readonly FieldError[]): void {
  if (errs.length > 0) throw newInvalidOptions(kind, errs);
}

/** Kubernetes' dryRun parameter: empty, or exactly "All"; anything else is a 422 for `kind`. */
export function parseDryRun(values: readonly string[] | undefined, kind: WriteOptionsKind = 'CreateOptions'): boolean {
  throwIfInvalid(kind, validateDryRun(values));
  return !!values && values.length > 0;
}

/** The fields of Kubernetes' DeleteOptions a request may carry (in a body, query parameters or a proto message). */
export interface DeleteOptionsInput {
  readonly gracePeriodSeconds?: number;
  readonly preconditions?: { readonly uid?: string; readonly resourceVersion?: string };
  readonly orphanDependents?: boolean;
  readonly propagationPolicy?: string;
  readonly dryRun?: readonly string[];
}

/** Kubernetes' ValidateDeleteOptions, in its order. */
function validateDeleteOptions(o: DeleteOptionsInput | undefined): FieldError[] {
  const errs: FieldError[] = [];
  const policy = o?.propagationPolicy;
  if (o?.orphanDependents !== undefined && policy !== undefined) {
    errs.push(FieldError.invalid(PROPAGATION_POLICY, policy, 'orphanDependents and deletionPropagation cannot be both set'));
  }
  if (policy !== undefined && !PROPAGATION_POLICIES.includes(policy)) {
    errs.push(FieldError.notSupported(PROPAGATION_POLICY, policy, [...PROPAGATION_POLICIES, 'nil']));
  }
  return [...errs, ...validateDryRun(o?.dryRun)];
}

/** DeleteOptions as the registry takes them; invalid ones are a 422 before the object is read. */
export function toDeleteOptions(o: DeleteOptionsInput | undefined): DeleteOptions {
  throwIfInvalid('DeleteOptions', validateDeleteOptions(o));
  return {
    gracePeriodSeconds: o?.gracePeriodSeconds,
    preconditions: o?.preconditions,
    orphanDependents: o?.orphanDependents,
    propagationPolicy: o?.propagationPolicy as PropagationPolicy | undefined,
    dryRun: !!o?.dryRun && o.dryRun.length > 0,
  };
}

/** The fields of Kubernetes' CreateOptions, UpdateOptions and PatchOptions a request may carry. */
export interface WriteOptionsInput {
  readonly dryRun?: readonly string[];
  readonly fieldManager?: string;
  readonly fieldValidation?: string;
}

/** WriteOptions as the registry takes them; invalid ones are a 422 naming `kind`. */
export function toWriteOptions(o: WriteOptionsInput | undefined, kind: WriteOptionsKind = 'CreateOptions'): WriteOptions {
  // ValidateCreateOptions, ValidateUpdateOptions and ValidatePatchOptions check these alike, in this order.
  throwIfInvalid(kind, [...validateFieldManager(o?.fieldManager), ...validateDryRun(o?.dryRun), ...validateFieldValidation(o?.fieldValidation)]);
  return { dryRun: !!o?.dryRun && o.dryRun.length > 0, fieldManager: o?.fieldManager };
}

/** The PartialObjectMetadata view of an object. */
export function metadataOnly(obj: KubeObject): KubeObject {
  return { apiVersion: 'meta.k8s.io/v1', kind: 'PartialObjectMetadata', metadata: obj.metadata };
}
