import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import { KINDS, SUBRESOURCE_KINDS } from '../meta/kinds.js';
import { messageType, protoRoot } from '../proto/root.js';
import { planFor } from './field-plan.js';
import { encodeProto } from './proto-codec.js';
import { encodeMessage } from './proto-encoder.js';
import { randomObject, seededRandom } from './random-object.js';
import { utf8Length } from './wire-writer.js';

/** What protobufjs writes: the bytes the encoder must reproduce. */
function reference(type: protobuf.Type, m: object): Buffer {
  return Buffer.from(type.encode(m).finish());
}

/** What encodeProto wrote before it had its own encoder (enum names go through fromObject). */
function referenceEncodeProto(type: protobuf.Type, obj: object): Buffer {
  return reference(type, planFor(type).hasEnums ? type.fromObject(obj) : obj);
}

/**
 * The bytes of an encode, or the class of what it threw (protobufjs fails inside Node's Buffer
 * functions on a value it cannot write, the encoder by itself: the same TypeError, in other words).
 */
function outcome(encode: () => Buffer): string {
  try {
    return encode().toString('hex');
  } catch (err) {
    return (err as Error).name;
  }
}

function allTypes(ns: protobuf.NamespaceBase): protobuf.Type[] {
  return ns.nestedArray.flatMap((o) => [
    ...(o instanceof protobuf.Type ? [o] : []),
    ...(o instanceof protobuf.Namespace || o instanceof protobuf.Type ? allTypes(o) : []),
  ]);
}

const ROOT_TYPES = allTypes(protoRoot());

// A proto3 message with every scalar, map key and repeated shape protobufjs can encode, and the odd
// field numbers (two-byte and five-byte tags), none of which Skiff's own protos need (yet).
const SINK = protobuf.parse(`
  syntax = "proto3";
  package sink;
  enum Color { RED = 0; GREEN = 1; BLUE = 2; }
  message Inner {
    optional string name = 1;
    optional int32 n = 2;
    Inner next = 3;
    map<string, Inner> children = 4;
  }
  message Sink {
    double d = 1; float f = 2; int32 i32 = 3; uint32 u32 = 4; sint32 s32 = 5; fixed32 f32 = 6;
    sfixed32 sf32 = 7; int64 i64 = 8; uint64 u64 = 9; sint64 s64 = 10; fixed64 f64 = 11;
    sfixed64 sf64 = 12; bool b = 13; string s = 14; bytes by = 15; Color color = 16; Inner inner = 17;
    optional int32 oi32 = 18; optional string os = 19; optional bool ob = 20; optional int64 oi64 = 22;
    repeated double rd = 21; repeated float rf = 23; repeated int32 ri32 = 24; repeated uint32 ru32 = 25;
    repeated sint32 rs32 = 26; repeated fixed32 rf32 = 27; repeated sfixed32 rsf32 = 28;
    repeated int64 ri64 = 29; repeated uint64 ru64 = 30; repeated sint64 rs64 = 31;
    repeated fixed64 rf64 = 32; repeated sfixed64 rsf64 = 33; repeated bool rb = 34;
    repeated string rs = 35; repeated bytes rby = 36; repeated Color rcolor = 37; repeated Inner rinner = 38;
    repeated int32 unpacked = 40 [packed = false];
    map<string, string> mss = 50; map<int32, string> mis = 51; map<int64, Inner> mim = 52;
    map<bool, bytes> mbb = 53; map<uint32, Color> muc = 54; map<sint64, double> msd = 55;
    map<fixed32, int64> mfi = 56; map<string, Inner> msi = 57; map<sfixed64, sint32> mss64 = 58;
    oneof choice { string cs = 60; Inner ci = 61; }
    int32 wide = 3000;
    string widest = 536870911;
  }
`, { keepCase: true }).root;
SINK.resolveAll();
const SINK_TYPE = SINK.lookupType('sink.Sink');
const INNER_TYPE = SINK.lookupType('sink.Inner');

