/**
 * The resource half of the REST face: a thin adapter from Kubernetes' resource paths onto the
 * Registry. It decodes the request (path, query, content type, and a body in JSON, YAML or
 * Kubernetes' protobuf), calls the same registry and endpoints functions the gRPC face calls, and
 * encodes what they return as Kubernetes JSON, YAML or a Table. No defaulting, validation,
 * admission or storage logic lives here.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { stringify as toYAML } from 'yaml';
import type protobuf from 'protobufjs';
import {
  DecodeError,
  formatProblems,
  fromJSONValue,
  isJsonObject,
  newBadRequest,
  newMethodNotSupported,
  StatusError,
  typeFor,
  KINDS,
  apiVersionOf,
  objectFromK8sProtobuf,
  type K8sExpectedKind,
  type K8sProtobufResult,
  type KubeObject,
  type Status,
} from '../../api/index.js';
import { createOn, deleteCollection, deleteOn, patchOn, updateOn, type DeleteOptionsInput } from '../endpoints/index.js';
import type { CacheWatcher } from '../cacher/index.js';
import type { FieldValidation } from '../registry/patcher.js';
import { recordingWarnings } from '../registry/request-options.js';
import { isAcceptedDelete } from '../registry/deletion.js';
import type { Registry } from '../registry/registry.js';
import type { ResourceStore } from '../registry/resource-store.js';
import { getScale, unknownSubresource, updateScale, type Scale } from '../registry/subresources.js';
import { bodyFormat, negotiate, patchTypeOf, type Output } from './content-negotiation.js';
import { decodeDeleteOptions } from './delete-body.js';
import { NODE_SUBRESOURCES } from './node-subresources.js';
import { listJSON, objectJSON } from './object-json.js';
import { deleteOptions, getOptions, listOptions, watchOptions, writeOptions } from './query-options.js';
import { parseBody, readBody } from './request-body.js';
import type { ResourceRequestInfo, Verb } from './request-info.js';
import { warningHeaders } from './status-response.js';
import { parseIncludeObject, tableJSON } from './table-response.js';
import { serveWatch } from './watch-stream.js';

/** What the resource handler needs from its server. */
export interface ResourceHandlerOptions {
  readonly registry: Registry;
  readonly maxBodyBytes: number;
  readonly now: () => number;
  /** Registers a running watch so stop() can end it; returns its unregistration. */
  readonly track: (w: CacheWatcher) => () => void;
}

/** A decoded request body and the warnings its decoding produced. */
interface DecodedObject {
  readonly object: KubeObject;
  readonly warnings: readonly string[];
}

/** Handles one resource request; throws StatusErrors for the server to write. */
export class ResourceHandler {
  constructor(private readonly options: ResourceHandlerOptions) {}

