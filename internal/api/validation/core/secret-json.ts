/**
 * The error Go's encoding/json gives when Kubernetes checks a docker config Secret
 * (`json.Unmarshal(data, &map[string]interface{}{})` for `.dockercfg` and `.dockerconfigjson`),
 * whose text Kubernetes puts in the field error. Go first scans the whole input, so the first
 * syntax error wins (`invalid character 'x' looking for beginning of value`, `unexpected end of
 * JSON input`); well-formed input that is not an object then fails to decode into the map
 * (`json: cannot unmarshal array into Go value of type map[string]interface {}`), except null,
 * which leaves the map nil and is accepted.
 */
import { goJSONSyntaxError } from '../go-json-syntax.js';

const TYPE_ERROR = (value: string): string => `json: cannot unmarshal ${value} into Go value of type map[string]interface {}`;

/** What Go names the JSON value that begins with each byte, when it cannot go into a map. */
const NOT_AN_OBJECT: Readonly<Record<string, string>> = { '[': 'array', '"': 'string', t: 'bool', f: 'bool' };

/** Go's error for unmarshalling `data` into a map[string]interface{}, or undefined when it succeeds. */
export function unmarshalObjectError(data: Uint8Array): string | undefined {
  const syntax = goJSONSyntaxError(data);
  if (syntax !== undefined) return syntax;
  const first = Buffer.from(data).toString('latin1').trimStart()[0] ?? '';
  if (first === '{' || first === 'n') return undefined;
  return TYPE_ERROR(NOT_AN_OBJECT[first] ?? 'number');
}