// The values protobufjs' writer converts in its own ways: out-of-range and fractional numbers,
// 64-bit values as strings and Longs, base64 strings and plain arrays as bytes, strings around the
// 40-unit line where protobufjs changes UTF-8 writers, lone and paired surrogates, enum names.
const LONG = protobuf.util.Long as unknown as { fromString(s: string, unsigned?: boolean): unknown };
const WILD: Readonly<Record<string, readonly unknown[]>> = {
  int32: [0, 1, -1, 127, 128, 300, -300, 2147483647, -2147483648, 3e9, -3e9, 1.5, -1.5, 70000],
  uint32: [0, 1, 127, 128, 16384, 4294967295, -1, 2 ** 32 + 5, 1.5],
  int64: [0, -0, 1, -1, 127, 128, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 32, 2 ** 32 - 1, 2 ** 40 + 3, -(2 ** 33), 1.5, -2.5, 2 ** 64 + 2 ** 12, NaN, '123', '-5', '9007199254740993', LONG.fromString('-77'), LONG.fromString('18446744073709551615', true)],
  double: [0, -0, 1.5, -2.25, NaN, Infinity, -Infinity, 1e300, 3.4e38, 0.1, 5e-324],
  bool: [true, false, 0, 1, 'x', ''],
  string: [Buffer.alloc(0), '', 'a', 'x'.repeat(39), 'x'.repeat(40), 'x'.repeat(200), 'ünïcödé', '日本語', '😀', 'a😀b', '\ud800', '\udc00x', '\ud800\ud800\udc00', '\udc00\ud800', 'é'.repeat(39), '😀'.repeat(30), 'y'.repeat(45) + '\ud800', 'é'.repeat(70)],
  bytes: [Buffer.alloc(0), Buffer.from([1, 2, 3]), Buffer.alloc(100, 7), 'aGVsbG8=', '', [1, 2, 300, -1], new Uint8Array([9, 8]), Buffer.alloc(200, 1), new String('aGk=')],
  enum: [0, 1, 2, 7, -1, 'GREEN', 'NOPE'],
};
const WILD_KIND: Readonly<Record<string, string>> = {
  int32: 'int32', sint32: 'int32', sfixed32: 'int32', uint32: 'uint32', fixed32: 'uint32',
  int64: 'int64', uint64: 'int64', sint64: 'int64', fixed64: 'int64', sfixed64: 'int64',
  double: 'double', float: 'double', bool: 'bool', string: 'string', bytes: 'bytes',
};
const WILD_KEYS: Readonly<Record<string, readonly string[]>> = {
  string: ['', 'k', '10', '2', 'ü', '😀', 'x'.repeat(50)],
  bool: ['true', 'false', '', '0'],
  int: ['0', '5', '-3', '300', '4294967295', '12345678901'],
};

/** A random value of the shape protobufjs accepts for `field`, from WILD. */
function wildValue(field: protobuf.Field, rnd: () => number, depth: number): unknown {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  if (field.resolvedType instanceof protobuf.Type) return wildObject(field.resolvedType, rnd, depth + 1);
  if (field.resolvedType instanceof protobuf.Enum) return pick(WILD.enum!);
  return pick(WILD[WILD_KIND[field.type]!]!);
}

/** A random object for `type` with WILD values, absent/null/empty fields, and maps with awkward keys. */
function wildObject(type: protobuf.Type, rnd: () => number, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (depth > 4) return out;
  for (const field of type.fieldsArray) {
    const r = rnd();
    if (r < 0.3) continue;
    if (r < 0.35) {
      out[field.name] = rnd() < 0.5 ? null : undefined;
      continue;
    }
    const n = Math.floor(rnd() * 4);
    if (field instanceof protobuf.MapField) {
      const keys = WILD_KEYS[field.keyType === 'string' ? 'string' : field.keyType === 'bool' ? 'bool' : 'int']!;
      const m: Record<string, unknown> = {};
      for (let i = 0; i < n; i++) m[keys[Math.floor(rnd() * keys.length)]!] = wildValue(field, rnd, depth);
      out[field.name] = m;
    } else if (field.repeated) {
      out[field.name] = Array.from({ length: n }, () => wildValue(field, rnd, depth));
    } else out[field.name] = wildValue(field, rnd, depth);
  }
  return out;
}

