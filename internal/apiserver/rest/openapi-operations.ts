/**
 * The paths of the OpenAPI documents in neither version's spelling, all from the kinds table: per
 * kind, the collection (`list`, `create`, `deletecollection`), the object (`get`, `update`, `patch`,
 * `delete`), a namespaced kind's list across namespaces, and one path per subresource the REST face
 * serves (`status`, `scale`, `binding`, `eviction`, `finalize`: not the kubelet's streaming ones),
 * with an operation per verb the table gives it. Operations carry what Kubernetes' do: an
 * operationId (`replaceAppsV1NamespacedDeploymentStatus`), `x-kubernetes-action`,
 * `x-kubernetes-group-version-kind` (the subresource's own kind: autoscaling/v1 Scale for `scale`),
 * query parameters, the body and the responses. openapi-v3.ts and openapi-v2.ts spell them out.
 */
import type protobuf from 'protobufjs';
import {
  apiVersionOf,
  KUBERNETES_MAJOR,
  KUBERNETES_MINOR,
  messageType,
  typeFor,
  typeOfKind,
  type GroupVersionKind,
  type KindInfo,
  type SubresourceInfo,
} from '../../api/index.js';
import { NODE_SUBRESOURCES } from './node-subresources.js';
import { schemaName, type Schema } from './openapi-schemas.js';

/** The HTTP methods of operations. */
export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch';

/** `x-kubernetes-action`: what an operation does, in Kubernetes' words. */
export type Action = 'list' | 'get' | 'post' | 'put' | 'patch' | 'delete' | 'deletecollection';

/** A path or query parameter. */
export interface ApiParameter {
  readonly name: string;
  readonly in: 'path' | 'query';
  readonly description: string;
  readonly type: 'string' | 'integer' | 'boolean';
  /** True for path parameters. */
  readonly required: boolean;
}

/** A request body: an object of a definition, or a patch in one of the patch types. */
export type ApiBody =
  | { readonly kind: 'object'; readonly schema: string; readonly required: boolean }
  | { readonly kind: 'patch'; readonly patchTypes: readonly string[] };

/** One response of an operation: its code and the definition of its body. */
export interface ApiResponse {
  readonly code: '200' | '201' | '202';
  readonly description: string;
  readonly schema: string;
}

/** One operation of a path. */
export interface ApiOperation {
  readonly method: HttpMethod;
  readonly operationId: string;
  readonly description: string;
  /** The group-version tag (`apps_v1`, `core_v1`). */
  readonly tag: string;
  readonly action: Action;
  readonly gvk: GroupVersionKind;
  readonly parameters: readonly ApiParameter[];
  readonly body?: ApiBody;
  readonly responses: readonly ApiResponse[];
  /** The media types responses come in. */
  readonly produces: readonly string[];
}

/** A path, the parameters all its operations share, and its operations. */
export interface ApiPath {
  readonly path: string;
  readonly parameters: readonly ApiParameter[];
  readonly operations: readonly ApiOperation[];
}

/** The paths of some kinds and the messages their operations name (each reaching more, collected by the renderer). */
export interface ApiModel {
  readonly paths: readonly ApiPath[];
  readonly definitions: readonly protobuf.Type[];
}

/** The `info` of every document. */
export const OPENAPI_INFO = Object.freeze({ title: 'Kubernetes', version: `v${KUBERNETES_MAJOR}.${KUBERNETES_MINOR}.0` });

/** The patch types the REST face takes (server-side apply is not served). */
export const PATCH_TYPES: readonly string[] = ['application/json-patch+json', 'application/merge-patch+json', 'application/strategic-merge-patch+json'];

const OBJECT_MEDIA_TYPES = ['application/json', 'application/yaml'];
const LIST_MEDIA_TYPES = [...OBJECT_MEDIA_TYPES, 'application/json;stream=watch'];
const STATUS = 'skiff.meta.v1.Status';
const DELETE_OPTIONS = 'skiff.meta.v1.DeleteOptions';

