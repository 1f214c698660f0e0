// The transcoder against a made-up type that uses every kind of (skiff.k8s) annotation, with bytes
// written by hand as Kubernetes' marshallers write them. Real kinds are in k8s-protobuf.test.ts.
import { describe, expect, it } from 'vitest';
import protobuf from 'protobufjs';
import { DecodeError } from './decode-problem.js';
import { k8sFieldMapFor, K8sAnnotationError } from './k8s-field-map.js';
import { transcodeFromK8s } from './k8s-transcoder.js';
import { WARNING_ITEM_RUNES, WARNING_TOTAL_RUNES } from './warning-recorder.js';
import { decodeProto } from './proto-codec.js';
import { bool, bytes, double, encode, entry, entryMsg, int, intOrString, msg, quantity, str, time, zeroTime, decodeErrorOf, type K8sPart } from './k8s-test-encoder.js';

const PROTO = `
syntax = "proto3";
package skiff.meta.v1;
message IntOrString { oneof value { int32 intVal = 1; string strVal = 2; } }
`;

const THING = `
syntax = "proto3";
package test.v1;
message Thing {
  optional string apiVersion = 1;
  optional string kind = 2;
  optional string name = 3 [(skiff.k8s) = "1"];
  optional int32 count = 4 [(skiff.k8s) = "5"];
  optional string when = 5 [(skiff.k8s) = "3", (skiff.k8s_wire) = "time"];
  map<string, string> limits = 6 [(skiff.k8s) = "4", (skiff.k8s_wire) = "quantity"];
  optional skiff.meta.v1.IntOrString port = 7 [(skiff.k8s) = "6"];
  optional Exec exec = 8 [(skiff.k8s) = "7.1"];
  optional Http http = 9 [(skiff.k8s) = "7.2"];
  optional int32 delay = 10 [(skiff.k8s) = "8"];
  map<string, Child> children = 11 [(skiff.k8s) = "9"];
  repeated int32 codes = 12 [(skiff.k8s) = "10"];
  repeated Child items = 13 [(skiff.k8s) = "11"];
  optional string timeout = 14 [(skiff.k8s) = "12", (skiff.k8s_wire) = "duration"];
  optional string data = 15 [(skiff.raw_json) = true, (skiff.k8s) = "13", (skiff.k8s_wire) = "raw"];
  optional bool on = 16 [(skiff.k8s) = "14"];
  optional int64 big = 17 [(skiff.k8s) = "15"];
  optional double ratio = 18 [(skiff.k8s) = "16"];
  map<string, bytes> blobs = 19 [(skiff.k8s) = "17"];
  optional string deep = 20 [(skiff.k8s) = "18.1.2"];
  repeated string tags = 21 [(skiff.k8s) = "19"];
  optional string skiffOnly = 22;
  optional string image = 23 [(skiff.k8s) = "20", (skiff.k8s_omitempty) = true];
  optional int32 minReady = 24 [(skiff.k8s) = "21", (skiff.k8s_omitempty) = true];
  optional bool paused = 25 [(skiff.k8s) = "22", (skiff.k8s_omitempty) = true];
}
message Exec { repeated string command = 1 [(skiff.k8s) = "1"]; }
message Http {
  optional string path = 1 [(skiff.k8s) = "1"];
  optional skiff.meta.v1.IntOrString port = 2 [(skiff.k8s) = "2"];
}
message Child {
  optional string name = 1 [(skiff.k8s) = "1"];
  optional int32 n = 2 [(skiff.k8s) = "2"];
}
`;

function rootOf(...sources: string[]): protobuf.Root {
  const root = new protobuf.Root();
  for (const s of sources) protobuf.parse(s, root, { keepCase: true });
  root.resolveAll();
  return root;
}

const thing = rootOf(PROTO, THING).lookupType('test.v1.Thing');

/** Transcodes `parts` (a Thing in Kubernetes' numbering) and decodes the result. */
function decode(...parts: K8sPart[]): { object: Record<string, unknown>; warnings: readonly string[] } {
  const { bytes: out, warnings } = transcodeFromK8s(thing, encode(...parts), 'Thing');
  return { object: decodeProto(thing, out), warnings };
}

