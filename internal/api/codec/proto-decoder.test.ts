import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import { KINDS, SUBRESOURCE_KINDS } from '../meta/kinds.js';
import { messageType, protoRoot } from '../proto/root.js';
import { decodeProto, decodeProtoReference } from './proto-codec.js';
import { planFor } from './field-plan.js';
import { decodeProtoFast } from './proto-decoder.js';
import { DecodeBailout } from './wire-reader.js';
import { randomObject, seededRandom } from './random-object.js';
import { samplePod } from './sample-pod.js';

/** What a decode gave: its value, or the class and message of what it threw. */
type Outcome = { value: unknown } | { error: string };

function outcome(decode: () => unknown): Outcome {
  try {
    return { value: decode() };
  } catch (err) {
    return { error: `${(err as Error).name}: ${(err as Error).message}` };
  }
}

/**
 * Decodes `bytes` every way and checks them against protobufjs' decode + toObject: decodeProto gives
 * the same value or the same error, and the fast decoder either gives the same value or bails out.
 * Returns the reference outcome and whether the fast decoder answered by itself.
 */
function expectSameAsReference(type: protobuf.Type, bytes: Uint8Array): { reference: Outcome; fast: boolean } {
  const reference = outcome(() => decodeProtoReference(type, bytes));
  expect(outcome(() => decodeProto(type, bytes))).toStrictEqual(reference);
  if (!Buffer.isBuffer(bytes)) return { reference, fast: false };
  const fast = outcome(() => decodeProtoFast(type, bytes));
  if ('error' in fast) {
    expect(fast.error).toBe('DecodeBailout: fast proto decode bailed out');
    return { reference, fast: false };
  }
  expect(fast).toStrictEqual(reference);
  return { reference, fast: true };
}

/** Every message type of the loaded protos, nested ones included. */
function allTypes(ns: protobuf.NamespaceBase): protobuf.Type[] {
  return ns.nestedArray.flatMap((n) => [...(n instanceof protobuf.Type ? [n] : []), ...(n instanceof protobuf.Namespace ? allTypes(n) : [])]);
}

