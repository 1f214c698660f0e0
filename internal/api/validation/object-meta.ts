/**
 * The ObjectMeta checks every kind shares (k8s.io/apimachinery/pkg/api/validation): name and
 * generateName against the kind's name rule, namespace presence and format, generation, labels and
 * annotations. Per-kind validation calls `validateObjectMeta` with its own name rule and path.
 */
import { appendInvalid, FieldError } from './field-error.js';
import type { FieldPath } from './field-path.js';
import { byteLength } from './messages.js';
import { isDNS1035Label, isDNS1123Label, isDNS1123Subdomain, isQualifiedName, isValidLabelValue } from './names.js';
import { sortedKeys } from './sorted-keys.js';

/** Checks an object name; `prefix` is true for a generateName, which may end in a dash. */
export type ValidateNameFunc = (name: string, prefix: boolean) => readonly string[];

/** The detail of a negative-number error. */
export const IS_NEGATIVE_ERROR_MSG = 'must be greater than or equal to 0';

/** The most bytes all of an object's annotation keys and values may take together (256 KiB). */
export const TOTAL_ANNOTATION_SIZE_LIMIT_B = 256 * 1024;

/** The ObjectMeta fields these checks read. */
export interface ObjectMetaFields {
  readonly name?: string;
  readonly generateName?: string;
  readonly namespace?: string;
  readonly generation?: number;
  readonly labels?: Readonly<Record<string, string>>;
  readonly annotations?: Readonly<Record<string, string>>;
}

/** The name rule of most kinds: a DNS-1123 subdomain. */
export const nameIsDNSSubdomain: ValidateNameFunc = (name, prefix) =>
  isDNS1123Subdomain(prefix ? maskTrailingDash(name) : name);

/** The name rule of label-like kinds (Namespace): a DNS-1123 label. */
export const nameIsDNSLabel: ValidateNameFunc = (name, prefix) => isDNS1123Label(prefix ? maskTrailingDash(name) : name);

/** The name rule of Services: a DNS-1035 label. */
export const nameIsDNS1035Label: ValidateNameFunc = (name, prefix) =>
  isDNS1035Label(prefix ? maskTrailingDash(name) : name);

/** The rule for a namespace name (also used for `metadata.namespace`): a DNS-1123 label. */
export const validateNamespaceName: ValidateNameFunc = nameIsDNSLabel;

/**
 * Replaces a trailing dash so a generateName prefix (`web-`) passes a rule that forbids ending in
 * one. Kubernetes drops the last two characters before appending `a`; kept as is, because changing
 * it would change which prefixes validate.
 */
export function maskTrailingDash(name: string): string {
  return name.length > 1 && name.endsWith('-') ? name.slice(0, -2) + 'a' : name;
}

/** `Invalid value: -1: must be greater than or equal to 0` when `value` is negative. */
export function validateNonnegativeField(value: number, path: FieldPath): FieldError[] {
  return value < 0 ? [FieldError.invalid(path, value, IS_NEGATIVE_ERROR_MSG)] : [];
}

/** Checks one label key. */
export function validateLabelName(labelName: string, path: FieldPath): FieldError[] {
  return isQualifiedName(labelName).map((msg) => FieldError.invalid(path, labelName, msg));
}

/** Checks a label map: keys are qualified names, values label values (errors in key order). */
export function validateLabels(labels: Readonly<Record<string, string>> | undefined, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (!labels) return errs;
  for (const k of sortedKeys(labels)) {
    const v = labels[k];
    appendInvalid(errs, path, k, isQualifiedName(k));
    appendInvalid(errs, path, v, isValidLabelValue(v));
  }
  return errs;
}

/** Checks an annotation map: keys are qualified names (case-insensitive), total size at most 256 KiB. */
export function validateAnnotations(
  annotations: Readonly<Record<string, string>> | undefined,
  path: FieldPath,
): FieldError[] {
  const errs: FieldError[] = [];
  if (!annotations) return errs;
  let chars = 0;
  for (const k of sortedKeys(annotations)) {
    appendInvalid(errs, path, k, isQualifiedName(k.toLowerCase()));
    chars += k.length + (annotations[k] ?? '').length;
  }
  // A UTF-16 code unit takes at most 3 bytes in UTF-8, so only a large map needs its bytes counted.
  if (chars * 3 > TOTAL_ANNOTATION_SIZE_LIMIT_B && annotationBytes(annotations) > TOTAL_ANNOTATION_SIZE_LIMIT_B) {
    errs.push(FieldError.tooLong(path, '', TOTAL_ANNOTATION_SIZE_LIMIT_B));
  }
  return errs;
}

function annotationBytes(annotations: Readonly<Record<string, string>>): number {
  let total = 0;
  for (const k of Object.keys(annotations)) total += byteLength(k) + byteLength(annotations[k] ?? '');
  return total;
}

/**
 * Checks the ObjectMeta fields every kind shares. Kubernetes fills `name` from `generateName` before
 * validating; a name still empty is required only when there is no generateName to fill it.
 */
export function validateObjectMeta(
  meta: ObjectMetaFields,
  requiresNamespace: boolean,
  nameFn: ValidateNameFunc,
  path: FieldPath,
): FieldError[] {
  const errs: FieldError[] = [];
  const generateName = meta.generateName ?? '';
  const name = meta.name ?? '';
  const namespace = meta.namespace ?? '';
  if (generateName.length > 0) {
    appendInvalid(errs, path.child('generateName'), generateName, nameFn(generateName, true));
  }
  if (name.length === 0) {
    if (generateName.length === 0) errs.push(FieldError.required(path.child('name'), 'name or generateName is required'));
  } else {
    appendInvalid(errs, path.child('name'), name, nameFn(name, false));
  }
  if (requiresNamespace) {
    if (namespace.length === 0) errs.push(FieldError.required(path.child('namespace')));
    else appendInvalid(errs, path.child('namespace'), namespace, validateNamespaceName(namespace, false));
  } else if (namespace.length > 0) {
    errs.push(FieldError.forbidden(path.child('namespace'), 'not allowed on this type'));
  }
  errs.push(...validateNonnegativeField(meta.generation ?? 0, path.child('generation')));
  errs.push(...validateLabels(meta.labels, path.child('labels')));
  errs.push(...validateAnnotations(meta.annotations, path.child('annotations')));
  return errs;
}