describe('transcoding from Kubernetes protobuf', () => {
  it('copies scalars under Skiff numbers: strings, ints, bools, 64-bit ints, doubles', () => {
    const { object, warnings } = decode(str(1, 'a'), int(5, 7), bool(14, true), int(15, 2 ** 40), double(16, 0.25), int(8, -3));
    expect(object).toStrictEqual({ name: 'a', count: 7, on: true, big: 2 ** 40, ratio: 0.25, delay: -3 });
    expect(warnings).toEqual([]);
  });

  it('keeps zero values of fields not known to be written unset: presence is preserved', () => {
    expect(decode(str(1, ''), int(5, 0), bool(14, false)).object).toStrictEqual({ name: '', count: 0, on: false });
  });

  it('drops the zero of a (skiff.k8s_omitempty) field: Kubernetes writes it when nobody set the field', () => {
    expect(decode(str(20, ''), int(21, 0), bool(22, false)).object).toStrictEqual({});
    expect(decode(str(20, 'nginx'), int(21, 5), bool(22, true)).object).toStrictEqual({ image: 'nginx', minReady: 5, paused: true });
  });

  it('converts a Time, absent when zero', () => {
    expect(decode(time(3, '2024-05-01T10:00:00Z')).object).toStrictEqual({ when: '2024-05-01T10:00:00Z' });
    expect(decode(time(3, '2024-05-01T10:00:00Z', 42_000)).object).toStrictEqual({ when: '2024-05-01T10:00:00.000042Z' });
    expect(decode(zeroTime(3)).object).toStrictEqual({});
  });

  it('converts a map of Quantities (map entries whose values are messages) to a map of strings', () => {
    const { object } = decode(msg(4, str(1, 'cpu'), quantity(2, '500m')), msg(4, str(1, 'memory'), quantity(2, '128Mi')));
    expect(object).toStrictEqual({ limits: { cpu: '500m', memory: '128Mi' } });
  });

  it('converts IntOrString both ways', () => {
    expect(decode(intOrString(6, 8080)).object).toStrictEqual({ port: { intVal: 8080 } });
    expect(decode(intOrString(6, 'http')).object).toStrictEqual({ port: { strVal: 'http' } });
  });

  it('reads an inlined message into the same Skiff message (Probe.handler)', () => {
    const { object } = decode(msg(7, msg(2, str(1, '/healthz'), intOrString(2, 'web'))), int(8, 5));
    expect(object).toStrictEqual({ http: { path: '/healthz', port: { strVal: 'web' } }, delay: 5 });
    expect(decode(msg(7, msg(1, str(1, 'true')))).object).toStrictEqual({ exec: { command: ['true'] } });
  });

  it('follows a dot path through two inlined messages', () => {
    expect(decode(msg(18, msg(1, str(2, 'x')))).object).toStrictEqual({ deep: 'x' });
  });

  it('transcodes a map of messages, and lists of messages with their own numbering', () => {
    const { object } = decode(
      entryMsg(9, 'one', str(1, 'a'), int(2, 1)),
      entryMsg(9, 'two', int(2, 2)),
      msg(11, str(1, 'x')),
      msg(11, str(1, 'y'), int(2, 3)),
    );
    expect(object).toStrictEqual({
      children: { one: { name: 'a', n: 1 }, two: { n: 2 } },
      items: [{ name: 'x' }, { name: 'y', n: 3 }],
    });
  });

  it('takes repeated scalars unpacked (as Kubernetes writes them) and packed', () => {
    expect(decode(int(10, 1), int(10, 2), int(10, -1)).object).toStrictEqual({ codes: [1, 2, -1] });
    const packed: K8sPart = (w) => void w.uint32((10 << 3) | 2).fork().int32(4).int32(5).ldelim();
    expect(decode(packed, int(10, 6)).object).toStrictEqual({ codes: [4, 5, 6] });
    expect(decode(str(19, 'a'), str(19, 'b')).object).toStrictEqual({ tags: ['a', 'b'] });
  });

  it('converts a Duration to Go form and a RawExtension to JSON text', () => {
    expect(decode(msg(12, int(1, 3_600_000_000_000))).object).toStrictEqual({ timeout: '1h0m0s' });
    expect(decode(msg(13, bytes(1, Buffer.from('{"x":1}')))).object).toStrictEqual({ data: '{"x":1}' });
  });

  it('copies a map of bytes, and reads the empty Quantity as "0"', () => {
    const { object } = decode(msg(17, str(1, 'k'), bytes(2, Buffer.from([0, 1, 2]))), msg(4, str(1, 'x'), msg(2)));
    expect(object.blobs).toStrictEqual({ k: Buffer.from([0, 1, 2]) });
    expect(object.limits).toStrictEqual({ x: '0' });
  });

  it('refuses a map value of the wrong shape (a string where a Quantity message is)', () => {
    expect(decodeErrorOf(() => decode(entry(4, 'cpu', '1'))).message).toMatch(/^malformed Kubernetes protobuf Thing at limits\[cpu\]: index out of range/);
  });

  it('drops a Kubernetes field Skiff has no place for and warns once per field and message type', () => {
    const { object, warnings } = decode(str(1, 'a'), str(37, 'set'), msg(11, int(9, 1)), msg(11, int(9, 2)));
    expect(object).toStrictEqual({ name: 'a', items: [{}, {}] });
    expect(warnings).toEqual([
      'unknown field number 37 in Thing (test.v1.Thing) was dropped',
      'unknown field number 9 in Thing items[0] (test.v1.Child) was dropped',
    ]);
  });

  it('stops reporting dropped fields at the limit on warnings, rather than building one per field', () => {
    const many: K8sPart[] = Array.from({ length: 5000 }, (_, i) => int(1000 + i, 1));
    const { object, warnings } = decode(str(1, 'a'), ...many, str(19, 'after'));
    expect(object).toStrictEqual({ name: 'a', tags: ['after'] });
    expect(warnings.length).toBeLessThan(100);
    expect(warnings.reduce((n, w) => n + w.length, 0)).toBeLessThanOrEqual(WARNING_TOTAL_RUNES + WARNING_ITEM_RUNES);
    expect(warnings[0]).toBe('unknown field number 1000 in Thing (test.v1.Thing) was dropped');
  });

  it('names an unknown field inside an inlined message by its dot path', () => {
    expect(decode(msg(7, str(9, 'x'))).warnings).toEqual(['unknown field number 7.9 in Thing (test.v1.Thing) was dropped']);
  });

  it('drops unknown fields at their zero value silently: that is how Kubernetes writes fields nobody set', () => {
    expect(decode(str(40, ''), int(41, 0), bool(42, false), msg(43)).warnings).toEqual([]);
  });

  it('refuses a wire type that does not fit the Skiff field, naming the field', () => {
    expect(decodeErrorOf(() => decode(str(5, 'seven'))).message).toBe(
      "count: Kubernetes' protobuf has wire type 2 (length-delimited) where int32 needs 0 (varint)",
    );
    expect(decodeErrorOf(() => decode(msg(11, int(1, 3)))).message).toMatch(/^items\[0\]\.name: .*wire type 0 \(varint\) where string needs 2/);
    expect(decodeErrorOf(() => decode(int(6, 1))).message).toMatch(/^port: .*where a message needs 2 \(length-delimited\)/);
    expect(decodeErrorOf(() => decode(int(7, 1))).message).toMatch(/inlined message/);
  });

  it('refuses an integer wider than the Skiff field rather than wrapping it', () => {
    expect(decodeErrorOf(() => decode(int(5, 2 ** 31))).message).toBe('count: 2147483648 does not fit in int32');
    expect(decodeErrorOf(() => decode(int(5, -(2 ** 31) - 1))).message).toBe('count: -2147483649 does not fit in int32');
    expect(decode(int(5, -(2 ** 31))).object).toStrictEqual({ count: -(2 ** 31) });
    expect(decodeErrorOf(() => decode(int(14, 2))).message).toBe('on: 2 does not fit in bool');
  });

  it('refuses an element of a packed run wider than the Skiff field, as it does an unpacked one', () => {
    const packed =
      (...values: (number | bigint)[]): K8sPart =>
      (w) => {
        w.uint32((10 << 3) | 2).fork();
        for (const v of values) w.int64(v as number);
        w.ldelim();
      };
    expect(decodeErrorOf(() => decode(packed(4, 2 ** 32 + 1))).message).toBe('codes[1]: 4294967297 does not fit in int32');
    expect(decodeErrorOf(() => decode(int(10, 7), packed(2 ** 31))).message).toBe('codes[1]: 2147483648 does not fit in int32');
    expect(decode(packed(-(2 ** 31), 2 ** 31 - 1)).object).toStrictEqual({ codes: [-(2 ** 31), 2 ** 31 - 1] });
    const truncated: K8sPart = (w) => void w.uint32((10 << 3) | 2).uint32(1).uint32(0x80);
    expect(decodeErrorOf(() => decode(truncated)).message).toMatch(/^malformed Kubernetes protobuf Thing/);
  });

  it('refuses a value the conversion cannot hold, naming the field', () => {
    expect(decodeErrorOf(() => decode(msg(6, int(1, 5)))).message).toBe('port: IntOrString type 5 is neither 0 (int) nor 1 (string)');
  });

  it('refuses malformed bytes with a DecodeError, never a crash', () => {
    const first = encode(str(1, 'abc'));
    const good = encode(str(1, 'abc'), msg(11, str(1, 'x')));
    for (let cut = 1; cut < good.length; cut++) {
      if (cut === first.length) continue; // a whole first field: a valid, shorter message
      expect(() => transcodeFromK8s(thing, good.subarray(0, cut))).toThrow(DecodeError);
    }
    expect(() => transcodeFromK8s(thing, Uint8Array.of(0xf7, 0x01))).toThrow(/malformed Kubernetes protobuf/); // field 30, wire type 7
    expect(() => transcodeFromK8s(thing, Uint8Array.of(0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f))).toThrow(DecodeError);
  });

  it('leaves the unsafe-integer check to the proto decoder, as for the gRPC face', () => {
    expect(decodeErrorOf(() => decode(int(15, 2n ** 60n))).message).toMatch(/^big: .* does not fit exactly/);
  });
});