const query = (name: string, type: ApiParameter['type'], description: string): ApiParameter => ({ name, in: 'query', type, description, required: false });

const PRETTY = query('pretty', 'string', "If 'true', then the output is pretty printed.");
const NAMESPACE: ApiParameter = { name: 'namespace', in: 'path', type: 'string', required: true, description: 'object name and auth scope, such as for teams and projects' };
const DRY_RUN = query('dryRun', 'string', 'When present, indicates that modifications should not be persisted. Valid value: All.');
const FIELD_MANAGER = query('fieldManager', 'string', 'The name of the actor making the change.');
const FIELD_VALIDATION = query('fieldValidation', 'string', 'How the server treats unknown and duplicate fields: Ignore, Warn (the default) or Strict.');
const LABEL_SELECTOR = query('labelSelector', 'string', 'A selector to restrict the list of returned objects by their labels. Defaults to everything.');
const FIELD_SELECTOR = query('fieldSelector', 'string', 'A selector to restrict the list of returned objects by their fields. Defaults to everything.');
const LIMIT = query('limit', 'integer', 'The maximum number of objects to return; the rest follow with `continue`.');
const CONTINUE = query('continue', 'string', 'The continue token of the previous page of a paged list.');
const RESOURCE_VERSION = query('resourceVersion', 'string', 'Which resource versions the result may come from; see resourceVersionMatch.');
const RESOURCE_VERSION_MATCH = query('resourceVersionMatch', 'string', 'How resourceVersion applies: Exact or NotOlderThan.');
const GRACE_PERIOD = query('gracePeriodSeconds', 'integer', 'The seconds before the object is deleted; zero deletes at once.');
const ORPHAN = query('orphanDependents', 'boolean', 'Deprecated: use propagationPolicy. Whether dependents are orphaned.');
const PROPAGATION = query('propagationPolicy', 'string', 'Whether and how garbage collection deletes dependents: Orphan, Background or Foreground.');

const WRITE = [DRY_RUN, FIELD_MANAGER, FIELD_VALIDATION];
const LIST = [
  query('allowWatchBookmarks', 'boolean', 'Asks a watch for BOOKMARK events.'),
  CONTINUE,
  FIELD_SELECTOR,
  LABEL_SELECTOR,
  LIMIT,
  RESOURCE_VERSION,
  RESOURCE_VERSION_MATCH,
  query('sendInitialEvents', 'boolean', 'Starts a watch with the current state as ADDED events, then a bookmark.'),
  query('timeoutSeconds', 'integer', 'How long a list or watch call may last.'),
  query('watch', 'boolean', 'Watch for changes to the described resources and return them as a stream of add, update, and remove notifications.'),
];
const DELETE = [DRY_RUN, GRACE_PERIOD, ORPHAN, PROPAGATION];
const DELETE_COLLECTION = [CONTINUE, DRY_RUN, FIELD_SELECTOR, GRACE_PERIOD, LABEL_SELECTOR, LIMIT, ORPHAN, PROPAGATION, RESOURCE_VERSION, RESOURCE_VERSION_MATCH];

/** How a verb of the kinds table becomes an operation. */
interface VerbOperation {
  readonly method: HttpMethod;
  readonly action: Action;
  /** The operationId's verb (`read`, `replace`, ...). */
  readonly idVerb: string;
  readonly parameters: readonly ApiParameter[];
  readonly codes: readonly ApiResponse['code'][];
  /** Kubernetes' description (`read status of the specified Deployment`). */
  describe(kind: string, sub: string): string;
}

const of = (sub: string): string => (sub === '' ? '' : `${sub} of `);

