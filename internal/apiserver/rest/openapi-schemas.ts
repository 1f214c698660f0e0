/**
 * The definition builder both OpenAPI documents share: every kind's schema from the proto, by
 * protobufjs reflection (properties and types, int-or-string, and the patch metadata
 * `x-kubernetes-patch-strategy`, `-patch-merge-key`, `-list-type`, `-list-map-keys`, `-map-type` read
 * from the `(skiff.*)` field options by the patch engine's schema). Descriptions are the proto's
 * comments. One builder, two dialects: OpenAPI v3 and Swagger 2.0 differ only in where a `$ref`
 * points, how a message-typed field refers to its schema and how int-or-string is spelled.
 */
import protobuf from 'protobufjs';
import { KINDS, SUBRESOURCE_KINDS, type GroupVersionKind } from '../../api/index.js';
import { schemaForType, type FieldSchema } from '../../api/patch/index.js';

/** A JSON schema (or another OpenAPI object) as it is written into a document. */
export type Schema = Record<string, unknown>;

/** How one OpenAPI version spells what differs between the two. */
export interface SchemaDialect {
  /** Where definitions live: `#/components/schemas/` (v3) or `#/definitions/` (v2). */
  readonly refPrefix: string;
  /** The schema of a field whose value is the message `name`. */
  messageField(name: string): Schema;
  /** The schema of an IntOrString field. */
  readonly intOrString: Schema;
}

/** OpenAPI v3, as Kubernetes writes it: `allOf: [$ref]` so `default` and `description` may sit beside the reference. */
export const OPENAPI_V3: SchemaDialect = {
  refPrefix: '#/components/schemas/',
  messageField: (name) => ({ allOf: [{ $ref: `#/components/schemas/${name}` }], default: {} }),
  intOrString: { 'x-kubernetes-int-or-string': true, anyOf: [{ type: 'integer' }, { type: 'string' }] },
};

/** Swagger 2.0, which has no `anyOf`: a plain `$ref`, and int-or-string as Kubernetes' v2 writes it (a string of format int-or-string). */
export const SWAGGER_V2: SchemaDialect = {
  refPrefix: '#/definitions/',
  messageField: (name) => ({ $ref: `#/definitions/${name}` }),
  intOrString: { type: 'string', format: 'int-or-string', 'x-kubernetes-int-or-string': true },
};

/** A reference to the definition `name`. */
export function ref(dialect: SchemaDialect, name: string): Schema {
  return { $ref: `${dialect.refPrefix}${name}` };
}

/** The definition name of a message (its full proto name, `skiff.apps.v1.Deployment`). */
export function schemaName(type: protobuf.Type): string {
  return type.fullName.replace(/^\./, '');
}

/** The kinds each message is the schema of: every kind of the table, its `<Kind>List`, and the subresource kinds (Scale, Eviction). */
let kindsByName: Map<string, GroupVersionKind[]> | undefined;

function kindsOf(name: string): readonly GroupVersionKind[] {
  if (!kindsByName) {
    const byName = new Map<string, GroupVersionKind[]>();
    const add = (protoType: string, gvk: GroupVersionKind): void => {
      const list = byName.get(protoType) ?? [];
      if (!list.some((g) => g.group === gvk.group && g.version === gvk.version && g.kind === gvk.kind)) list.push(gvk);
      byName.set(protoType, list);
    };
    for (const k of [...KINDS, ...SUBRESOURCE_KINDS]) {
      add(k.protoType, { group: k.group, version: k.version, kind: k.kind });
      add(`${k.protoType}List`, { group: k.group, version: k.version, kind: `${k.kind}List` });
    }
    kindsByName = byName;
  }
  return kindsByName.get(name) ?? [];
}

/**
 * The schemas of `types` and of every message they reach, in `dialect`. A kind's schema names its
 * group-version-kind (`x-kubernetes-group-version-kind`) in whatever document it appears, as
 * Kubernetes' do: a PersistentVolumeClaim reached from a StatefulSet is still v1 PersistentVolumeClaim.
 */
