/**
 * Field selectors as Kubernetes' fields.Selector: a conjunction of `field=value` and `field!=value`
 * terms over an object's selectable fields (`metadata.name`, `spec.nodeName`, `status.phase`). The
 * caller supplies the field values through a getter, so this package knows no kinds; a field the
 * getter does not know reads as the empty string, as in Kubernetes.
 */
import { escapeValue } from './escape.js';

/** Reads a selectable field of one object; undefined is treated as the empty string. */
export type FieldGetter = (field: string) => string | undefined;

/** The operator of a field requirement (`==` parses to `=`). */
export type FieldOperator = '=' | '!=';

/** One term of a field selector. */
export interface FieldRequirement {
  readonly field: string;
  readonly operator: FieldOperator;
  readonly value: string;
}

/** Rewrites one term (field-label conversion); return an error string to reject the selector. */
export type TransformFunc = (
  field: string,
  value: string,
) => { readonly field: string; readonly value: string } | { readonly error: string };

/** The outcome of a transform. */
export type TransformResult =
  | { readonly ok: true; readonly selector: FieldSelector }
  | { readonly ok: false; readonly error: string };

/** A field selector. */
export interface FieldSelector {
  /** Whether the object whose fields `get` reads satisfies every term. */
  matches(get: FieldGetter): boolean;
  /** True when the selector does not restrict (matches everything). */
  empty(): boolean;
  /** The value the selector pins `field` to with `=`, if any (for indexing, e.g. pods by spec.nodeName). */
  requiresExactMatch(field: string): string | undefined;
  /** The terms, in selector order. */
  requirements(): readonly FieldRequirement[];
  /** A copy with every term rewritten by `fn`. */
  transform(fn: TransformFunc): TransformResult;
  /** Kubernetes' string form, values escaped (`a=b\,c,d!=e`). */
  toString(): string;
}

class Term implements FieldSelector {
  constructor(private readonly req: FieldRequirement) {}

  matches(get: FieldGetter): boolean {
    const actual = get(this.req.field) ?? '';
    return this.req.operator === '=' ? actual === this.req.value : actual !== this.req.value;
  }

  empty(): boolean {
    return false;
  }

  requiresExactMatch(field: string): string | undefined {
    return this.req.operator === '=' && this.req.field === field ? this.req.value : undefined;
  }

  requirements(): readonly FieldRequirement[] {
    return [this.req];
  }

  transform(fn: TransformFunc): TransformResult {
    const out = fn(this.req.field, this.req.value);
    if ('error' in out) return { ok: false, error: out.error };
    // A term rewritten to nothing drops out (Kubernetes' convention for fields a version lacks).
    if (out.field === '' && out.value === '') return { ok: true, selector: everythingFields() };
    return { ok: true, selector: new Term({ field: out.field, operator: this.req.operator, value: out.value }) };
  }

  toString(): string {
    return `${this.req.field}${this.req.operator}${escapeValue(this.req.value)}`;
  }
}

class AndTerm implements FieldSelector {
  constructor(private readonly terms: readonly FieldSelector[]) {}

  matches(get: FieldGetter): boolean {
    return this.terms.every((t) => t.matches(get));
  }

  empty(): boolean {
    return this.terms.every((t) => t.empty());
  }

  requiresExactMatch(field: string): string | undefined {
    for (const t of this.terms) {
      const v = t.requiresExactMatch(field);
      if (v !== undefined) return v;
    }
    return undefined;
  }

  requirements(): readonly FieldRequirement[] {
    return this.terms.flatMap((t) => t.requirements());
  }

  transform(fn: TransformFunc): TransformResult {
    const next: FieldSelector[] = [];
    for (const t of this.terms) {
      const r = t.transform(fn);
      if (!r.ok) return r;
      if (!r.selector.empty()) next.push(r.selector);
    }
    return { ok: true, selector: new AndTerm(next) };
  }

  toString(): string {
    return this.terms.map((t) => t.toString()).join(',');
  }
}

class NothingSelector implements FieldSelector {
  matches(): boolean {
    return false;
  }
  empty(): boolean {
    return false;
  }
  requiresExactMatch(): undefined {
    return undefined;
  }
  requirements(): readonly FieldRequirement[] {
    return [];
  }
  transform(): TransformResult {
    return { ok: true, selector: this };
  }
  toString(): string {
    return '';
  }
}

const EVERYTHING: FieldSelector = new AndTerm([]);
const NOTHING: FieldSelector = new NothingSelector();

/** The field selector that matches every object. */
export function everythingFields(): FieldSelector {
  return EVERYTHING;
}

/** The field selector that matches no object. */
export function nothingFields(): FieldSelector {
  return NOTHING;
}

/** `field=value`. */
export function oneTermEqualSelector(field: string, value: string): FieldSelector {
  return new Term({ field, operator: '=', value });
}

/** `field!=value`. */
export function oneTermNotEqualSelector(field: string, value: string): FieldSelector {
  return new Term({ field, operator: '!=', value });
}

/** A selector from terms: one term stands alone, several are ANDed in the given order. */
export function fieldSelectorFromRequirements(reqs: readonly FieldRequirement[]): FieldSelector {
  return reqs.length === 1 ? new Term(reqs[0]) : new AndTerm(reqs.map((r) => new Term(r)));
}

/** The selector matching exactly the given field values (keys sorted); empty or undefined is everything. */
export function fieldSelectorFromSet(set: Readonly<Record<string, string>> | undefined): FieldSelector {
  const keys = Object.keys(set ?? {}).sort();
  return fieldSelectorFromRequirements(keys.map((field) => ({ field, operator: '=', value: (set ?? {})[field] })));
}

/** The AND of several selectors. */
export function andSelectors(...selectors: FieldSelector[]): FieldSelector {
  return new AndTerm(selectors);
}
