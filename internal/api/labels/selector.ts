/**
 * Selector: a conjunction of Requirements, as Kubernetes' labels.Selector. Requirements are kept
 * sorted by key so the string form is canonical; `nothing()` is a distinct selector that matches
 * nothing (what a nil metav1 LabelSelector means).
 */
import { type Labels, Requirement, compareStrings, newRequirement } from './requirement.js';

/** A label selector. */
export interface Selector {
  /** Whether every requirement matches the labels. */
  matches(labels: Labels): boolean;
  /** True when the selector does not restrict (matches everything). */
  empty(): boolean;
  /** Kubernetes' canonical string form (requirements sorted by key, comma-joined). */
  toString(): string;
  /** A new selector with the requirements added. */
  add(...requirements: Requirement[]): Selector;
  /** The requirements, sorted by key; undefined for `nothing()`, which cannot be expressed as any. */
  requirements(): readonly Requirement[] | undefined;
  /** The one value a label must have (`=`, `==`, or `in` with one value), if the selector pins it. */
  requiresExactMatch(label: string): string | undefined;
}

class InternalSelector implements Selector {
  constructor(private readonly reqs: readonly Requirement[]) {}

  matches(labels: Labels): boolean {
    return this.reqs.every((r) => r.matches(labels));
  }

  empty(): boolean {
    return this.reqs.length === 0;
  }

  toString(): string {
    return this.reqs.map((r) => r.toString()).join(',');
  }

  add(...requirements: Requirement[]): Selector {
    return new InternalSelector(sortByKey([...this.reqs, ...requirements]));
  }

  requirements(): readonly Requirement[] {
    return this.reqs;
  }

  requiresExactMatch(label: string): string | undefined {
    // Kubernetes looks only at the first requirement on the key.
    const r = this.reqs.find((q) => q.key === label);
    if (r === undefined) return undefined;
    const pins = r.operator === '=' || r.operator === '==' || r.operator === 'in';
    return pins && r.values.length === 1 ? r.values[0] : undefined;
  }
}

class NothingSelector implements Selector {
  matches(): boolean {
    return false;
  }
  empty(): boolean {
    return false;
  }
  toString(): string {
    return '';
  }
  add(): Selector {
    return this;
  }
  requirements(): undefined {
    return undefined;
  }
  requiresExactMatch(): undefined {
    return undefined;
  }
}

const EVERYTHING: Selector = new InternalSelector([]);
const NOTHING: Selector = new NothingSelector();

/** The selector that matches every object. */
export function everything(): Selector {
  return EVERYTHING;
}

/** The selector that matches no object. */
export function nothing(): Selector {
  return NOTHING;
}

/** A selector from requirements (sorted by key here). */
export function selectorFromRequirements(requirements: readonly Requirement[]): Selector {
  return new InternalSelector(sortByKey([...requirements]));
}

/** A selector matching exactly the given labels (`a=b,c=d`), unvalidated; empty or undefined is everything. */
export function selectorFromSet(set: Labels): Selector {
  const keys = Object.keys(set ?? {}).sort(compareStrings);
  return new InternalSelector(keys.map((k) => new Requirement(k, '=', [(set ?? {})[k]])));
}

/** As `selectorFromSet`, but checking each key and value; the first bad pair's message on failure. */
export function validatedSelectorFromSet(
  set: Labels,
): { readonly ok: true; readonly selector: Selector } | { readonly ok: false; readonly error: string } {
  const reqs: Requirement[] = [];
  for (const k of Object.keys(set ?? {}).sort(compareStrings)) {
    const r = newRequirement(k, '=', [(set ?? {})[k]]);
    if (!r.ok) return { ok: false, error: r.error };
    reqs.push(r.requirement);
  }
  return { ok: true, selector: new InternalSelector(reqs) };
}

function sortByKey(reqs: Requirement[]): Requirement[] {
  return reqs.sort((a, b) => compareStrings(a.key, b.key));
}