const VERBS: Readonly<Record<string, VerbOperation>> = {
  list: { method: 'get', action: 'list', idVerb: 'list', parameters: LIST, codes: ['200'], describe: (k) => `list or watch objects of kind ${k}` },
  create: { method: 'post', action: 'post', idVerb: 'create', parameters: WRITE, codes: ['200', '201', '202'], describe: (k, s) => (s === '' ? `create a ${k}` : `create ${s} of a ${k}`) },
  deletecollection: { method: 'delete', action: 'deletecollection', idVerb: 'delete', parameters: DELETE_COLLECTION, codes: ['200'], describe: (k) => `delete collection of ${k}` },
  get: { method: 'get', action: 'get', idVerb: 'read', parameters: [], codes: ['200'], describe: (k, s) => `read ${of(s)}the specified ${k}` },
  update: { method: 'put', action: 'put', idVerb: 'replace', parameters: WRITE, codes: ['200', '201'], describe: (k, s) => `replace ${of(s)}the specified ${k}` },
  patch: { method: 'patch', action: 'patch', idVerb: 'patch', parameters: WRITE, codes: ['200', '201'], describe: (k, s) => `partially update ${of(s)}the specified ${k}` },
  delete: { method: 'delete', action: 'delete', idVerb: 'delete', parameters: DELETE, codes: ['200', '202'], describe: (k) => `delete a ${k}` },
};

const COLLECTION_VERBS = ['list', 'create', 'deletecollection'];
const OBJECT_VERBS = ['get', 'update', 'patch', 'delete'];
const SUBRESOURCE_VERBS = ['get', 'create', 'update', 'patch', 'delete'];
const RESPONSE_DESCRIPTIONS = { '200': 'OK', '201': 'Created', '202': 'Accepted' } as const;

/** `api/v1` or `apis/<group>/<version>`: where a group-version's paths start, and its document's name. */
export function gvPath(gv: { readonly group: string; readonly version: string }): string {
  return gv.group === '' ? `api/${gv.version}` : `apis/${gv.group}/${gv.version}`;
}

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The group as operationIds spell it: `Core`, `Apps`, `Coordination` (for coordination.k8s.io). */
function groupWord(group: string): string {
  if (group === '') return 'Core';
  return group.replace(/\.k8s\.io$/, '').split('.').map(upperFirst).join('');
}

/** Builds the model of some kinds' paths and definitions. */
class ModelBuilder {
  readonly paths: ApiPath[] = [];
  private readonly definitions = new Map<string, protobuf.Type>();

  /** Names `type` as a definition of the document; returns its name. */
  define(type: protobuf.Type): string {
    const name = schemaName(type);
    this.definitions.set(name, type);
    return name;
  }

  model(): ApiModel {
    return { paths: this.paths, definitions: [...this.definitions.values()] };
  }

  addKind(info: KindInfo): void {
    const gvk = { group: info.group, version: info.version, kind: info.kind };
    const object = this.define(typeOfKind(info));
    const ns = info.namespaced ? [NAMESPACE] : [];
    const name: ApiParameter = { name: 'name', in: 'path', type: 'string', required: true, description: `name of the ${info.kind}` };
    const collection = `/${gvPath(info)}${info.namespaced ? '/namespaces/{namespace}' : ''}/${info.resource}`;
    // The operations of the verbs in `verbs` that `on` may carry.
    const ops = (verbs: readonly string[], on: readonly string[], sub: string, schema: string, opGVK: GroupVersionKind, allNamespaces = false): ApiOperation[] =>
      verbs.filter((v) => on.includes(v)).map((v) => this.operation(info, v, sub, schema, opGVK, allNamespaces));
    this.addPath(collection, [...ns, PRETTY], ops(info.verbs, COLLECTION_VERBS, '', object, gvk));
    this.addPath(`${collection}/{name}`, [name, ...ns, PRETTY], ops(info.verbs, OBJECT_VERBS, '', object, gvk));
    if (info.namespaced) this.addPath(`/${gvPath(info)}/${info.resource}`, [PRETTY], ops(info.verbs, ['list'], '', object, gvk, true));
    for (const s of info.subresources) {
      if (NODE_SUBRESOURCES.has(s.name)) continue;
      const [schema, subGVK] = this.subresourceKind(info, s);
      this.addPath(`${collection}/{name}/${s.name}`, [name, ...ns, PRETTY], ops(s.verbs, SUBRESOURCE_VERBS, s.name, schema, subGVK));
    }
  }

