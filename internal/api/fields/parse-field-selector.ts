/**
 * The field selector string form, as Kubernetes' fields.ParseSelector reads it: terms joined by
 * commas (an escaped `\,` does not split), each `field=value`, `field==value` or `field!=value`,
 * split at the first operator; values are unescaped, fields taken verbatim (no whitespace trimming).
 */
import { unescapeValue } from './escape.js';
import {
  type FieldRequirement,
  type FieldSelector,
  type TransformFunc,
  everythingFields,
  fieldSelectorFromRequirements,
} from './field-selector.js';

/** The outcome of parsing a field selector. */
export type ParseFieldSelectorResult =
  | { readonly ok: true; readonly selector: FieldSelector }
  | { readonly ok: false; readonly error: string };

// `==` before `=`, so `a==b` does not read as field `a`, value `=b`.
const TERM_OPERATORS = ['!=', '==', '='] as const;

/** Parses a field selector (`spec.nodeName=n1,status.phase!=Succeeded`); the empty string is everything. */
export function parseFieldSelector(selector: string): ParseFieldSelectorResult {
  return parseAndTransformFieldSelector(selector, (field, value) => ({ field, value }));
}

/** Parses, then rewrites every term with `fn` (per-kind field-label conversion). */
export function parseAndTransformFieldSelector(selector: string, fn: TransformFunc): ParseFieldSelectorResult {
  // Kubernetes sorts the raw terms, so the canonical order is by escaped text.
  const parts = splitTerms(selector).sort();
  const reqs: FieldRequirement[] = [];
  for (const part of parts) {
    if (part === '') continue;
    const term = splitTerm(part);
    if (term === undefined) return { ok: false, error: `invalid selector: '${selector}'; can't understand '${part}'` };
    const value = unescapeValue(term.rhs);
    if (!value.ok) return value;
    reqs.push({ field: term.lhs, operator: term.op === '!=' ? '!=' : '=', value: value.value });
  }
  const parsed = reqs.length === 0 ? everythingFields() : fieldSelectorFromRequirements(reqs);
  return parsed.transform(fn);
}

function splitTerms(selector: string): string[] {
  if (selector.length === 0) return [];
  const terms: string[] = [];
  let start = 0;
  let inSlash = false;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i];
    if (inSlash) inSlash = false;
    else if (c === '\\') inSlash = true;
    else if (c === ',') {
      terms.push(selector.slice(start, i));
      start = i + 1;
    }
  }
  terms.push(selector.slice(start));
  return terms;
}

function splitTerm(term: string): { lhs: string; op: string; rhs: string } | undefined {
  for (let i = 0; i < term.length; i++) {
    for (const op of TERM_OPERATORS) {
      if (term.startsWith(op, i)) return { lhs: term.slice(0, i), op, rhs: term.slice(i + op.length) };
    }
  }
  return undefined;
}