export function definitionSchemas(types: readonly protobuf.Type[], dialect: SchemaDialect): Record<string, Schema> {
  const out: Record<string, Schema> = {};
  for (const t of types) collectSchemas(t, dialect, out);
  for (const [name, schema] of Object.entries(out)) {
    const gvks = kindsOf(name);
    if (gvks.length > 0) schema['x-kubernetes-group-version-kind'] = gvks.map((g) => ({ group: g.group, kind: g.kind, version: g.version }));
  }
  return out;
}

/** Adds the schema of `type`, and of every message it reaches, to `out` (once each). */
export function collectSchemas(type: protobuf.Type, dialect: SchemaDialect, out: Record<string, Schema>): void {
  const name = schemaName(type);
  if (out[name]) return;
  const properties: Record<string, Schema> = {};
  const schema: Schema = { type: 'object', properties };
  if (type.comment) schema.description = type.comment;
  out[name] = schema;
  const patch = schemaForType(type);
  for (const field of type.fieldsArray) {
    field.resolve();
    properties[field.name] = fieldSchema(field, patch.field(field.name), dialect, out);
  }
}

function scalar(field: protobuf.Field, dialect: SchemaDialect, out: Record<string, Schema>): Schema {
  const rt = field.resolvedType;
  if (rt instanceof protobuf.Type) {
    if (schemaName(rt) === 'skiff.meta.v1.IntOrString') return { ...dialect.intOrString };
    collectSchemas(rt, dialect, out);
    return dialect.messageField(schemaName(rt));
  }
  if (rt instanceof protobuf.Enum) return { type: 'string', enum: Object.keys(rt.values) };
  switch (field.type) {
    case 'string':
      // An embedded JSON value (a RawExtension such as ControllerRevision.data): an object of whatever shape.
      if (field.options?.['(skiff.raw_json)'] === true) return { type: 'object', 'x-kubernetes-preserve-unknown-fields': true };
      return { type: 'string', default: '' };
    case 'bool':
      return { type: 'boolean', default: false };
    case 'int32':
    case 'sint32':
    case 'sfixed32':
    case 'uint32':
    case 'fixed32':
      return { type: 'integer', format: 'int32', default: 0 };
    case 'double':
    case 'float':
      return { type: 'number', format: 'double', default: 0 };
    case 'bytes':
      return { type: 'string', format: 'byte' };
    default:
      return { type: 'integer', format: 'int64', default: 0 };
  }
}

/** A field's schema, with the `x-kubernetes-*` patch extensions read from the proto's options by the patch engine's schema (one reading for both). */
function fieldSchema(field: protobuf.Field, patch: FieldSchema | undefined, dialect: SchemaDialect, out: Record<string, Schema>): Schema {
  let schema: Schema;
  if (field instanceof protobuf.MapField) schema = { type: 'object', additionalProperties: scalar(field, dialect, out) };
  else if (field.repeated) schema = { type: 'array', items: scalar(field, dialect, out) };
  else schema = scalar(field, dialect, out);
  // Optional scalars have no default: absent and zero differ (DESIGN.md section 2).
  if (!field.repeated && !(field instanceof protobuf.MapField)) delete schema.default;
  if (field.comment) schema.description = field.comment;
  if (!patch) return schema;
  if (patch.patchStrategies.length > 0) schema['x-kubernetes-patch-strategy'] = patch.patchStrategies.join(',');
  if (patch.patchMergeKey) schema['x-kubernetes-patch-merge-key'] = patch.patchMergeKey;
  if (patch.listType) schema['x-kubernetes-list-type'] = patch.listType;
  if (patch.listMapKeys.length > 0) schema['x-kubernetes-list-map-keys'] = [...patch.listMapKeys];
  if (patch.mapType) schema['x-kubernetes-map-type'] = patch.mapType;
  return schema;
}
