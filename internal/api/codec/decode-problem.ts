/**
 * What a decode from JSON or YAML found wrong with its input, by field path, so the REST face's
 * `fieldValidation` and skiffctl can report it (Strict: an error; Warn: a warning; Ignore: nothing).
 */

/** The kinds of problem: a field the type does not have, a field given twice, a value of the wrong type. */
export type DecodeProblemKind = 'unknown' | 'duplicate' | 'type';

/** One problem, with the path of the field (`spec.containers[0].foo`) and a message. */
export interface DecodeProblem {
  readonly kind: DecodeProblemKind;
  readonly path: string;
  readonly message: string;
}

/** Formats problems as Kubernetes' strict decoding does: `unknown field "spec.foo", duplicate field "x"`. */
export function formatProblems(problems: readonly DecodeProblem[]): string {
  return problems.map((p) => p.message).join(', ');
}

/** Thrown when a value of the wrong type cannot be decoded at all; unknown and duplicate fields never throw. */
export class DecodeError extends Error {
  constructor(readonly problems: readonly DecodeProblem[]) {
    super(formatProblems(problems));
    this.name = 'DecodeError';
  }
}
