/**
 * What the strategic-merge engine needs to know about a JSON object node: for each field, whether
 * its value is a scalar, an object (a message), a map or a list, the schema of what lies below, and
 * Kubernetes' patch metadata (patchStrategy, patchMergeKey, listType, listMapKeys, mapType,
 * structType) read from the `(skiff.*)` options in the proto.
 */
import protobuf from 'protobufjs';

/** What a field's JSON value is: `unknown` for a field the schema does not describe. */
export type FieldKind = 'scalar' | 'object' | 'map' | 'list' | 'unknown';

/** One field of an object node, with its patch metadata. */
export interface FieldSchema {
  readonly kind: FieldKind;
  /**
   * The schema below the field: for `object` the message's fields; for `map` the map node itself
   * (every key gives the value's FieldSchema); for `list` one element's object node. The unknown
   * schema where there is nothing typed below (scalars, lists of scalars).
   */
  readonly schema: PatchSchema;
  /** For `map` values and `list` elements: whether each is a scalar or an object. */
  readonly elementKind?: 'scalar' | 'object';
  /** `patchStrategy` split on commas: "merge", "replace", "retainKeys". */
  readonly patchStrategies: readonly string[];
  /** `patchMergeKey`: the field that identifies an element of a merged list. */
  readonly patchMergeKey?: string;
  /** `+listType`: "atomic", "set" or "map". */
  readonly listType?: string;
  /** `+listMapKey`, in order. */
  readonly listMapKeys: readonly string[];
  /** `+mapType`: "atomic" or "granular". */
  readonly mapType?: string;
  /** `+structType`: "atomic" or "granular". */
  readonly structType?: string;
}

/** The schema of one JSON object node: looks fields up by their JSON name. */
export interface PatchSchema {
  /** A name for messages: the message's full name, `map<...>` or `unknown`. */
  readonly name: string;
  /** The field with this JSON name; undefined when the node has no such field. */
  field(name: string): FieldSchema | undefined;
}

const NO_KEYS: readonly string[] = Object.freeze([]);

/**
 * The schema of a node nothing is known about: every field is `unknown`, so objects merge and lists
 * are replaced, which is JSON merge patch, as Kubernetes patches types it has no schema for.
 */
export const unknownSchema: PatchSchema = Object.freeze({
  name: 'unknown',
  field: (): FieldSchema => UNKNOWN_FIELD,
});

const UNKNOWN_FIELD: FieldSchema = Object.freeze({
  kind: 'unknown',
  schema: unknownSchema,
  patchStrategies: NO_KEYS,
  listMapKeys: NO_KEYS,
});

/** Messages whose JSON form is a scalar (int-or-string is a bare number or string). */
const SCALAR_MESSAGES = new Set(['.skiff.meta.v1.IntOrString']);

const OPTION = {
  patchStrategy: '(skiff.patch_strategy)',
  patchMergeKey: '(skiff.patch_merge_key)',
  listType: '(skiff.list_type)',
  listMapKeys: '(skiff.list_map_keys)',
  mapType: '(skiff.map_type)',
  structType: '(skiff.struct_type)',
} as const;

const cache = new WeakMap<protobuf.Type, PatchSchema>();

/** The patch schema of a message type, built once per type from protobufjs reflection. */
export function schemaForType(type: protobuf.Type): PatchSchema {
  let schema = cache.get(type);
  if (!schema) {
    schema = new MessageSchema(type);
    cache.set(type, schema);
  }
  return schema;
}

/** Fields are built on first lookup, so recursive messages need no special care. */
class MessageSchema implements PatchSchema {
  readonly name: string;
  // Private (#) so that printing or comparing a schema never walks the whole reflection tree.
  readonly #type: protobuf.Type;
  #fields: Map<string, FieldSchema> | undefined;

  constructor(type: protobuf.Type) {
    this.name = type.fullName.replace(/^\./, '');
    this.#type = type;
  }

  field(name: string): FieldSchema | undefined {
    this.#fields ??= new Map(this.#type.fieldsArray.map((f) => [f.name, fieldSchema(f)]));
    return this.#fields.get(name);
  }
}

/** A proto map's node: every key holds a value of the same schema. */
class MapSchema implements PatchSchema {
  readonly #value: FieldSchema;

  constructor(
    readonly name: string,
    value: FieldSchema,
  ) {
    this.#value = value;
  }

  field(): FieldSchema {
    return this.#value;
  }
}

function fieldSchema(field: protobuf.Field): FieldSchema {
  field.resolve();
  const meta = patchMeta(field);
  const element = elementOf(field);
  if (field instanceof protobuf.MapField) {
    const value: FieldSchema = { ...element, patchStrategies: NO_KEYS, listMapKeys: NO_KEYS };
    return {
      ...meta,
      kind: 'map',
      schema: new MapSchema(`map<${field.keyType}, ${field.type}>`, value),
      elementKind: element.kind === 'object' ? 'object' : 'scalar',
    };
  }
  if (field.repeated) {
    return { ...meta, kind: 'list', schema: element.schema, elementKind: element.kind === 'object' ? 'object' : 'scalar' };
  }
  return { ...meta, ...element };
}

function elementOf(field: protobuf.Field): { kind: 'scalar' | 'object'; schema: PatchSchema } {
  const t = field.resolvedType;
  if (t instanceof protobuf.Type && !SCALAR_MESSAGES.has(t.fullName)) {
    return { kind: 'object', schema: schemaForType(t) };
  }
  return { kind: 'scalar', schema: unknownSchema };
}

type PatchMeta = Omit<FieldSchema, 'kind' | 'schema' | 'elementKind'>;

function patchMeta(field: protobuf.Field): PatchMeta {
  const values = (option: string): string[] => {
    const parsed: unknown = field.parsedOptions;
    const out: string[] = [];
    if (Array.isArray(parsed)) {
      for (const entry of parsed as unknown[]) {
        const v = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)[option] : undefined;
        if (typeof v === 'string') out.push(v);
      }
    }
    // Options set without parsedOptions (a hand-built reflection object) still count.
    const single = field.options?.[option];
    if (out.length === 0 && typeof single === 'string') out.push(single);
    return out;
  };
  const one = (option: string): string | undefined => values(option).at(-1);
  const strategy = one(OPTION.patchStrategy);
  return {
    patchStrategies: strategy ? Object.freeze(strategy.split(',').map((s) => s.trim()).filter(Boolean)) : NO_KEYS,
    patchMergeKey: one(OPTION.patchMergeKey),
    listType: one(OPTION.listType),
    listMapKeys: Object.freeze(values(OPTION.listMapKeys)),
    mapType: one(OPTION.mapType),
    structType: one(OPTION.structType),
  };
}