  /**
   * Serves `info` on `res`. `warnings` is the request's warning recorder, owned by the caller: a
   * success is answered with what it holds here, and the caller answers a failure with it too.
   */
  async handle(req: IncomingMessage, res: ServerResponse, info: ResourceRequestInfo, query: URLSearchParams, warnings: string[] = []): Promise<void> {
    const { registry } = this.options;
    if (info.resource === 'bindings' && info.group === '' && info.verb === 'create') {
      const pods = registry.storeFor({ group: '', version: info.version, resource: 'pods' });
      const body = await this.decode(req, typeFor('v1', 'Binding')!, { group: '', version: 'v1', kind: 'Binding' }, 'Strict');
      warnings.push(...body.warnings);
      const result = await createOn(registry, pods, info.namespace, '', 'binding', body.object, writeOptions(query));
      return this.send(req, res, 201, result, warnings);
    }
    const store = registry.storeFor(info);
    const ns = store.info.namespaced ? info.namespace : '';
    if (info.extra.length > 0) throw unknownSubresource(store, [info.subresource, ...info.extra].join('/'));
    this.checkVerb(store, info);
    const sub = info.subresource;
    switch (info.verb) {
      case 'get':
        if (sub === 'scale') return this.send(req, res, 200, await getScale(store, ns, info.name));
        return this.sendObject(req, res, store, 200, await store.get(ns, info.name, getOptions(query)), query, sub === '');
      case 'list': {
        const result = await store.list(ns, listOptions(query));
        const output = this.output(req, true);
        if (output.kind === 'table') {
          return this.write(res, 200, output, tableJSON(store.info.kind, result, result.items, parseIncludeObject(query.get('includeObject')), this.options.now()));
        }
        return this.write(res, 200, output, listJSON(store.info, result, result.items));
      }
      case 'watch': {
        const output = this.output(req, sub === '');
        const opts = watchOptions(query);
        const fieldSelector = info.name ? [`metadata.name=${info.name}`, opts.fieldSelector].filter(Boolean).join(',') : opts.fieldSelector;
        return serveWatch(req, res, store, ns, {
          ...opts,
          fieldSelector,
          render: output.kind === 'table' ? { table: true, includeObject: parseIncludeObject(query.get('includeObject')) } : { table: false },
          now: this.options.now,
          track: this.options.track,
        });
      }
      case 'create': {
        const opts = writeOptions(query);
        const kind = sub === 'binding' ? { group: '', version: 'v1', kind: 'Binding' } : sub === 'eviction' ? { group: 'policy', version: 'v1', kind: 'Eviction' } : store.info;
        const type = sub === '' ? store.type : typeFor(kind.group === '' ? kind.version : `${kind.group}/${kind.version}`, kind.kind);
        if (!type) throw unknownSubresource(store, sub);
        const body = await this.decode(req, type, kind, opts.fieldValidation);
        warnings.push(...body.warnings);
        const created = await createOn(registry, store, ns, info.name, sub, body.object, recordingWarnings(opts, warnings));
        return this.send(req, res, 201, created, warnings);
      }
      case 'update': {
        const opts = writeOptions(query, 'UpdateOptions');
        if (sub === 'scale') {
          const body = await this.decode(req, typeFor('autoscaling/v1', 'Scale')!, { group: 'autoscaling', version: 'v1', kind: 'Scale' }, opts.fieldValidation);
          warnings.push(...body.warnings);
          return this.send(req, res, 200, await updateScale(store, ns, info.name, body.object as Scale, opts), warnings);
        }
        const body = await this.decode(req, store.type, store.info, opts.fieldValidation);
        warnings.push(...body.warnings);
        const result = await updateOn(registry, store, ns, info.name, sub, body.object, recordingWarnings(opts, warnings));
        return this.send(req, res, result.created ? 201 : 200, result.object, warnings);
      }
      case 'patch': {
        const type = patchTypeOf(req.headers['content-type']);
        const opts = writeOptions(query, 'PatchOptions');
        const patch = await readBody(req, this.options.maxBodyBytes);
        const outcome = await patchOn(store, ns, info.name, sub, type, patch, recordingWarnings(opts, warnings));
        return this.send(req, res, 200, outcome.object, [...outcome.warnings, ...warnings]);
      }
      case 'delete': {
        const options = recordingWarnings(deleteOptions(query, await this.deleteBody(req)), warnings);
        const result = await deleteOn(store, ns, info.name, options);
        return this.send(req, res, isAcceptedDelete(result.pending, options) ? 202 : 200, result.object ?? result.status!, warnings);
      }
      case 'deletecollection': {
        const selectors = listOptions(query);
        const options = recordingWarnings(deleteOptions(query, await this.deleteBody(req)), warnings);
        const result = await deleteCollection(store, ns, selectors, options);
        return this.write(res, 200, this.output(req, false), listJSON(store.info, { resourceVersion: result.resourceVersion }, result.items), warnings);
      }
    }
  }

  private checkVerb(store: ResourceStore, info: ResourceRequestInfo): void {
    if (!hasRoute(info)) throw methodNotAllowed();
    const sub = info.subresource;
    if (NODE_SUBRESOURCES.has(sub) && store.info.subresources.some((s) => s.name === sub)) {
      throw new StatusError({
        code: 404,
        reason: 'NotFound',
        message: `${store.info.resource}/${sub} is not served yet: log, exec, attach, port-forward and proxy arrive with the node (the kubelet)`,
        details: { name: info.name, group: store.info.group, kind: store.info.resource },
      });
    }
    const verbs = sub === '' ? store.info.verbs : store.info.subresources.find((s) => s.name === sub)?.verbs;
    if (!verbs) throw unknownSubresource(store, sub);
    if (!verbs.includes(info.verb)) {
      // Kubernetes routes a watch through the list handler, which names the verb; every other
      // missing verb has no route at all.
      throw info.verb === 'watch' && verbs.includes('list') ? newMethodNotSupported(store.info, 'watch') : methodNotAllowed();
    }
  }

