/**
 * Objects as skiffctl shows and edits them: Kubernetes JSON (objectToJSON, Kubernetes' field
 * order), with apiVersion and kind always present, and the names kubectl prints for them.
 */
import { apiVersionOf, objectToJSON, restMapper, type JsonObject, type KindInfo, type KubeObject } from '../api/index.js';
import { kindPrefix } from '../api/printers/index.js';

/** The object with its apiVersion and kind filled from `kind` when missing. */
export function withTypeMeta<T extends KubeObject>(kind: KindInfo, obj: T): T {
  if (obj.apiVersion && obj.kind) return obj;
  return { ...obj, apiVersion: apiVersionOf(kind), kind: kind.kind };
}

/** Kubernetes JSON of an object of `kind`. */
export function toJson(kind: KindInfo, obj: KubeObject): JsonObject {
  return objectToJSON(withTypeMeta(kind, obj)) as JsonObject;
}

/** `deployment.apps/web`, as `-o name` and the verbs' result lines print it. */
export function qualifiedName(kind: KindInfo, name: string): string {
  return `${kindPrefix(kind.kind)}/${name}`;
}

/** `deployments.apps`, as Status messages name a resource. */
export function qualifiedResource(kind: KindInfo): string {
  return kind.group === '' ? kind.resource : `${kind.resource}.${kind.group}`;
}

/** The kind of an object read from a file, by its apiVersion and kind. */
export function kindOfObject(apiVersion: string, kind: string): KindInfo | undefined {
  return restMapper.forObject(apiVersion, kind);
}
