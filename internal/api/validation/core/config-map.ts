/** ConfigMap validation: keys, no key in both data and binaryData, 1 MiB in all, and `immutable`. */
import type { ConfigMap__Output } from '../../generated/skiff/core/v1/ConfigMap.js';
import { byteLength, FieldError, FieldPath, isConfigMapKey } from '../index.js';
import { semanticEqual } from './spec-diff.js';

/** The most bytes a ConfigMap's or Secret's data may hold (1 MiB). */
export const MAX_SECRET_SIZE = 1024 * 1024;
const IMMUTABLE = 'field is immutable when `immutable` is set';

/** Validates a ConfigMap. */
export function validateConfigMap(cm: ConfigMap__Output): FieldError[] {
  const errs: FieldError[] = [];
  const data = cm.data ?? {};
  const binary = cm.binaryData ?? {};
  let total = 0;
  for (const key of Object.keys(data).sort()) {
    const p = FieldPath.root('data').key(key);
    errs.push(...isConfigMapKey(key).map((m) => FieldError.invalid(p, key, m)));
    if (key in binary) errs.push(FieldError.invalid(p, key, 'duplicate of key present in binaryData'));
    total += byteLength(data[key]);
  }
  for (const key of Object.keys(binary).sort()) {
    errs.push(...isConfigMapKey(key).map((m) => FieldError.invalid(FieldPath.root('binaryData').key(key), key, m)));
    total += binary[key].length;
  }
  // Kubernetes reports the size against the whole object, whose path prints as `[]`.
  if (total > MAX_SECRET_SIZE) errs.push(FieldError.tooLong(FieldPath.root(''), '', MAX_SECRET_SIZE));
  return errs;
}

/** Validates a ConfigMap update: an immutable ConfigMap keeps its data and stays immutable. */
export function validateConfigMapUpdate(cm: ConfigMap__Output, old: ConfigMap__Output): FieldError[] {
  const errs: FieldError[] = [];
  if (old.immutable) {
    if (!cm.immutable) errs.push(FieldError.forbidden(FieldPath.root('immutable'), IMMUTABLE));
    if (!semanticEqual(cm.data, old.data)) errs.push(FieldError.forbidden(FieldPath.root('data'), IMMUTABLE));
    if (!semanticEqual(cm.binaryData, old.binaryData)) errs.push(FieldError.forbidden(FieldPath.root('binaryData'), IMMUTABLE));
  }
  errs.push(...validateConfigMap(cm));
  return errs;
}
