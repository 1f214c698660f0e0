/**
 * Requirement: one clause of a label selector (`app=web`, `tier in (a,b)`, `!canary`), validated
 * and matched as Kubernetes' labels.Requirement is. Requirements are immutable.
 */
import {
  FieldError,
  type FieldPath,
  NIL_STRING_LIST,
  aggregateFieldErrors,
  childOf,
  isQualifiedName,
  isValidLabelValue,
} from '../validation/index.js';

/** A selector operator, spelled as Kubernetes' selection.Operator values. */
export type Operator = '!' | '=' | '==' | 'in' | '!=' | 'notin' | 'exists' | 'gt' | 'lt';

/** The operators that take values, in the order Kubernetes lists them in messages. */
export const BINARY_OPERATORS: readonly Operator[] = ['in', 'notin', '=', '==', '!=', 'gt', 'lt'];
/** The operators that take no values. */
export const UNARY_OPERATORS: readonly Operator[] = ['exists', '!'];

/** A set of labels as objects carry them (`metadata.labels`); undefined has no labels. */
export type Labels = Readonly<Record<string, string>> | undefined;

/** The outcome of building a Requirement: the requirement, or Kubernetes' aggregated message. */
export type RequirementResult =
  | { readonly ok: true; readonly requirement: Requirement }
  | { readonly ok: false; readonly error: string; readonly errors: readonly FieldError[] };

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** One clause of a label selector: a key, an operator and its values. */
export class Requirement {
  /** Use `newRequirement` (validating) or the parser; this constructor trusts its input. */
  constructor(
    /** The label key. */
    readonly key: string,
    /** The operator relating the key to the values. */
    readonly operator: Operator,
    /** The values (one for `=`, `==`, `!=`, `gt`, `lt`; none for `exists` and `!`). */
    readonly values: readonly string[],
  ) {}

  /** Whether the labels satisfy this clause; `notin`, `!=` and `!` match an absent key. */
  matches(labels: Labels): boolean {
    const has = labels !== undefined && Object.prototype.hasOwnProperty.call(labels, this.key);
    const value = has ? labels[this.key] : undefined;
    switch (this.operator) {
      case 'in':
      case '=':
      case '==':
        return has && this.values.includes(value as string);
      case 'notin':
      case '!=':
        return !has || !this.values.includes(value as string);
      case 'exists':
        return has;
      case '!':
        return !has;
      case 'gt':
      case 'lt': {
        if (!has || this.values.length !== 1) return false;
        const actual = parseInt64(value as string);
        const bound = parseInt64(this.values[0]);
        if (actual === undefined || bound === undefined) return false;
        return this.operator === 'gt' ? actual > bound : actual < bound;
      }
    }
  }

  /** Kubernetes' string form (`a=b`, `a in (x,y)` with values sorted, `!a`). */
  toString(): string {
    if (this.operator === '!') return '!' + this.key;
    if (this.operator === 'exists') return this.key;
    const values = this.values.length === 1 ? this.values[0] : [...this.values].sort(compareStrings).join(',');
    switch (this.operator) {
      case 'in':
        return `${this.key} in (${values})`;
      case 'notin':
        return `${this.key} notin (${values})`;
      case 'gt':
        return `${this.key}>${values}`;
      case 'lt':
        return `${this.key}<${values}`;
      default:
        return this.key + this.operator + values;
    }
  }

  /** Whether two requirements have the same key, operator and values (in order). */
  equals(other: Requirement): boolean {
    return (
      this.key === other.key &&
      this.operator === other.operator &&
      this.values.length === other.values.length &&
      this.values.every((v, i) => v === other.values[i])
    );
  }
}

/**
 * Validates and builds a Requirement as Kubernetes' labels.NewRequirement does: the key must be a
 * qualified name, `in`/`notin` need values, `=`/`==`/`!=` exactly one, `exists`/`!` none, `gt`/`lt`
 * one integer; every value must be a valid label value. `path` prefixes the error fields.
 */
export function newRequirement(
  key: string,
  operator: string,
  values: readonly string[] | undefined,
  path?: FieldPath,
): RequirementResult {
  const errs: FieldError[] = [];
  const keyError = validateLabelKey(key, childOf(path, 'key'));
  if (keyError) errs.push(keyError);
  const valuePath = childOf(path, 'values');
  const vals = values ?? [];
  // Go prints an unset list as []string(nil), an empty one as []string{}.
  const shown = values === undefined ? NIL_STRING_LIST : vals;
  switch (operator) {
    case 'in':
    case 'notin':
      if (vals.length === 0) {
        errs.push(FieldError.invalid(valuePath, shown, "for 'in', 'notin' operators, values set can't be empty"));
      }
      break;
    case '=':
    case '==':
    case '!=':
      if (vals.length !== 1) {
        errs.push(FieldError.invalid(valuePath, shown, 'exact-match compatibility requires one single value'));
      }
      break;
    case 'exists':
    case '!':
      if (vals.length !== 0) {
        errs.push(FieldError.invalid(valuePath, shown, 'values set must be empty for exists and does not exist'));
      }
      break;
    case 'gt':
    case 'lt':
      if (vals.length !== 1) {
        errs.push(FieldError.invalid(valuePath, shown, "for 'Gt', 'Lt' operators, exactly one value is required"));
      }
      vals.forEach((v, i) => {
        if (parseInt64(v) === undefined) {
          errs.push(FieldError.invalid(valuePath.index(i), v, "for 'Gt', 'Lt' operators, the value must be an integer"));
        }
      });
      break;
    default:
      errs.push(FieldError.notSupported(childOf(path, 'operator'), operator, [...BINARY_OPERATORS, ...UNARY_OPERATORS]));
  }
  vals.forEach((v, i) => {
    const msgs = isValidLabelValue(v);
    if (msgs.length > 0) errs.push(FieldError.invalid(valuePath.index(i).key(key), v, msgs.join('; ')));
  });
  if (errs.length > 0) return { ok: false, error: aggregateFieldErrors(errs), errors: errs };
  return { ok: true, requirement: new Requirement(key, operator as Operator, [...vals]) };
}

/** `Invalid value: "<key>": <reasons joined by "; ">` when the key is not a qualified name. */
export function validateLabelKey(key: string, path: FieldPath | undefined): FieldError | undefined {
  const msgs = isQualifiedName(key);
  return msgs.length > 0 ? FieldError.invalid(path, key, msgs.join('; ')) : undefined;
}

/** Orders strings by UTF-16 code units, which agrees with Go's byte order for the ASCII of labels. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Go's strconv.ParseInt(s, 10, 64): optional sign, decimal digits, within int64.
function parseInt64(s: string): bigint | undefined {
  if (!/^[+-]?[0-9]+$/.test(s)) return undefined;
  const n = BigInt(s);
  return n < INT64_MIN || n > INT64_MAX ? undefined : n;
}