describe('the Kubernetes field map', () => {
  it('builds a trie: numbers to fields, dot paths to inline nodes', () => {
    const node = k8sFieldMapFor(thing);
    expect(node.entries.get(1)).toMatchObject({ kind: 'field', k8s: '1' });
    const inline = node.entries.get(7);
    expect(inline?.kind).toBe('inline');
    if (inline?.kind === 'inline') expect([...inline.node.entries.keys()]).toEqual([1, 2]);
    expect(k8sFieldMapFor(thing)).toBe(node);
  });

  it.each([
    ['two fields on one number', 'optional string a = 1 [(skiff.k8s) = "1"]; optional string b = 2 [(skiff.k8s) = "1"];', /is already the field a/],
    ['a field and a path through it', 'optional string a = 1 [(skiff.k8s) = "1"]; optional string b = 2 [(skiff.k8s) = "1.2"];', /goes through field 1, which is already the field a/],
    ['a path where a field is', 'optional string a = 1 [(skiff.k8s) = "1.2"]; optional string b = 2 [(skiff.k8s) = "1"];', /already a message inlined/],
    ['a malformed number', 'optional string a = 1 [(skiff.k8s) = "1."];', /not a field number/],
    ['field number 0', 'optional string a = 1 [(skiff.k8s) = "0"];', /out of range/],
    ['an unknown wire mark', 'optional string a = 1 [(skiff.k8s) = "1", (skiff.k8s_wire) = "date"];', /not one of/],
    ['a wire mark on an int', 'optional int32 a = 1 [(skiff.k8s) = "1", (skiff.k8s_wire) = "time"];', /needs a string field/],
    ['omitempty on a list', 'repeated string a = 1 [(skiff.k8s) = "1", (skiff.k8s_omitempty) = true];', /not a repeated field/],
    ['omitempty on a map', 'map<string, string> a = 1 [(skiff.k8s) = "1", (skiff.k8s_omitempty) = true];', /not a map/],
    ['omitempty on a message', 'optional Bad a = 1 [(skiff.k8s) = "1", (skiff.k8s_omitempty) = true];', /not message/],
    ['omitempty on a Time', 'optional string a = 1 [(skiff.k8s) = "1", (skiff.k8s_wire) = "time", (skiff.k8s_omitempty) = true];', /not a time/],
    ['omitempty on a double', 'optional double a = 1 [(skiff.k8s) = "1", (skiff.k8s_omitempty) = true];', /not double/],
  ])('refuses %s', (_name, fields, message) => {
    const type = rootOf(`syntax = "proto3"; package bad.v1; message Bad { ${fields} }`).lookupType('bad.v1.Bad');
    expect(() => k8sFieldMapFor(type)).toThrow(K8sAnnotationError);
    expect(() => k8sFieldMapFor(type)).toThrow(message);
  });
});