describe('encodeMessage is byte-identical to protobufjs', () => {
  it.each(ROOT_TYPES.map((t) => [t.fullName.slice(1), t] as const))('%s: random internal objects', (_name, type) => {
    const rnd = seededRandom(type.fullName.length * 7919 + type.fieldsArray.length);
    for (let i = 0; i < 25; i++) {
      const x = randomObject(type, rnd);
      // (Random objects leave out proto2 required fields at random: both sides then throw.)
      expect(outcome(() => encodeMessage(type, x))).toBe(outcome(() => reference(type, x)));
      expect(outcome(() => encodeProto(type, x))).toBe(outcome(() => referenceEncodeProto(type, x)));
    }
  });

  it.each(ROOT_TYPES.map((t) => [t.fullName.slice(1), t] as const))('%s: random wild values', (_name, type) => {
    const rnd = seededRandom(type.fullName.length * 104729 + 1);
    for (let i = 0; i < 10; i++) {
      const x = wildObject(type, rnd);
      expect(outcome(() => encodeMessage(type, x))).toBe(outcome(() => reference(type, x)));
    }
  });

  it('every scalar, map key and repeated shape, with wild values', () => {
    const rnd = seededRandom(42);
    let encoded = 0;
    for (let i = 0; i < 2000; i++) {
      const x = wildObject(SINK_TYPE, rnd);
      const bytes = outcome(() => encodeMessage(SINK_TYPE, x));
      expect(bytes).toBe(outcome(() => reference(SINK_TYPE, x)));
      if (bytes !== 'TypeError') encoded++;
    }
    expect(encoded).toBeGreaterThan(1500);
  });

  it.each<[string, unknown]>([
    ['a number', 5],
    ['a Buffer', Buffer.from('x')],
    ['an empty Buffer (written as an empty string)', Buffer.alloc(0)],
    ['an empty ArrayBuffer', new ArrayBuffer(0)],
    ['null in a list', [null]],
  ])('a string field holding %s', (_name, value) => {
    const x = Array.isArray(value) ? { rs: value } : { s: value, os: value };
    expect(outcome(() => encodeMessage(SINK_TYPE, x))).toBe(outcome(() => reference(SINK_TYPE, x)));
  });

  it('protobufjs message instances: fields left at their prototype defaults are not written', () => {
    const rnd = seededRandom(7);
    for (const name of ['skiff.core.v1.Pod', 'skiff.apps.v1.Deployment', 'skiff.api.v1.CreateRequest', 'grpc.health.v1.HealthCheckResponse']) {
      const type = messageType(name);
      for (let i = 0; i < 25; i++) {
        const message = type.fromObject(randomObject(type, rnd));
        expect(encodeMessage(type, message).toString('hex')).toBe(reference(type, message).toString('hex'));
      }
    }
    const empty = new (SINK_TYPE.ctor as new () => object)();
    expect(encodeMessage(SINK_TYPE, empty).length).toBe(0);
    // Objects without a prototype take the same own-property checks.
    const bare = Object.assign(Object.create(null) as object, { i32: -1, s: 'x', mss: { a: 'b' } });
    expect(encodeMessage(SINK_TYPE, bare).toString('hex')).toBe(reference(SINK_TYPE, bare).toString('hex'));
  });

  it('stops at protobufjs recursion limit, with its error', () => {
    const chain = (n: number): object => (n === 1 ? { n } : { n, next: chain(n - 1) });
    for (const depth of [100, 101, 102, 150]) {
      expect(outcome(() => encodeMessage(INNER_TYPE, chain(depth)))).toBe(outcome(() => reference(INNER_TYPE, chain(depth))));
    }
    expect(() => encodeMessage(INNER_TYPE, chain(102))).toThrow('max depth exceeded');
  });

  it('leaves types with groups to protobufjs', () => {
    const root = protobuf.parse('syntax = "proto2"; message G { optional int32 a = 1; repeated group Item = 2 { optional string s = 3; } }').root;
    const type = root.lookupType('G');
    const x = { a: 5, item: [{ s: 'x' }, {}] };
    expect(encodeMessage(type, x).toString('hex')).toBe(reference(type, x).toString('hex'));
  });

  it('proto2 packed and unpacked repeated fields', () => {
    const root = protobuf.parse('syntax = "proto2"; message P { repeated int32 a = 1; repeated int32 b = 2 [packed = true]; }').root;
    const type = root.lookupType('P');
    const x = { a: [1, -1, 300], b: [1, -1, 300] };
    expect(encodeMessage(type, x).toString('hex')).toBe('0801' + '08ffffffffffffffffff01' + '08ac02' + '120d01ffffffffffffffffff01ac02');
    expect(encodeMessage(type, x).toString('hex')).toBe(reference(type, x).toString('hex'));
  });
});

