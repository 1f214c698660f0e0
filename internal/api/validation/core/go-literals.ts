/**
 * Bad values that Kubernetes prints unquoted: a Quantity (a fmt.Stringer), a map or a struct
 * (`%#v`). FieldError prints a symbol's description verbatim, so these helpers wrap the text Go
 * would print in one.
 */
import { formatGoStringMap } from '../index.js';

/** A bad value printed exactly as `text`, without quotes. */
export function bare(text: string): symbol {
  return Symbol(text);
}

/** A string map printed as Go's `%#v` prints a map[string]string: `map[string]string{"a":"b"}`. */
export function goStringMap(m: Readonly<Record<string, string>> | undefined): symbol {
  return bare(formatGoStringMap(m));
}
