/**
 * The message builders Kubernetes' validators share, so every validator words its failures the same
 * way (`must be no more than 63 characters`, `... (e.g. 'my-name', regex used for validation is ...)`).
 */

/** `must be no more than N characters`. */
export function maxLenError(length: number): string {
  return `must be no more than ${length} characters`;
}

/**
 * `<msg> (e.g. 'a',  or 'b', regex used for validation is '<fmt>')`, or without examples. The double
 * space before `or` is Kubernetes' own, kept so messages match byte for byte.
 */
export function regexError(msg: string, fmt: string, ...examples: string[]): string {
  if (examples.length === 0) return `${msg} (regex used for validation is '${fmt}')`;
  return `${msg} (e.g. ${examples.map((e) => `'${e}', `).join(' or ')}regex used for validation is '${fmt}')`;
}

/** `must be non-empty`. */
export function emptyError(): string {
  return 'must be non-empty';
}

/** `must be between lo and hi, inclusive`. */
export function inclusiveRangeError(lo: number, hi: number): string {
  return `must be between ${lo} and ${hi}, inclusive`;
}

/** Length in bytes of the UTF-8 encoding, the length Kubernetes (Go) limits. */
export function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}