describe('encodeMessage with messages of every size', () => {
  const pod = messageType('skiff.core.v1.Pod');
  const podList = messageType('skiff.core.v1.PodList');
  const secret = messageType('skiff.core.v1.Secret');

  it.each([
    ['a list past the first scratch buffer (64 KiB)', 150],
    ['a list past the largest scratch buffer (1 MiB), written into its own Buffer', 2500],
  ])('%s', (_name, n) => {
    const rnd = seededRandom(n);
    const items = Array.from({ length: n }, (_, i) => ({ ...randomObject(pod, rnd), metadata: { name: `pod-${i}`, annotations: { note: 'ü'.repeat(200) } } }));
    const list = { metadata: { resourceVersion: '9' }, items };
    expect(encodeMessage(podList, list).equals(reference(podList, list))).toBe(true);
    const small = randomObject(pod, rnd);
    expect(encodeMessage(pod, small).equals(reference(pod, small))).toBe(true);
  });

  it('long strings and bytes that fall off the front of the scratch buffer', () => {
    const x = { metadata: { name: 'x'.repeat(100_000), annotations: { a: 'é'.repeat(50_000) } }, data: { big: Buffer.alloc(3_000_000, 7), small: Buffer.from('hi') } };
    expect(encodeMessage(secret, x).equals(reference(secret, x))).toBe(true);
  });

  it('an encode started while another one runs (from a getter) does not disturb it', () => {
    const inner = { metadata: { name: 'inner' } };
    const outer = {
      metadata: {
        get name(): string {
          return encodeMessage(pod, inner).toString('hex');
        },
      },
      spec: { nodeName: 'n' },
    };
    expect(encodeMessage(pod, outer).equals(reference(pod, outer))).toBe(true);
  });
});

