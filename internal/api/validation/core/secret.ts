/**
 * Secret validation: keys, 1 MiB of data, the keys each built-in type requires, and on update an
 * unchanging type and the `immutable` rules. Runs after stringData was folded into data.
 */
import type { Secret__Output } from '../../generated/skiff/core/v1/Secret.js';
import { FieldError, FieldPath, isConfigMapKey, validateImmutableField } from '../index.js';
import { MAX_SECRET_SIZE } from './config-map.js';
import { unmarshalObjectError } from './secret-json.js';
import { semanticEqual } from './spec-diff.js';

const DATA = FieldPath.root('data');
const IMMUTABLE = 'field is immutable when `immutable` is set';

/** Validates a Secret. */
export function validateSecret(secret: Secret__Output): FieldError[] {
  const errs: FieldError[] = [];
  const data = secret.data ?? {};
  let total = 0;
  for (const key of Object.keys(data).sort()) {
    errs.push(...isConfigMapKey(key).map((m) => FieldError.invalid(DATA.key(key), key, m)));
    total += data[key].length;
  }
  if (total > MAX_SECRET_SIZE) errs.push(FieldError.tooLong(DATA, '', MAX_SECRET_SIZE));
  const has = (k: string): boolean => k in data;
  switch (secret.type ?? '') {
    case 'kubernetes.io/service-account-token':
      if (!secret.metadata?.annotations?.['kubernetes.io/service-account.name']) {
        errs.push(FieldError.required(FieldPath.root('metadata', 'annotations').key('kubernetes.io/service-account.name')));
      }
      break;
    case 'kubernetes.io/dockercfg':
      errs.push(...requireJSON(data, '.dockercfg'));
      break;
    case 'kubernetes.io/dockerconfigjson':
      errs.push(...requireJSON(data, '.dockerconfigjson'));
      break;
    case 'kubernetes.io/basic-auth':
      if (!has('username') && !has('password')) {
        errs.push(FieldError.required(DATA.key('username')), FieldError.required(DATA.key('password')));
      }
      break;
    case 'kubernetes.io/ssh-auth':
      if ((data['ssh-privatekey']?.length ?? 0) === 0) errs.push(FieldError.required(DATA.key('ssh-privatekey')));
      break;
    case 'kubernetes.io/tls':
      if (!has('tls.crt')) errs.push(FieldError.required(DATA.key('tls.crt')));
      if (!has('tls.key')) errs.push(FieldError.required(DATA.key('tls.key')));
      break;
  }
  return errs;
}

// Kubernetes unmarshals the value into a map[string]interface{} and reports Go's error text.
function requireJSON(data: Readonly<Record<string, Buffer>>, key: string): FieldError[] {
  const value = data[key];
  if (value === undefined) return [FieldError.required(DATA.key(key))];
  const error = unmarshalObjectError(value);
  return error === undefined ? [] : [FieldError.invalid(DATA.key(key), '<secret contents redacted>', error)];
}

/** Validates a Secret update: the type never changes; an immutable Secret keeps its data. */
export function validateSecretUpdate(secret: Secret__Output, old: Secret__Output): FieldError[] {
  const errs = validateImmutableField(secret.type ?? '', old.type ?? '', FieldPath.root('type'));
  if (old.immutable) {
    if (!secret.immutable) errs.push(FieldError.forbidden(FieldPath.root('immutable'), IMMUTABLE));
    if (!semanticEqual(secret.data, old.data)) errs.push(FieldError.forbidden(DATA, IMMUTABLE));
  }
  errs.push(...validateSecret(secret));
  return errs;
}
