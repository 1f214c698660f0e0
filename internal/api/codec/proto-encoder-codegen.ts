/**
 * Generates, per protobufjs message type, the source of the function the proto encoder runs:
 * `write(m, buf, p, q)` writes message `m` backwards so that it ends at `p`, and returns where it
 * starts (q is the nesting depth). Writing backwards means a nested message's length is known once
 * its bytes are written, so one pass over the object is enough and nothing is recorded.
 *
 * The source follows protobufjs' own generated encoder (src/encoder.js) field by field, mirrored:
 * fields by number (written last to first); a singular or map field when `!= null` and an own
 * property, a proto2 required one always; a repeated field when `!= null` and non-empty, with no
 * own-property check; packed repeated scalars as one length-delimited run; a map entry as key (1)
 * and value (2), both always written, keys in Object.keys order and converted from their string
 * form as Writer's methods convert them; enums as int32. A present zero is written: protobufjs
 * never skips a default. The recursion limit is protobufjs' (`util.recursionLimit`), with its error.
 */
import protobuf from 'protobufjs';

/** The source of one type's write function, and the types it calls by index (`T[i]`). */
export interface EncoderSource {
  readonly write: string;
  readonly deps: readonly protobuf.Type[];
}

/** A scalar's wire type, whether it can be packed, and the name of its writer in wire-writer.ts. */
interface ScalarCodec {
  readonly wireType: number;
  readonly packable: boolean;
  readonly put: string;
}

const SCALARS: Readonly<Record<string, ScalarCodec>> = {
  double: { wireType: 1, packable: true, put: 'putDouble' },
  float: { wireType: 5, packable: true, put: 'putFloat' },
  int32: { wireType: 0, packable: true, put: 'putInt32' },
  uint32: { wireType: 0, packable: true, put: 'putUint32' },
  sint32: { wireType: 0, packable: true, put: 'putSint32' },
  fixed32: { wireType: 5, packable: true, put: 'putFixed32' },
  sfixed32: { wireType: 5, packable: true, put: 'putFixed32' },
  int64: { wireType: 0, packable: true, put: 'putInt64' },
  uint64: { wireType: 0, packable: true, put: 'putInt64' },
  sint64: { wireType: 0, packable: true, put: 'putSint64' },
  fixed64: { wireType: 1, packable: true, put: 'putFixed64' },
  sfixed64: { wireType: 1, packable: true, put: 'putFixed64' },
  bool: { wireType: 0, packable: true, put: 'putBool' },
  string: { wireType: 2, packable: false, put: 'putString' },
  bytes: { wireType: 2, packable: false, put: 'putBytes' },
};

/** Statements that write a field tag (a uint32 varint, as protobufjs writes it) backwards. */
function putTag(id: number, wireType: number): string {
  let v = ((id << 3) | wireType) >>> 0;
  const bytes: number[] = [];
  while (v > 127) {
    bytes.push((v & 127) | 128);
    v >>>= 7;
  }
  bytes.push(v);
  return bytes
    .reverse()
    .map((b) => `buf[--p]=${b};`)
    .join('');
}

/** True if the type and every type it reaches can be generated (protobufjs groups cannot). */
export function isGeneratable(type: protobuf.Type, seen = new Set<protobuf.Type>()): boolean {
  if (seen.has(type)) return true;
  seen.add(type);
  for (const field of type.fieldsArray) {
    field.resolve();
    if (field.delimited) return false;
    const resolved = field.resolvedType;
    if (resolved instanceof protobuf.Type) {
      if (!isGeneratable(resolved, seen)) return false;
    } else if (!(resolved instanceof protobuf.Enum) && SCALARS[field.type] === undefined) return false;
    if (field instanceof protobuf.MapField && SCALARS[field.keyType] === undefined) return false;
  }
  return true;
}

/** Generates the source of `type`'s write function (its fields must be resolved). */
export function generateEncoder(type: protobuf.Type): EncoderSource {
  const deps: protobuf.Type[] = [];
  const depOf = (t: protobuf.Type): string => {
    let i = deps.indexOf(t);
    if (i < 0) i = deps.push(t) - 1;
    return `T[${i}]`;
  };
  // A message value ends at p; its length prefix goes in front of it.
  const putMessage = (dep: string, value: string): string => `{const e=p;p=${dep}.write(${value},buf,p,q+1);p=putVarint(buf,p,e-p);}`;
  // protobufjs sorts a copy of fieldsArray by id (a stable sort; ids are unique).
  const fields = type.fieldsArray.slice().sort((a, b) => a.id - b.id);
  const statements: string[] = [];
  let ownChecked = false;

  for (const field of fields) {
    field.resolve();
    const name = JSON.stringify(field.name);
    const resolved = field.resolvedType;
    const message = resolved instanceof protobuf.Type ? depOf(resolved) : undefined;
    const scalar = message === undefined ? SCALARS[resolved instanceof protobuf.Enum ? 'int32' : field.type]! : undefined;
    const putValue = (value: string): string => (message ? putMessage(message, value) : `p=${scalar!.put}(buf,p,${value});`);
    const present = `if(v!=null&&(own||has.call(m,${name})))`;
    let body: string;

    if (field instanceof protobuf.MapField) {
      ownChecked = true;
      const key = SCALARS[field.keyType]!;
      body =
        `${present}{const ks=Object.keys(v);for(let i=ks.length-1;i>=0;i--){const k=ks[i];const e=p;` +
        `${putValue('v[k]')}${putTag(2, scalar ? scalar.wireType : 2)}p=${key.put}(buf,p,k);${putTag(1, key.wireType)}` +
        `p=putVarint(buf,p,e-p);${putTag(field.id, 2)}}}`;
    } else if (field.repeated && scalar && scalar.packable && field.packed) {
      body = `if(v!=null&&v.length){const e=p;for(let i=v.length-1;i>=0;i--)${putValue('v[i]')}p=putVarint(buf,p,e-p);${putTag(field.id, 2)}}`;
    } else if (field.repeated) {
      body = `if(v!=null&&v.length)for(let i=v.length-1;i>=0;i--){${putValue('v[i]')}${putTag(field.id, scalar ? scalar.wireType : 2)}}`;
    } else {
      // A proto2 required field is written whatever it holds, as protobufjs does (and fails as it does).
      if (!field.required) ownChecked = true;
      body = `${field.required ? '' : present}{${putValue('v')}${putTag(field.id, scalar ? scalar.wireType : 2)}}`;
    }
    statements.push(`v=m[${name}];${body}`);
  }

  // Every present property of a plain object is its own, so the own-property check protobufjs
  // makes matters only for other objects: protobufjs Message instances keep defaults on their
  // prototype. `constructor === Object` tells a plain object at no cost (getPrototypeOf costs 7%),
  // unless a field has that name; it also takes Object.create(plainObject) for plain, whose
  // inherited fields would then be written where protobufjs skips them: nothing makes those.
  const plain = fields.some((f) => f.name === 'constructor') ? 'getProto(m)===OBJECT_PROTO' : 'm.constructor===Object';
  return {
    write:
      `if(q>util.recursionLimit)throw Error("max depth exceeded");` +
      `${ownChecked ? `const own=${plain};` : ''}let v;\n${statements.reverse().join('\n')}\nreturn p`,
    deps,
  };
}