  /** Reads and decodes an object body for `type`, applying fieldValidation to unknown and duplicate fields. */
  private async decode(req: IncomingMessage, type: protobuf.Type, kind: { group: string; version: string; kind: string }, validation: FieldValidation): Promise<DecodedObject> {
    const format = bodyFormat(req.headers['content-type']);
    const bytes = await readBody(req, this.options.maxBodyBytes);
    const cannot = `${kind.kind} in version "${kind.version}" cannot be handled as a ${kind.kind}`;
    if (format === 'protobuf') {
      // Kubernetes' protobuf names its kind in the envelope and is decoded as that kind; a body of
      // another kind reaches the registry, which says it does not match, as with JSON. Dropped
      // fields are warnings: Kubernetes' own protobuf decoding never fails on unknown fields.
      const decoded = decodeProtobufBody(bytes, { apiVersion: apiVersionOf(kind), kind: kind.kind, type }, cannot);
      return { object: decoded.object, warnings: validation === 'Ignore' ? [] : decoded.warnings };
    }
    const parsed = parseBody(bytes, format, kind.kind);
    if (!isJsonObject(parsed.value)) throw newBadRequest(`${cannot}: the body must be an object`);
    const claimed = parsed.value.kind;
    if (typeof claimed === 'string' && claimed !== '' && claimed !== kind.kind && KINDS.some((k) => k.kind === claimed)) {
      // Another kind's body: decode only what identifies it, and let the registry say it does not match.
      return { object: { apiVersion: String(parsed.value.apiVersion ?? ''), kind: claimed, metadata: {} }, warnings: [] };
    }
    let decoded;
    try {
      decoded = fromJSONValue(type, parsed.value, { duplicates: parsed.duplicates });
    } catch (err) {
      if (err instanceof DecodeError) throw newBadRequest(`${cannot}: ${err.message}`);
      throw err;
    }
    const problems = decoded.problems;
    if (problems.length > 0 && validation === 'Strict') throw newBadRequest(`${cannot}: strict decoding error: ${formatProblems(problems)}`);
    return { object: decoded.object as KubeObject, warnings: validation === 'Warn' ? problems.map((p) => p.message) : [] };
  }

  /** The DeleteOptions body of a delete, if any (kubectl sends one, as JSON or as protobuf). */
  private async deleteBody(req: IncomingMessage): Promise<DeleteOptionsInput | undefined> {
    return decodeDeleteOptions(await readBody(req, this.options.maxBodyBytes), req.headers['content-type']);
  }

  private output(req: IncomingMessage, table: boolean): Output {
    return negotiate(req.headers.accept, { table });
  }

  private sendObject(req: IncomingMessage, res: ServerResponse, store: ResourceStore, code: number, obj: KubeObject, query: URLSearchParams, table: boolean): void {
    const output = this.output(req, table);
    if (output.kind === 'table') {
      this.write(res, code, output, tableJSON(store.info.kind, {}, [obj], parseIncludeObject(query.get('includeObject')), this.options.now()));
      return;
    }
    this.write(res, code, output, objectJSON(obj));
  }

  private send(req: IncomingMessage, res: ServerResponse, code: number, obj: KubeObject | Status, warnings: readonly string[] = []): void {
    const text = (obj as Status).kind === 'Status' ? JSON.stringify(obj) : objectJSON(obj as KubeObject);
    this.write(res, code, this.output(req, false), text, warnings);
  }

  private write(res: ServerResponse, code: number, output: Output, json: string, warnings: readonly string[] = []): void {
    const text = output.kind === 'yaml' ? toYAML(JSON.parse(json)) : json;
    // With warnings the body goes as bytes: Node then writes the head as latin1, which turns
    // warningHeaders' latin1 strings back into their UTF-8 bytes; a string body would have the head
    // written with it as UTF-8, encoding those bytes a second time.
    const body = warnings.length > 0 ? Buffer.from(text, 'utf8') : text;
    const headers: Record<string, string | number | string[]> = {
      'Content-Type': output.contentType,
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-cache, private',
    };
    if (warnings.length > 0) headers.Warning = warningHeaders(warnings);
    res.writeHead(code, headers);
    res.end(body);
  }
}

/** The verbs Kubernetes routes on a collection path and on an object path; another method there has no route. */
const COLLECTION_VERBS: ReadonlySet<Verb> = new Set(['list', 'watch', 'create', 'deletecollection']);
const OBJECT_VERBS: ReadonlySet<Verb> = new Set(['get', 'watch', 'update', 'patch', 'delete']);

/** True when Kubernetes has a route for the method on the path; a subresource's verbs are checked against the subresource. */
function hasRoute(info: ResourceRequestInfo): boolean {
  if (info.subresource !== '') return true;
  return (info.name === '' ? COLLECTION_VERBS : OBJECT_VERBS).has(info.verb);
}

/**
 * Kubernetes' answer where no route takes the method: go-restful's 405, written through
 * NewGenericServerResponse, so a fixed message and empty details.
 */
function methodNotAllowed(): StatusError {
  return new StatusError({ code: 405, reason: 'MethodNotAllowed', message: 'the server does not allow this method on the requested resource', details: {} });
}

/** Decodes a Kubernetes protobuf body (the codec does the work); a bad one is a 400 saying what could not be handled. */
function decodeProtobufBody(bytes: Buffer, expected: K8sExpectedKind, cannot: string): K8sProtobufResult {
  if (bytes.length === 0) throw newBadRequest('the request body is empty');
  try {
    return objectFromK8sProtobuf(bytes, expected);
  } catch (err) {
    if (err instanceof DecodeError) throw newBadRequest(`${cannot}: ${err.message}`);
    throw err;
  }
}
