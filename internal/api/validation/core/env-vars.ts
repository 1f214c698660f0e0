/**
 * A container's environment as Kubernetes 1.32 validates it (ValidateEnv, ValidateEnvFrom): with
 * RelaxedEnvironmentVariableValidation on by default, a variable name or an envFrom prefix may be
 * printable ASCII text without '='. The keys a variable takes from a ConfigMap or Secret keep
 * the stricter config-key rule, which that gate does not touch.
 */
import type { EnvFromSource__Output } from '../../generated/skiff/core/v1/EnvFromSource.js';
import type { EnvVar__Output } from '../../generated/skiff/core/v1/EnvVar.js';
import { appendInvalid, emptyError, FieldError, type FieldPath, isConfigMapKey } from '../index.js';
import { ENV_FIELD_PATHS, validateObjectFieldSelector, validateResourceFieldSelector } from './downward-api.js';
import { validateObjectName } from './formats.js';

/** Kubernetes' relaxedEnvVarNameFmtErrMsg. */
const RELAXED_ENV_VAR_NAME_MSG = "a valid environment variable name must consist only of printable ASCII characters other than '='";
const FIRST_PRINTABLE = 0x20;
const LAST_PRINTABLE = 0x7e;
const EQUALS = 0x3d;

/** What a valid name returns: shared, so validating the usual valid names allocates nothing. */
const NO_ERRORS: readonly string[] = Object.freeze([]);

/**
 * Kubernetes' IsRelaxedEnvVarName: non-empty, and every character printable ASCII (space
 * included) other than '='. Returns the messages of what is wrong, none when the name is valid.
 */
export function isRelaxedEnvVarName(value: string): readonly string[] {
  if (value.length === 0) return [`environment variable name ${emptyError()}`];
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < FIRST_PRINTABLE || c > LAST_PRINTABLE || c === EQUALS) return [RELAXED_ENV_VAR_NAME_MSG];
  }
  return NO_ERRORS;
}

/** Validates a container's `env`: each name present and relaxed-valid, each valueFrom one source. */
export function validateEnv(vars: readonly EnvVar__Output[], path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  for (let i = 0; i < vars.length; i++) {
    const ev = vars[i];
    const name = ev.name ?? '';
    // An empty name is only Required: Kubernetes checks the format of names that are there.
    if (name.length === 0) errs.push(FieldError.required(path.index(i).child('name')));
    else appendInvalid(errs, path.index(i).child('name'), name, isRelaxedEnvVarName(name));
    if (ev.valueFrom) validateEnvVarValueFrom(ev, path.index(i).child('valueFrom'), errs);
  }
  return errs;
}

// Appends the errors of an env var's valueFrom (which is set) to `errs`.
function validateEnvVarValueFrom(ev: EnvVar__Output, path: FieldPath, errs: FieldError[]): void {
  const from = ev.valueFrom!;
  let n = 0;
  if (from.fieldRef) {
    n++;
    errs.push(...validateObjectFieldSelector(from.fieldRef, ENV_FIELD_PATHS, path.child('fieldRef')));
  }
  if (from.resourceFieldRef) {
    n++;
    errs.push(...validateResourceFieldSelector(from.resourceFieldRef, false, path.child('resourceFieldRef')));
  }
  if (from.configMapKeyRef) {
    n++;
    validateKeySelector(from.configMapKeyRef, path.child('configMapKeyRef'), errs);
  }
  if (from.secretKeyRef) {
    n++;
    validateKeySelector(from.secretKeyRef, path.child('secretKeyRef'), errs);
  }
  if (n === 0) {
    errs.push(FieldError.invalid(path, '', 'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`'));
  } else if ((ev.value ?? '') !== '') {
    errs.push(FieldError.invalid(path, '', 'may not be specified when `value` is not empty'));
  } else if (n > 1) {
    errs.push(FieldError.invalid(path, '', 'may not have more than one field specified at a time'));
  }
}

// A configMapKeyRef or secretKeyRef: a name and a key, the key still a config key under the relaxed gate.
function validateKeySelector(ref: { name?: string; key?: string }, path: FieldPath, errs: FieldError[]): void {
  errs.push(...validateObjectName(ref.name ?? '', false, path.child('name')));
  const k = ref.key ?? '';
  if (k === '') errs.push(FieldError.required(path.child('key')));
  else appendInvalid(errs, path.child('key'), k, isConfigMapKey(k));
}

/** Validates a container's `envFrom`: a relaxed-valid prefix when given, and exactly one source. */
export function validateEnvFrom(sources: readonly EnvFromSource__Output[], path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  sources.forEach((ev, i) => {
    const p = path.index(i);
    if (ev.prefix) appendInvalid(errs, p.child('prefix'), ev.prefix, isRelaxedEnvVarName(ev.prefix));
    let n = 0;
    for (const [key, ref] of [
      ['configMapRef', ev.configMapRef],
      ['secretRef', ev.secretRef],
    ] as const) {
      if (!ref) continue;
      n++;
      const name = ref.name ?? '';
      if (name === '') errs.push(FieldError.required(p.child(key, 'name')));
      else errs.push(...validateObjectName(name, true, p.child(key, 'name')));
    }
    if (n === 0) errs.push(FieldError.invalid(path, '', 'must specify one of: `configMapRef` or `secretRef`'));
    else if (n > 1) errs.push(FieldError.invalid(path, '', 'may not have more than one field specified at a time'));
  });
  return errs;
}