  private addPath(path: string, parameters: ApiParameter[], operations: ApiOperation[]): void {
    if (operations.length > 0) this.paths.push({ path, parameters, operations });
  }

  /** The definition and kind a subresource speaks: its own (`Scale`, `Eviction`, `Binding`) or its parent's (`status`, `finalize`). */
  private subresourceKind(info: KindInfo, s: SubresourceInfo): [string, GroupVersionKind] {
    if (s.kind === undefined) return [schemaName(typeOfKind(info)), { group: info.group, version: info.version, kind: info.kind }];
    const gvk = { group: s.group ?? info.group, version: s.version ?? info.version, kind: s.kind };
    const type = typeFor(apiVersionOf(gvk), gvk.kind);
    if (!type) throw new Error(`${info.resource}/${s.name} speaks ${apiVersionOf(gvk)} ${gvk.kind}, which the scheme does not know`);
    return [this.define(type), gvk];
  }

  private operation(info: KindInfo, verb: string, sub: string, schema: string, gvk: GroupVersionKind, allNamespaces: boolean): ApiOperation {
    const v = VERBS[verb]!;
    const scope = info.namespaced && !allNamespaces ? 'Namespaced' : '';
    const operationId = `${v.idVerb}${groupWord(info.group)}${upperFirst(info.version)}${verb === 'deletecollection' ? 'Collection' : ''}${scope}${info.kind}${upperFirst(sub)}${allNamespaces ? 'ForAllNamespaces' : ''}`;
    let response = schema;
    if (verb === 'list') response = this.define(messageType(`${info.protoType}List`));
    if (verb === 'deletecollection') response = this.define(messageType(STATUS));
    let body: ApiBody | undefined;
    if (verb === 'create' || verb === 'update') body = { kind: 'object', schema, required: true };
    else if (verb === 'patch') body = { kind: 'patch', patchTypes: PATCH_TYPES };
    else if (verb === 'delete' || verb === 'deletecollection') body = { kind: 'object', schema: this.define(messageType(DELETE_OPTIONS)), required: false };
    const group = groupWord(info.group);
    return {
      method: v.method,
      operationId,
      description: v.describe(info.kind, sub),
      tag: `${group.charAt(0).toLowerCase()}${group.slice(1)}_${info.version}`,
      action: v.action,
      gvk,
      parameters: v.parameters,
      ...(body ? { body } : {}),
      responses: v.codes.map((code) => ({ code, description: RESPONSE_DESCRIPTIONS[code], schema: response })),
      produces: verb === 'list' ? LIST_MEDIA_TYPES : OBJECT_MEDIA_TYPES,
    };
  }
}

/** The paths and definitions of `kinds` (one group-version's, or every served one's). */
export function apiModel(kinds: readonly KindInfo[]): ApiModel {
  const builder = new ModelBuilder();
  for (const info of kinds) builder.addKind(info);
  return builder.model();
}

/** The extensions Kubernetes puts on every operation, the same in v2 and v3. */
export function operationExtensions(op: ApiOperation): Schema {
  return { 'x-kubernetes-action': op.action, 'x-kubernetes-group-version-kind': { group: op.gvk.group, version: op.gvk.version, kind: op.gvk.kind } };
}

/** A model's `paths` object, each operation and parameter spelled by one OpenAPI version's writers. */
export function pathsOf(model: ApiModel, operation: (op: ApiOperation) => Schema, parameter: (p: ApiParameter) => Schema): Record<string, Schema> {
  const paths: Record<string, Schema> = {};
  for (const p of model.paths) {
    const item: Schema = {};
    for (const op of p.operations) item[op.method] = operation(op);
    item.parameters = p.parameters.map(parameter);
    paths[p.path] = item;
  }
  return paths;
}

