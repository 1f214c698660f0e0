/**
 * An object as Kubernetes writes it in JSON, for messages that quote a value Skiff has no Go type
 * for: int-or-strings as their number or string, not Skiff's `{intVal}`/`{strVal}`, and every field
 * named and shaped as on the wire.
 */
import { toJSONValue } from '../codec/json-codec.js';
import type { JsonObject } from '../codec/json-value.js';
import { messageType } from '../proto/root.js';

/** `obj`, of the proto message `protoType` (`skiff.core.v1.PodSpec`), as Kubernetes' JSON value. */
export function kubernetesJSON(protoType: string, obj: object): JsonObject {
  return toJSONValue(messageType(protoType), obj);
}
