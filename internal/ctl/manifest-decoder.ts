/**
 * Turns a manifest document into an object to send, checking it first as kubectl's
 * `--validate=strict` does: a kind the server does not have, a wrong field type, a missing name and
 * (in strict mode) an unknown or duplicate field make the document fail, naming the file, the
 * document and the field path; nothing of that document is sent.
 */
import { DecodeError, objectFromJSON, type JsonObject, type KindInfo, type KubeObject } from '../api/index.js';
import { CtlError } from './ctl-error.js';
import type { ManifestDocument } from './manifest-reader.js';
import { kindOfObject } from './object-json.js';

/** kubectl's `--validate` values. */
export type ValidationMode = 'strict' | 'warn' | 'ignore';

/** Reads `--validate` (true/strict, warn, false/ignore). */
export function parseValidate(value: string): ValidationMode {
  switch (value) {
    case 'true':
    case 'strict':
      return 'strict';
    case 'warn':
      return 'warn';
    case 'false':
    case 'ignore':
      return 'ignore';
    default:
      throw new CtlError(`invalid - validate option "${value}"; must be one of: strict (or true), warn, ignore (or false)`);
  }
}

/** A document ready to send. */
export interface DecodedManifest {
  readonly doc: ManifestDocument;
  readonly kind: KindInfo;
  /** The document as written, with the namespace filled in: what client-side apply records. */
  readonly json: JsonObject;
  /** The typed object. */
  readonly object: KubeObject;
  readonly name: string;
  readonly namespace?: string;
  /** Unknown or duplicate fields, when validation only warns. */
  readonly warnings: readonly string[];
}

function where(doc: ManifestDocument, what?: string): string {
  return `"${doc.source}" (document ${doc.index}${what ? `, ${what}` : ''})`;
}

/** Decodes and checks one document; an error names the file, the document and the field. */
export function decodeManifest(doc: ManifestDocument, options: { validate: ValidationMode; namespace: string; explicitNamespace: boolean }): DecodedManifest {
  const json = doc.json;
  const apiVersion = typeof json['apiVersion'] === 'string' ? json['apiVersion'] : '';
  const kindName = typeof json['kind'] === 'string' ? json['kind'] : '';
  const missing = [...(apiVersion ? [] : ['apiVersion not set']), ...(kindName ? [] : ['kind not set'])];
  if (missing.length > 0) {
    throw new CtlError(`error validating ${where(doc)}: error validating data: [${missing.join(', ')}]; if you choose to ignore these errors, turn validation off with --validate=false`);
  }
  const kind = kindOfObject(apiVersion, kindName);
  const meta = json['metadata'];
  const metaObj = meta && typeof meta === 'object' && !Array.isArray(meta) ? (meta as JsonObject) : {};
  const name = typeof metaObj['name'] === 'string' ? metaObj['name'] : '';
  if (!kind) {
    throw new CtlError(`resource mapping not found for name: "${name}" namespace: "${typeof metaObj['namespace'] === 'string' ? metaObj['namespace'] : ''}" from ${where(doc)}: no matches for kind "${kindName}" in version "${apiVersion}"\nensure CRDs are installed first`);
  }
  const label = `${kindName}${name ? ` "${name}"` : ''}`;
  if (!name) throw new CtlError(`error validating ${where(doc, kindName)}: metadata.name: Required value: name or generateName is required`);
  let decoded;
  try {
    decoded = objectFromJSON(json, { duplicates: doc.duplicates });
  } catch (err) {
    if (err instanceof DecodeError) throw new CtlError(`error validating ${where(doc, label)}: ${err.problems.map((p) => (p.message.includes(p.path) || !p.path ? p.message : `${p.path}: ${p.message}`)).join(', ')}`);
    throw err;
  }
  const problems = decoded.problems.map((p) => p.message);
  if (problems.length > 0 && options.validate === 'strict') {
    throw new CtlError(`error validating ${where(doc, label)}: strict decoding error: ${problems.join(', ')}`);
  }
  let namespace: string | undefined;
  const out: JsonObject = { ...json };
  if (kind.namespaced) {
    const own = typeof metaObj['namespace'] === 'string' && metaObj['namespace'] !== '' ? metaObj['namespace'] : undefined;
    if (own && options.explicitNamespace && own !== options.namespace) {
      throw new CtlError(`the namespace from the provided object "${own}" does not match the namespace "${options.namespace}". You must pass '--namespace=${own}' to perform this operation.`);
    }
    namespace = own ?? options.namespace;
    out['metadata'] = { ...metaObj, namespace };
    decoded.object.metadata = { ...(decoded.object.metadata ?? {}), namespace } as KubeObject['metadata'];
  }
  return { doc, kind, json: out, object: decoded.object, name, namespace, warnings: options.validate === 'warn' ? problems : [] };
}
