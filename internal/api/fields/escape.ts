/**
 * Escaping of field selector values: `\`, `,` and `=` are written `\\`, `\,` and `\=` so a value
 * can hold them; any other backslash sequence, or a bare `,` or `=`, is an error.
 */

/** The outcome of unescaping a value. */
export type UnescapeResult = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly error: string };

/** Escapes a literal value for use in a field selector (`a,b` → `a\,b`). */
export function escapeValue(s: string): string {
  return s.replace(/[\\,=]/g, (c) => '\\' + c);
}

/** Reverses `escapeValue`, with Kubernetes' errors for a bad escape or a bare `,` or `=`. */
export function unescapeValue(s: string): UnescapeResult {
  if (!/[\\,=]/.test(s)) return { ok: true, value: s };
  let out = '';
  let inSlash = false;
  for (const c of s) {
    if (inSlash) {
      if (c !== '\\' && c !== ',' && c !== '=') {
        return { ok: false, error: `invalid field selector: invalid escape sequence: \\${c}` };
      }
      out += c;
      inSlash = false;
    } else if (c === '\\') {
      inSlash = true;
    } else if (c === ',' || c === '=') {
      // Go prints the offending rune with %v, which is its code point number (`,` is 44, `=` is 61).
      return { ok: false, error: `invalid field selector: unescaped character in value: ${c.codePointAt(0)}` };
    } else {
      out += c;
    }
  }
  if (inSlash) return { ok: false, error: 'invalid field selector: invalid escape sequence: \\' };
  return { ok: true, value: out };
}