describe('encodeProto edge cases match protobufjs', () => {
  const pod = messageType('skiff.core.v1.Pod');
  const secret = messageType('skiff.core.v1.Secret');
  const service = messageType('skiff.core.v1.Service');
  const revision = messageType('skiff.apps.v1.ControllerRevision');
  const cell = messageType('skiff.meta.v1.TableCell');

  it.each<[string, protobuf.Type, object, string?]>([
    ['negative int32 (ten bytes)', pod, { spec: { containers: [{ ports: [{ containerPort: -1 }] }] } }],
    ['negative int64', pod, { metadata: { generation: -5 } }],
    ['max safe int64', pod, { metadata: { generation: Number.MAX_SAFE_INTEGER } }],
    ['min safe int64', pod, { metadata: { generation: -Number.MAX_SAFE_INTEGER } }],
    ['int64 at 2^32', pod, { metadata: { generation: 2 ** 32 } }],
    ['empty string present', pod, { spec: { nodeName: '' } }, '22026200'],
    ['present false and 0 in optional fields', pod, { spec: { hostNetwork: false, terminationGracePeriodSeconds: 0 } }],
    ['empty maps and lists write nothing', pod, { metadata: { labels: {}, finalizers: [] }, spec: { containers: [] } }, '1a002200'],
    ['null fields write nothing', pod, { metadata: { name: null, labels: null }, spec: null }, '1a00'],
    ['unicode, astral plane included', pod, { metadata: { name: 'ünïcödé-日本-😀', annotations: { '😀': '𝄞'.repeat(30) } } }],
    ['a lone surrogate in a short string (kept as three bytes)', pod, { metadata: { name: 'a\ud800b' } }, '1a070a0561eda08062'],
    ['a lone surrogate in a long string (U+FFFD)', pod, { metadata: { name: 'x'.repeat(40) + '\ud800' } }],
    ['a string of 128 bytes (two-byte length)', pod, { metadata: { name: 'é'.repeat(64) } }],
    ['Buffers, empty and not', secret, { data: { a: Buffer.from('hunter2'), b: Buffer.alloc(0), c: Buffer.alloc(300, 1) } }],
    ['int-or-string, int arm', service, { spec: { ports: [{ port: 80, targetPort: { intVal: 8080 } }] } }],
    ['int-or-string, string arm', service, { spec: { ports: [{ port: 443, targetPort: { strVal: 'https' } }] } }],
    ['int-or-string, int arm 0 and empty string', service, { spec: { ports: [{ targetPort: { intVal: 0 } }, { targetPort: { strVal: '' } }] } }],
    ['raw JSON string field', revision, { data: JSON.stringify({ spec: { template: { metadata: { labels: { app: 'ü' } } } } }), revision: 3 }],
    ['oneof scalars: int64, double, bool', cell, { intValue: -2, numberValue: 0.1, boolValue: false }],
    ['proto3 repeated int64: packed', pod, { spec: { securityContext: { supplementalGroups: [0, -1, Number.MAX_SAFE_INTEGER] } } }, '2218' + '8a0115' + '2213' + '00' + 'ffffffffffffffffff01' + 'ffffffffffffff0f'],
    ['an integer-like map key comes first, as Object.keys orders it', pod, { metadata: { labels: { b: '1', 10: '2', a: '3', 2: '4' } } }],
  ])('%s', (_name, type, x, hex) => {
    const bytes = encodeProto(type, x);
    expect(bytes.toString('hex')).toBe(referenceEncodeProto(type, x).toString('hex'));
    if (hex !== undefined) expect(bytes.toString('hex')).toBe(hex);
  });

  it('nested maps of messages', () => {
    const x = { msi: { a: { name: 'x', children: { b: { n: -1 }, '': {} } }, '': {} }, mim: { '-1': { next: { next: {} } } } };
    expect(encodeMessage(SINK_TYPE, x).toString('hex')).toBe(reference(SINK_TYPE, x).toString('hex'));
  });

  it('enum names become numbers, as fromObject makes them', () => {
    const health = messageType('grpc.health.v1.HealthCheckResponse');
    expect(encodeProto(health, { status: 'SERVING' }).toString('hex')).toBe('0801');
    expect(encodeProto(health, { status: 'NOT_SERVING' }).toString('hex')).toBe(referenceEncodeProto(health, { status: 'NOT_SERVING' }).toString('hex'));
    expect(encodeProto(health, { status: 'BOGUS' }).length).toBe(0);
  });

  it.each(KINDS.map((k) => k.protoType))('%s and its list encode as protobufjs does', (name) => {
    const rnd = seededRandom(name.length);
    const type = messageType(name);
    const list = protoRoot().lookup(`${name}List`);
    for (let i = 0; i < 10; i++) {
      const x = randomObject(type, rnd);
      expect(encodeProto(type, x).equals(referenceEncodeProto(type, x))).toBe(true);
      if (list instanceof protobuf.Type) {
        const l = { metadata: { resourceVersion: '7' }, items: [x, randomObject(type, rnd), {}] };
        expect(encodeProto(list, l).equals(referenceEncodeProto(list, l))).toBe(true);
      }
    }
  });

  it.each(SUBRESOURCE_KINDS.map((k) => k.protoType))('subresource kind %s encodes as protobufjs does', (name) => {
    const rnd = seededRandom(name.length + 1);
    const type = messageType(name);
    for (let i = 0; i < 10; i++) {
      const x = randomObject(type, rnd);
      expect(encodeProto(type, x).equals(referenceEncodeProto(type, x))).toBe(true);
    }
  });
});

describe('utf8Length', () => {
  it('agrees with Buffer.byteLength, lone surrogates included', () => {
    const units = ['a', 'é', '日', '\ud83d', '\ude00', '\ud800', '\udc00', 'z'];
    const rnd = seededRandom(3);
    for (let i = 0; i < 2000; i++) {
      const s = Array.from({ length: Math.floor(rnd() * 50) }, () => units[Math.floor(rnd() * units.length)]).join('');
      expect(utf8Length(s)).toBe(Buffer.byteLength(s));
    }
  });
});