/** Encodes with protobufjs itself, as encodeProto did before it had its own encoder: these tests are about decoding. */
function encodeProto(type: protobuf.Type, obj: object): Buffer {
  const bytes = type.encode(planFor(type).hasEnums ? type.fromObject(obj) : obj).finish();
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const writer = (): protobuf.Writer => protobuf.Writer.create();
const tag = (type: protobuf.Type, field: string, wireType: number): number => type.fields[field]!.id * 8 + wireType;
const bytesOf = (w: protobuf.Writer): Buffer => Buffer.from(w.finish());

// A test-only schema with every scalar type, enums, maps of each kind, a recursive message and a oneof.
const TEST_PROTO = `
syntax = "proto3";
package decodertest;
enum Colour { RED = 0; GREEN = 1; BLUE = 2; }
message Leaf { optional string name = 1; optional int64 big = 2; }
message Node { optional Node child = 1; optional string name = 2; }
message All {
  optional int32 i32 = 1; optional uint32 u32 = 2; optional sint32 s32 = 3; optional fixed32 f32 = 4; optional sfixed32 sf32 = 5;
  optional int64 i64 = 6; optional uint64 u64 = 7; optional sint64 s64 = 8; optional fixed64 f64 = 9; optional sfixed64 sf64 = 10;
  optional bool b = 11; optional float fl = 12; optional double db = 13; optional string s = 14; optional bytes by = 15;
  optional Colour colour = 16; optional Leaf leaf = 17;
  repeated int32 ri32 = 18; repeated sint64 rs64 = 19 [packed = false]; repeated double rdb = 20; repeated Colour rcolour = 21;
  repeated string rs = 22; repeated bytes rby = 23; repeated Leaf rleaf = 24; repeated fixed32 rf32 = 25; repeated bool rb = 26;
  map<string, Leaf> leaves = 27; map<string, Colour> colours = 28; map<int32, string> byNumber = 29;
  map<string, bytes> blobs = 30; map<string, int64> counts = 31;
  oneof choice { string text = 32; int32 number = 33; Leaf nested = 34; }
  int32 plain = 35;
  optional string late = 2000;
}
`;
const testRoot = protobuf.parse(TEST_PROTO, { keepCase: true }).root;
testRoot.resolveAll();
const All = testRoot.lookupType('decodertest.All');
const Node = testRoot.lookupType('decodertest.Node');

/** A random value for protobufjs' fromObject of the test schema, edge values included (unsafe int64s among them). */
function randomAll(rnd: () => number): Record<string, unknown> {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const STRINGS = ['', 'a', 'ünïcödé ✓', 'x'.repeat(31), 'y'.repeat(32), 'long ' + 'z'.repeat(300), '日本語'.repeat(20)];
  const INT64 = [0, 1, -1, 2 ** 31, -(2 ** 31), 2 ** 32 + 5, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, '9007199254740992', '-9007199254740992', '9223372036854775807'];
  const UINT64 = [0, 1, 2 ** 32, Number.MAX_SAFE_INTEGER, '9007199254740992', '18446744073709551615'];
  const scalars: Record<string, () => unknown> = {
    i32: () => pick([0, 1, -1, 127, 128, 2 ** 31 - 1, -(2 ** 31)]),
    u32: () => pick([0, 1, 2 ** 32 - 1, 2 ** 28]),
    s32: () => pick([0, -1, 1, 2 ** 31 - 1, -(2 ** 31)]),
    f32: () => pick([0, 2 ** 32 - 1]),
    sf32: () => pick([0, -1, -(2 ** 31)]),
    i64: () => pick(INT64),
    u64: () => pick(UINT64),
    s64: () => pick(INT64),
    f64: () => pick(UINT64),
    sf64: () => pick(INT64),
    b: () => rnd() < 0.5,
    fl: () => pick([0, 1.5, -0, Infinity, NaN, 3.4e38]),
    db: () => pick([0, -0, 0.1, -1e300, Infinity, NaN]),
    s: () => pick(STRINGS),
    by: () => Buffer.from(pick(STRINGS)),
    colour: () => pick(['RED', 'GREEN', 'BLUE', 7]),
    plain: () => pick([0, 5, -5]),
    late: () => pick(STRINGS),
  };
  const leaf = (): Record<string, unknown> => (rnd() < 0.5 ? { name: pick(STRINGS) } : { name: pick(STRINGS), big: pick(INT64) });
  const list = <T>(make: () => T): T[] => Array.from({ length: Math.floor(rnd() * 4) }, make);
  const map = <T>(make: () => T): Record<string, T> => Object.fromEntries(list(() => [pick(STRINGS), make()]));
  const out: Record<string, unknown> = {};
  for (const [name, make] of Object.entries(scalars)) if (rnd() < 0.5) out[name] = make();
  if (rnd() < 0.5) out.leaf = leaf();
  const lists: Record<string, () => unknown> = {
    ri32: scalars.i32!, rs64: scalars.s64!, rdb: scalars.db!, rcolour: scalars.colour!, rs: scalars.s!,
    rby: scalars.by!, rleaf: leaf, rf32: scalars.f32!, rb: scalars.b!,
  };
  for (const [name, make] of Object.entries(lists)) if (rnd() < 0.5) out[name] = list(make);
  if (rnd() < 0.5) out.leaves = map(leaf);
  if (rnd() < 0.5) out.colours = map(scalars.colour!);
  if (rnd() < 0.5) out.blobs = map(scalars.by!);
  if (rnd() < 0.5) out.counts = map(scalars.i64!);
  const choice = Math.floor(rnd() * 4);
  if (choice === 1) out.text = pick(STRINGS);
  if (choice === 2) out.number = scalars.i32!();
  if (choice === 3) out.nested = leaf();
  return out;
}

/** The benchmarks' pod as the server stores it: with server-set metadata, more spec and a status. */
const sent = samplePod('web-5d8f7c9b6d-x7k2p');
const POD = {
  ...sent,
  metadata: {
    ...sent.metadata,
    uid: '0b5c1b3e-8a4e-4a55-9c1c-2f6d1e0a9b7c',
    resourceVersion: '1042',
    generation: 1,
    creationTimestamp: '2024-05-01T12:00:00Z',
    ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-5d8f7c9b6d', uid: 'f1e2d3c4', controller: true }],
  },
  spec: { ...sent.spec, terminationGracePeriodSeconds: 30, securityContext: { runAsUser: 1000, supplementalGroups: [1000, 2000] } },
  status: { phase: 'Running', podIP: '10.0.0.7', conditions: [{ type: 'Ready', status: 'True' }] },
};

const pod = messageType('skiff.core.v1.Pod');
const meta = messageType('skiff.meta.v1.ObjectMeta');
const podBytes = encodeProto(pod, POD);
const createRequest = messageType('skiff.api.v1.CreateRequest');
const createBytes = encodeProto(createRequest, { ref: { version: 'v1', resource: 'pods', namespace: 'default' }, object: { pod: POD } });

describe('every proto type decodes exactly as protobufjs decode + toObject do', () => {
  // Every kind, list, envelope, request and response, and gRPC health; not protobuf's own descriptor
  // types, which are loaded for custom options only (and whose proto2 `required` fields the fast
  // decoder leaves to protobufjs).
  const types = allTypes(protoRoot()).filter((t) => !t.fullName.startsWith('.google.protobuf.'));

  it('covers every kind, its list, and every Api message', () => {
    const names = new Set(types.map((t) => t.fullName.slice(1)));
    for (const k of [...KINDS, ...SUBRESOURCE_KINDS]) expect(names).toContain(k.protoType);
    for (const k of KINDS.filter((k) => k.persisted)) expect(names).toContain(`${k.protoType}List`);
    for (const m of ['CreateRequest', 'ListResponse', 'WatchEvents', 'DiscoveryResponse', 'Warnings']) expect(names).toContain(`skiff.api.v1.${m}`);
  });

  it.each(types.map((t) => [t.fullName.slice(1), t] as const))('%s', (name, type) => {
    const rnd = seededRandom(name.length * 31337 + name.charCodeAt(name.length - 1));
    for (let i = 0; i < 20; i++) {
      const bytes = encodeProto(type, randomObject(type, rnd));
      const { reference, fast } = expectSameAsReference(type, bytes);
      expect(reference).toHaveProperty('value');
      expect(fast).toBe(true);
    }
  });
});

describe('the fast decoder on every scalar, list, map and oneof shape', () => {
  it('matches protobufjs on random values, edge values included, and answers by itself when every int64 is safe', () => {
    const rnd = seededRandom(2024);
    let fast = 0;
    let unsafe = 0;
    for (let i = 0; i < 400; i++) {
      const bytes = bytesOf(All.encode(All.fromObject(randomAll(rnd))));
      const result = expectSameAsReference(All, bytes);
      if (result.fast) fast++;
      else {
        expect(result.reference).toHaveProperty('error', expect.stringMatching(/^DecodeError: .* does not fit exactly in a JavaScript number/));
        unsafe++;
      }
    }
    expect(fast).toBeGreaterThan(50);
    expect(unsafe).toBeGreaterThan(50);
  });

  it('renders enums as toObject does: the name, or the number an enum does not name', () => {
    const bytes = bytesOf(All.encode(All.fromObject({ colour: 'BLUE', rcolour: ['GREEN', 9], colours: { a: 'BLUE', b: 9 } })));
    expect(decodeProtoFast(All, bytes)).toStrictEqual({ colour: 'BLUE', rcolour: ['GREEN', 9], colours: { a: 'BLUE', b: 9 } });
    expectSameAsReference(All, bytes);
    const health = messageType('grpc.health.v1.HealthCheckResponse');
    expect(decodeProtoFast(health, Buffer.from([8, 1]))).toStrictEqual({ status: 'SERVING' });
  });

  it('reads packed and unpacked lists alike, and merges a list split over several runs', () => {
    const packed = bytesOf(writer().uint32(tag(All, 'ri32', 2)).fork().int32(1).int32(-1).ldelim().uint32(tag(All, 's', 2)).string('x').uint32(tag(All, 'ri32', 2)).fork().int32(3).ldelim());
    const unpacked = bytesOf(writer().uint32(tag(All, 'ri32', 0)).int32(1).uint32(tag(All, 'ri32', 0)).int32(-1).uint32(tag(All, 's', 2)).string('x').uint32(tag(All, 'ri32', 0)).int32(3));
    const mixed = bytesOf(writer().uint32(tag(All, 'ri32', 0)).int32(1).uint32(tag(All, 'ri32', 2)).fork().int32(-1).ldelim().uint32(tag(All, 's', 2)).string('x').uint32(tag(All, 'ri32', 0)).int32(3));
    for (const bytes of [packed, unpacked, mixed]) {
      expect(decodeProtoFast(All, bytes)).toStrictEqual({ ri32: [1, -1, 3], s: 'x' });
      expectSameAsReference(All, bytes);
    }
    // A packed sint64 list declared unpacked is still read, as protobufjs reads it.
    const rs64 = bytesOf(writer().uint32(tag(All, 'rs64', 2)).fork().sint64(-2).sint64(2).ldelim());
    expect(decodeProtoFast(All, rs64)).toStrictEqual({ rs64: [-2, 2] });
  });

  it('leaves an empty packed list absent, as toObject does', () => {
    const bytes = bytesOf(writer().uint32(tag(All, 'ri32', 2)).uint32(0));
    expect(decodeProtoFast(All, bytes)).toStrictEqual({});
    expectSameAsReference(All, bytes);
  });

  it('merges a map split over several runs, the last entry of a key winning', () => {
    const labels = tag(meta, 'labels', 2);
    const entry = (w: protobuf.Writer, k: string, v: string): protobuf.Writer => w.uint32(labels).fork().uint32(10).string(k).uint32(18).string(v).ldelim();
    const bytes = bytesOf(entry(entry(writer(), 'a', '1').uint32(tag(meta, 'name', 2)).string('n'), 'b', '2').uint32(labels).fork().uint32(10).string('a').uint32(18).string('3').ldelim());
    expect(decodeProtoFast(meta, bytes)).toStrictEqual({ name: 'n', labels: { a: '3', b: '2' } });
    expectSameAsReference(meta, bytes);
  });

  it('gives a map entry without a key the key "", and one without a value its type default (bytes: an empty array)', () => {
    const secret = messageType('skiff.core.v1.Secret');
    const bytes = bytesOf(
      writer()
        .uint32(tag(secret, 'data', 2)).fork().uint32(10).string('k').ldelim()
        .uint32(tag(secret, 'stringData', 2)).fork().uint32(18).string('v').ldelim(),
    );
    expect(decodeProtoFast(secret, bytes)).toStrictEqual({ data: { k: [] }, stringData: { '': 'v' } });
    expectSameAsReference(secret, bytes);
    const colours = bytesOf(writer().uint32(tag(All, 'colours', 2)).fork().uint32(10).string('k').ldelim());
    expect(decodeProtoFast(All, colours)).toStrictEqual({ colours: { k: 'RED' } });
  });

  it('leaves a map entry without its message value, and a map with non-string keys, to protobufjs', () => {
    const noValue = bytesOf(writer().uint32(tag(All, 'leaves', 2)).fork().uint32(10).string('k').ldelim());
    expect(() => decodeProtoFast(All, noValue)).toThrow(DecodeBailout);
    expectSameAsReference(All, noValue);
    const byNumber = bytesOf(All.encode(All.fromObject({ byNumber: { 7: 'seven', [-1]: 'minus' } })));
    expect(() => decodeProtoFast(All, byNumber)).toThrow(DecodeBailout);
    expect(decodeProto(All, byNumber)).toStrictEqual({ byNumber: { 7: 'seven', '-1': 'minus' } });
    expectSameAsReference(All, byNumber);
  });

  it('keeps a __proto__ map key as an own key, as protobufjs does', () => {
    const bytes = bytesOf(writer().uint32(tag(meta, 'labels', 2)).fork().uint32(10).string('__proto__').uint32(18).string('v').ldelim());
    const labels = (decodeProtoFast(meta, bytes) as { labels: Record<string, unknown> }).labels;
    expect(Object.keys(labels)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(labels)).toBe(Object.prototype);
    expectSameAsReference(meta, bytes);
  });

  it('keeps a present zero or empty value of an optional scalar', () => {
    const spec = messageType('skiff.core.v1.PodSpec');
    const bytes = encodeProto(spec, { terminationGracePeriodSeconds: 0, hostNetwork: false, nodeName: '' });
    expect(decodeProtoFast(spec, bytes)).toStrictEqual({ terminationGracePeriodSeconds: 0, hostNetwork: false, nodeName: '' });
    expectSameAsReference(spec, bytes);
    // Without `optional` too: a zero on the wire is kept, as toObject keeps every own property.
    const plain = bytesOf(writer().uint32(tag(All, 'plain', 0)).int32(0));
    expect(decodeProtoFast(All, plain)).toStrictEqual({ plain: 0 });
  });

  it('replaces a message field given twice instead of merging it, as protobufjs does (the spec merges)', () => {
    const metadata = tag(pod, 'metadata', 2);
    const bytes = bytesOf(
      writer()
        .uint32(metadata).fork().uint32(tag(meta, 'name', 2)).string('a').uint32(tag(meta, 'namespace', 2)).string('ns').ldelim()
        .uint32(metadata).fork().uint32(tag(meta, 'name', 2)).string('b').ldelim(),
    );
    expect(decodeProtoFast(pod, bytes)).toStrictEqual({ metadata: { name: 'b' } });
    expectSameAsReference(pod, bytes);
  });

  it('lets the last value of a scalar given twice win', () => {
    const bytes = bytesOf(writer().uint32(tag(meta, 'name', 2)).string('a').uint32(tag(meta, 'generation', 0)).int64(1).uint32(tag(meta, 'name', 2)).string('b').uint32(tag(meta, 'generation', 0)).int64(2));
    expect(decodeProtoFast(meta, bytes)).toStrictEqual({ name: 'b', generation: 2 });
  });

  it('keeps every member of a oneof given on the wire, as protobufjs does (the spec keeps the last)', () => {
    const ios = messageType('skiff.meta.v1.IntOrString');
    const bytes = bytesOf(writer().uint32(tag(ios, 'strVal', 2)).string('http').uint32(tag(ios, 'intVal', 0)).int32(80));
    expect(decodeProtoFast(ios, bytes)).toStrictEqual({ strVal: 'http', intVal: 80 });
    expectSameAsReference(ios, bytes);
  });

  it('skips unknown fields of every wire type', () => {
    const unknown = (w: protobuf.Writer): protobuf.Writer =>
      w.uint32((900 << 3) | 0).uint64('18446744073709551615').uint32((901 << 3) | 1).fixed64(7).uint32((902 << 3) | 2).string('skip me').uint32((903 << 3) | 5).fixed32(9);
    const bytes = bytesOf(unknown(writer().uint32(tag(meta, 'name', 2)).string('n')).uint32(tag(meta, 'namespace', 2)).string('ns'));
    expect(decodeProtoFast(meta, bytes)).toStrictEqual({ name: 'n', namespace: 'ns' });
    expectSameAsReference(meta, bytes);
    // Inside a nested message and a map entry too.
    const nested = bytesOf(writer().uint32(tag(pod, 'metadata', 2)).fork().uint32(tag(meta, 'labels', 2)).fork().uint32(10).string('k').uint32((3 << 3) | 5).fixed32(1).uint32(18).string('v').ldelim().ldelim());
    expect(decodeProtoFast(pod, nested)).toStrictEqual({ metadata: { labels: { k: 'v' } } });
    // Groups (wire types 3 and 4) are left to protobufjs, which skips a group and rejects a stray end.
    const group = bytesOf(writer().uint32((904 << 3) | 3).uint32((1 << 3) | 0).uint32(5).uint32((904 << 3) | 4).uint32(tag(meta, 'name', 2)).string('n'));
    expect(() => decodeProtoFast(meta, group)).toThrow(DecodeBailout);
    expect(decodeProto(meta, group)).toStrictEqual({ name: 'n' });
    for (const wireType of [4, 6, 7]) {
      const bad = bytesOf(writer().uint32((904 << 3) | wireType).uint32(0));
      expect(expectSameAsReference(meta, bad).reference).toHaveProperty('error', expect.stringMatching(/^DecodeError: malformed ObjectMeta message/));
    }
  });

  it('reads negative int32s written as ten-byte varints, and two-byte tags', () => {
    const bytes = bytesOf(All.encode(All.fromObject({ i32: -5, ri32: [-1, 2], late: 'l', number: -7 })));
    expect(decodeProtoFast(All, bytes)).toStrictEqual({ i32: -5, ri32: [-1, 2], late: 'l', number: -7 });
  });

  it('decodes strings as BufferReader does: short ASCII, long, non-ASCII and invalid UTF-8', () => {
    for (const raw of [Buffer.from('plain'), Buffer.from('é'), Buffer.from('a'.repeat(100)), Buffer.from([0x61, 0xff, 0x62]), Buffer.from([0xc3]), Buffer.from([0xed, 0xa0, 0x80])]) {
      const bytes = bytesOf(writer().uint32(tag(meta, 'name', 2)).bytes(raw));
      expect(decodeProtoFast(meta, bytes)).toStrictEqual({ name: raw.toString('utf8') });
      expectSameAsReference(meta, bytes);
    }
  });

  it('reads each string right however many others, of the same length or not, were read before it', () => {
    // Far more strings than the string cache holds, many of one length: slots are shared and reused.
    const rnd = seededRandom(7);
    const words = Array.from({ length: 20_000 }, (_, i) => {
      const n = i % 3 === 0 ? 6 : 1 + Math.floor(rnd() * 70);
      return Array.from({ length: n }, () => String.fromCharCode(32 + Math.floor(rnd() * 95))).join('');
    });
    for (let round = 0; round < 2; round++) {
      for (const word of words) {
        const bytes = bytesOf(writer().uint32(tag(meta, 'name', 2)).string(word));
        expect((decodeProtoFast(meta, bytes) as { name: string }).name).toBe(word);
      }
    }
  });

  it('never mistakes invalid UTF-8 for a string read before whose character codes equal its bytes', () => {
    // "é" read from its UTF-8 bytes C3 A9, then the single byte E9 (invalid UTF-8: U+FFFD), and so on:
    // enough pairs that some land in the same cache slot.
    const rnd = seededRandom(11);
    for (let i = 0; i < 20_000; i++) {
      const prefix = Array.from({ length: Math.floor(rnd() * 6) }, () => String.fromCharCode(97 + Math.floor(rnd() * 26))).join('');
      const text = prefix + String.fromCharCode(0xa0 + Math.floor(rnd() * 96)) + prefix;
      for (const raw of [Buffer.from(text, 'utf8'), Buffer.from(text, 'latin1')]) {
        const bytes = bytesOf(writer().uint32(tag(meta, 'name', 2)).bytes(raw));
        expect((decodeProtoFast(meta, bytes) as { name: string }).name).toBe(raw.toString('utf8'));
      }
    }
  });

  it('gives bytes as Buffers over the input, and an empty bytes value as an empty Buffer', () => {
    const patch = messageType('skiff.api.v1.PatchRequest');
    const bytes = encodeProto(patch, { patch: Buffer.from('{"a":1}') });
    const decoded = decodeProtoFast(patch, bytes) as { patch: Buffer };
    expect(Buffer.isBuffer(decoded.patch)).toBe(true);
    expect(decoded.patch.buffer).toBe(bytes.buffer);
    expect(decodeProtoFast(patch, encodeProto(patch, { patch: Buffer.alloc(0) }))).toStrictEqual({ patch: Buffer.alloc(0) });
  });

  it('decodes a Uint8Array that is not a Buffer through protobufjs, whose bytes values are Uint8Arrays', () => {
    const patch = messageType('skiff.api.v1.PatchRequest');
    const bytes = new Uint8Array(encodeProto(patch, { patch: Buffer.from('{}'), patchType: 'merge' }));
    const decoded = decodeProto(patch, bytes) as { patch: Uint8Array };
    expect(Buffer.isBuffer(decoded.patch)).toBe(false);
    expectSameAsReference(patch, bytes);
  });
});

describe('errors: the same DecodeError as protobufjs decode + checkLongs give', () => {
  it.each([
    [meta, { generation: '9007199254740993' }, 'generation: 9007199254740993 does not fit exactly in a JavaScript number (2^53-1)'],
    [meta, { generation: '-9007199254740992' }, 'generation: -9007199254740992 does not fit exactly in a JavaScript number (2^53-1)'],
    [pod, { metadata: { generation: '9223372036854775807' } }, 'metadata.generation: 9223372036854775807 does not fit exactly in a JavaScript number (2^53-1)'],
    [pod, { spec: { securityContext: { supplementalGroups: [1, '9007199254740992'] } } }, 'spec.securityContext.supplementalGroups: 9007199254740992 does not fit exactly in a JavaScript number (2^53-1)'],
  ] as const)('rejects an unsafe int64 in %s with its field path', (type, obj, message) => {
    const bytes = bytesOf(type.encode(type.fromObject(obj)));
    expect(() => decodeProtoFast(type, bytes)).toThrow(DecodeBailout);
    expect(() => decodeProto(type, bytes)).toThrow(message);
    expectSameAsReference(type, bytes);
  });

  it('accepts int64s at the edge of the safe range', () => {
    for (const generation of [Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 32, -(2 ** 32)]) {
      const bytes = encodeProto(meta, { generation });
      expect(decodeProtoFast(meta, bytes)).toStrictEqual({ generation });
    }
  });

  it('gives a DecodeError or the value protobufjs gives for the pod cut at every byte', () => {
    for (const [type, bytes] of [[pod, podBytes], [createRequest, createBytes]] as const) {
      for (let cut = 0; cut < bytes.length; cut++) {
        const { reference } = expectSameAsReference(type, bytes.subarray(0, cut));
        if ('error' in reference) expect(reference.error).toMatch(/^DecodeError: malformed /);
      }
    }
  });

  it('gives what protobufjs gives for the pod with a byte changed, inserted or removed', () => {
    const rnd = seededRandom(99);
    for (let i = 0; i < 3000; i++) {
      const at = Math.floor(rnd() * podBytes.length);
      const byte = Math.floor(rnd() * 256);
      const op = Math.floor(rnd() * 3);
      const bytes =
        op === 0
          ? Buffer.concat([podBytes.subarray(0, at), Buffer.from([byte]), podBytes.subarray(at + 1)])
          : op === 1
            ? Buffer.concat([podBytes.subarray(0, at), Buffer.from([byte]), podBytes.subarray(at)])
            : Buffer.concat([podBytes.subarray(0, at), podBytes.subarray(at + 1)]);
      expectSameAsReference(pod, bytes);
    }
  });

  it('gives what protobufjs gives for a string that runs past the end of its message (BufferReader cuts it short)', () => {
    const bytes = Buffer.from([tag(pod, 'metadata', 2), 5, tag(meta, 'name', 2), 16, 0x61, 0x62, 0x63]);
    expect(() => decodeProtoFast(pod, bytes)).toThrow(DecodeBailout);
    expect(decodeProto(pod, bytes)).toStrictEqual({ metadata: { name: 'abc' } });
    expectSameAsReference(pod, bytes);
  });

  it('gives what protobufjs gives for a field on the wire with a wire type it is not declared with', () => {
    const bytes = bytesOf(writer().uint32(tag(meta, 'name', 0)).uint32(3).uint32(tag(meta, 'namespace', 2)).string('abc'));
    expect(() => decodeProtoFast(meta, bytes)).toThrow(DecodeBailout);
    expectSameAsReference(meta, bytes);
  });

  it('decodes nesting up to protobufjs recursion limit and rejects deeper nesting as it does', () => {
    const nested = (depth: number): Buffer => {
      let inner = bytesOf(writer().uint32(tag(Node, 'name', 2)).string('leaf'));
      for (let i = 0; i < depth; i++) inner = bytesOf(writer().uint32(tag(Node, 'child', 2)).bytes(inner));
      return inner;
    };
    const limit = protobuf.Reader.recursionLimit;
    expect(expectSameAsReference(Node, nested(limit)).fast).toBe(true);
    const deep = expectSameAsReference(Node, nested(limit + 1));
    expect(deep.fast).toBe(false);
    expect(deep.reference).toHaveProperty('error', 'DecodeError: malformed Node message: maximum nesting depth exceeded');
    expect(() => decodeProto(Node, nested(1000))).toThrow('maximum nesting depth exceeded');
  });
});

describe('the fast decoder and a polluted Object.prototype', () => {
  it('makes lists and maps its own properties, never pushing into inherited ones', () => {
    const proto = Object.prototype as Record<string, unknown>;
    const inheritedList = ['inherited'];
    const inheritedMap = { inherited: 'yes' };
    proto.finalizers = inheritedList;
    proto.labels = inheritedMap;
    try {
      const bytes = encodeProto(meta, { name: 'a', finalizers: ['f'], labels: { k: 'v' } });
      const decoded = decodeProtoFast(meta, Buffer.from(bytes));
      expect(Object.hasOwn(decoded, 'finalizers') && Object.hasOwn(decoded, 'labels')).toBe(true);
      expect(decoded.finalizers).toEqual(['f']);
      expect({ ...(decoded.labels as object) }).toEqual({ k: 'v' });
      expect(inheritedList).toEqual(['inherited']);
      expect({ ...inheritedMap }).toEqual({ inherited: 'yes' });
    } finally {
      delete proto.finalizers;
      delete proto.labels;
    }
  });

  it('leaves an inherited value of a list field alone when the message has no such list', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.finalizers = null;
    try {
      const decoded = decodeProtoFast(meta, Buffer.from(encodeProto(meta, { name: 'a' })));
      expect(Object.hasOwn(decoded, 'finalizers')).toBe(false);
      expect(decoded.name).toBe('a');
    } finally {
      delete proto.finalizers;
    }
  });
});
