/**
 * kubectl's client-side apply, for one object: the applied configuration goes in the
 * `kubectl.kubernetes.io/last-applied-configuration` annotation as compact JSON with sorted keys
 * and a trailing newline (Go's encoding of the unstructured object, so kubectl and skiffctl read
 * each other's); an absent object is created; a live one gets the three-way strategic merge patch
 * of (last applied, new configuration, live), so fields others set survive and fields dropped from
 * the file are removed. An empty patch is not sent: the object is `unchanged`.
 */
import { isNotFound, objectFromJSON, typeOfKind, type JsonObject, type KindInfo, type KubeObject } from '../api/index.js';
import { createThreeWayMergePatch, schemaForType, type JsonValue } from '../api/patch/index.js';
import type { Clientset } from '../client/index.js';
import { CtlError } from './ctl-error.js';
import { toJson } from './object-json.js';

/** The annotation client-side apply keeps the applied configuration in. */
export const LAST_APPLIED_ANNOTATION = 'kubectl.kubernetes.io/last-applied-configuration';

/** What apply did. */
export type ApplyOutcome = 'created' | 'configured' | 'unchanged';

function sortedJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(sortedJson).join(',')}]`;
  if (v && typeof v === 'object') {
    const obj = v as Record<string, unknown>;
    return `{${Object.keys(obj)
      .sort()
      .filter((k) => obj[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${sortedJson(obj[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

function annotationsOf(json: JsonObject): Record<string, JsonValue> {
  const meta = (json['metadata'] ?? {}) as JsonObject;
  const a = meta['annotations'];
  return a && typeof a === 'object' && !Array.isArray(a) ? { ...(a as Record<string, JsonValue>) } : {};
}

function withAnnotations(json: JsonObject, annotations: Record<string, JsonValue>): JsonObject {
  return { ...json, metadata: { ...((json['metadata'] ?? {}) as JsonObject), annotations } };
}

/** The annotation's value for a configuration: the configuration without the annotation, as Go's json.Marshal writes it, plus a newline. */
export function lastAppliedValue(config: JsonObject): string {
  const annotations = annotationsOf(config);
  delete annotations[LAST_APPLIED_ANNOTATION];
  return `${sortedJson(withAnnotations(config, annotations))}\n`;
}

/** The configuration with its last-applied annotation set: what apply sends (kubectl's GetModifiedConfiguration). */
export function modifiedConfiguration(config: JsonObject): JsonObject {
  const annotations = annotationsOf(config);
  delete annotations[LAST_APPLIED_ANNOTATION];
  annotations[LAST_APPLIED_ANNOTATION] = lastAppliedValue(config);
  return withAnnotations(config, annotations);
}

/** The last applied configuration recorded on a live object, if any. */
export function lastAppliedOf(live: JsonObject): JsonObject | undefined {
  const raw = annotationsOf(live)[LAST_APPLIED_ANNOTATION];
  if (typeof raw !== 'string' || raw === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as JsonObject) : undefined;
  } catch {
    return undefined;
  }
}

/** The three-way patch apply sends for `config` against `live`. */
export function applyPatch(kind: KindInfo, config: JsonObject, live: JsonObject): JsonObject {
  const modified = modifiedConfiguration(config);
  const result = createThreeWayMergePatch(lastAppliedOf(live), modified, live, schemaForType(typeOfKind(kind)));
  if (!result.ok) throw new CtlError(result.error.message);
  return result.value;
}

/** Applies one configuration; `dryRun` `client` sends nothing, `server` asks the server not to persist. */
export async function clientSideApply(
  client: Clientset,
  kind: KindInfo,
  config: JsonObject,
  options: { name: string; namespace?: string; dryRun: 'none' | 'client' | 'server' },
): Promise<{ outcome: ApplyOutcome; object?: KubeObject }> {
  const base = client.resource(kind.resource);
  const rc = kind.namespaced ? base.namespace(options.namespace ?? 'default') : base;
  let live: KubeObject | undefined;
  try {
    live = await rc.get(options.name);
  } catch (err) {
    if (!isNotFound(err)) throw err;
  }
  const server = options.dryRun === 'server' ? { dryRun: true } : {};
  if (!live) {
    const obj = objectFromJSON(modifiedConfiguration(config)).object;
    if (options.dryRun === 'client') return { outcome: 'created', object: obj };
    return { outcome: 'created', object: await rc.create(obj, { ...server, fieldManager: 'kubectl-client-side-apply' }) };
  }
  const patch = applyPatch(kind, config, toJson(kind, live));
  if (Object.keys(patch).length === 0) return { outcome: 'unchanged', object: live };
  if (options.dryRun === 'client') return { outcome: 'configured', object: live };
  return { outcome: 'configured', object: await rc.patch(options.name, 'strategic', patch, { ...server, fieldManager: 'kubectl-client-side-apply' }) };
}
