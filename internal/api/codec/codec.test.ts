import { isDeepStrictEqual } from 'node:util';
import type protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import { KINDS, SUBRESOURCE_KINDS } from '../meta/kinds.js';
import { messageType } from '../proto/root.js';
import { planFor, type TypePlan } from './field-plan.js';
import { fromJSONValue, toJSONValue, type Internal } from './json-codec.js';
import type { JsonObject, JsonValue } from './json-value.js';
import { decodeProto, encodeProto } from './proto-codec.js';
import { randomObject, seededRandom, withoutEmptyCollections, withoutZeroValues } from './random-object.js';
import { DecodeError } from './decode-problem.js';

const TYPES = [...KINDS, ...SUBRESOURCE_KINDS].map((k) => k.protoType);

/** True if `x` holds an empty list or map somewhere: the generator really made the case under test. */
function hasEmptyCollection(type: protobuf.Type, x: Internal): boolean {
  return !isDeepStrictEqual(withoutEmptyCollections(type, x), x);
}

/** `json` (the JSON of `x` less its empty collections) with `[]` and `{}` put back where `x` has them. */
function withEmptiesPutBack(plan: TypePlan, x: Internal, json: JsonObject): JsonObject {
  const out: JsonObject = { ...json };
  for (const f of plan.fields) {
    const v = x[f.name];
    if (v === undefined) continue;
    const inner = (xv: unknown, jv: JsonValue | undefined): JsonValue =>
      f.kind === 'message' ? withEmptiesPutBack(f.message!(), xv as Internal, jv as JsonObject) : jv!;
    if (f.map) {
      const entries = Object.entries(v as Internal);
      const jm = json[f.name] as JsonObject | undefined;
      out[f.name] = entries.length === 0 ? {} : Object.fromEntries(entries.map(([k, xv]) => [k, inner(xv, jm![k])]));
    } else if (f.repeated) {
      const list = v as unknown[];
      const jl = json[f.name] as JsonValue[] | undefined;
      out[f.name] = list.map((xv, i) => inner(xv, jl![i]));
    } else {
      out[f.name] = inner(v, json[f.name]);
    }
  }
  return out;
}

describe.each(TYPES)('round trip of %s', (name) => {
  const type = messageType(name);
  const ROUNDS = 25;

  // Protobuf writes nothing for an empty repeated or map field, so an empty list or map reads back
  // as absent (Kubernetes' protobuf is the same: a nil and an empty slice encode alike). The
  // expected result is x with its empty collections removed, and x encodes to the same bytes as it.
  it('proto: decode(encode(x)) is x less its empty lists and maps, absent fields stay absent, and encoding is stable', () => {
    const rnd = seededRandom(name.length * 7919);
    let withEmpties = 0;
    for (let i = 0; i < ROUNDS; i++) {
      const x = randomObject(type, rnd, { emptyCollections: true });
      if (hasEmptyCollection(type, x)) withEmpties++;
      const expected = withoutEmptyCollections(type, x);
      const bytes = encodeProto(type, x);
      const back = decodeProto(type, bytes);
      expect(back).toStrictEqual(expected);
      expect(encodeProto(type, x).equals(bytes)).toBe(true);
      expect(encodeProto(type, back).equals(bytes)).toBe(true);
      expect(encodeProto(type, expected).equals(bytes)).toBe(true);
    }
    expect(withEmpties).toBeGreaterThan(0);
  });

  // Skiff's JSON reads `[]` and `{}` as absent for every field, so an object decoded from JSON is
  // the object storage gives back (protobuf cannot tell an empty list from none), as Kubernetes
  // answers from what it stored. Writing, an empty list or map is left out where Kubernetes' Go
  // field is `omitempty`; where it is not (marked "null"), an empty one is written as `[]`/`{}` and
  // an absent one as `null`. A value struct that holds nothing is written as `{}` whether set or
  // not, and a value scalar Go writes without `omitempty` as its zero, so they read back as absent.
  it('JSON: decode(encode(x)) is x less its empty lists, maps, value structs and value zeros, with no problems, and encoding is stable', () => {
    const rnd = seededRandom(name.length * 104729);
    let withEmpties = 0;
    for (let i = 0; i < ROUNDS; i++) {
      const x = randomObject(type, rnd, { emptyCollections: true });
      if (hasEmptyCollection(type, x)) withEmpties++;
      const expected = withoutZeroValues(type, withoutEmptyCollections(type, x));
      const text = JSON.stringify(toJSONValue(type, x));
      expect(JSON.stringify(toJSONValue(type, x))).toBe(text);
      const { object, problems } = fromJSONValue(type, JSON.parse(text) as JsonObject);
      expect(problems).toEqual([]);
      expect(object).toStrictEqual(expected);
      const decodedText = JSON.stringify(toJSONValue(type, object));
      expect(decodedText).toBe(JSON.stringify(toJSONValue(type, expected)));
      expect(fromJSONValue(type, JSON.parse(decodedText) as JsonObject).object).toStrictEqual(expected);
    }
    expect(withEmpties).toBeGreaterThan(0);
  });

  it('JSON: `[]` and `{}` read as absent, at every depth', () => {
    const rnd = seededRandom(name.length * 15485863);
    let withEmpties = 0;
    for (let i = 0; i < ROUNDS; i++) {
      const x = randomObject(type, rnd, { emptyCollections: true });
      if (hasEmptyCollection(type, x)) withEmpties++;
      const json = withEmptiesPutBack(planFor(type), x, JSON.parse(JSON.stringify(toJSONValue(type, x))) as JsonObject);
      const { object, problems } = fromJSONValue(type, JSON.parse(JSON.stringify(json)));
      expect(problems).toEqual([]);
      expect(object).toStrictEqual(withoutZeroValues(type, withoutEmptyCollections(type, x)));
    }
    expect(withEmpties).toBeGreaterThan(0);
  });
});

describe('JSON codec', () => {
  const pod = messageType('skiff.core.v1.Pod');
  const svc = messageType('skiff.core.v1.Service');
  const secret = messageType('skiff.core.v1.Secret');

  // Kubernetes' JSON omits an empty list or map only where its Go field is `omitempty` (most are);
  // a field without it (PodSpec.containers, marked (skiff.k8s_always) = "null") is written as `[]`
  // when empty and `null` when nil. Reading drops `[]` and `{}` everywhere: what a create answers is
  // then what storage gives back (protobuf has no empty list), `null`, as Kubernetes answers.
  it('drops empty lists and maps when reading; writes `[]` or `null` where Kubernetes does not omit them', () => {
    const { object } = fromJSONValue(pod, { metadata: { name: 'p', labels: {}, finalizers: [] }, spec: { containers: [] } });
    expect(object).toStrictEqual({ metadata: { name: 'p' } });
    expect(toJSONValue(pod, object)).toStrictEqual({ metadata: { name: 'p', creationTimestamp: null }, spec: { containers: null }, status: {} });
    expect(toJSONValue(pod, { metadata: { name: 'p' }, spec: { containers: [] } })).toStrictEqual({ metadata: { name: 'p', creationTimestamp: null }, spec: { containers: [] }, status: {} });
    expect(decodeProto(pod, encodeProto(pod, object))).toStrictEqual(object);
  });

  it('keeps zero values that are present: replicas 0 is not absent', () => {
    const { object } = fromJSONValue(pod, { spec: { terminationGracePeriodSeconds: 0, hostNetwork: false } });
    expect(object).toStrictEqual({ spec: { terminationGracePeriodSeconds: 0, hostNetwork: false } });
    const back = decodeProto(pod, encodeProto(pod, object));
    expect(back).toStrictEqual(object);
  });

  it('writes int-or-string as a bare number or a string', () => {
    const { object } = fromJSONValue(svc, { spec: { ports: [{ port: 80, targetPort: 8080 }, { port: 443, targetPort: 'https' }] } });
    expect(object).toStrictEqual({ spec: { ports: [{ port: 80, targetPort: { intVal: 8080 } }, { port: 443, targetPort: { strVal: 'https' } }] } });
    expect(toJSONValue(svc, object).spec).toStrictEqual({ ports: [{ port: 80, targetPort: 8080 }, { port: 443, targetPort: 'https' }] });
  });

  it('writes bytes as base64', () => {
    const { object } = fromJSONValue(secret, { data: { password: 'aHVudGVyMg==' } });
    expect((object.data as Record<string, Buffer>).password!.toString()).toBe('hunter2');
    expect(toJSONValue(secret, object)).toStrictEqual({ metadata: { creationTimestamp: null }, data: { password: 'aHVudGVyMg==' } });
  });

  it('reports unknown fields by path and drops them', () => {
    const { object, problems } = fromJSONValue(pod, { metadata: { name: 'p', colour: 'red' }, spec: { containers: [{ name: 'c', imagee: 'x' }] } });
    expect(object).toStrictEqual({ metadata: { name: 'p' }, spec: { containers: [{ name: 'c' }] } });
    expect(problems.map((p) => p.message)).toEqual(['unknown field "metadata.colour"', 'unknown field "spec.containers[0].imagee"']);
  });

  it.each(['skiff.apps.v1.Deployment', 'skiff.apps.v1.ReplicaSet'])('knows no status.terminatingReplicas in %s (Kubernetes adds it in 1.33)', (name) => {
    const { problems } = fromJSONValue(messageType(name), { status: { replicas: 1, terminatingReplicas: 1 } });
    expect(problems.map((p) => p.message)).toEqual(['unknown field "status.terminatingReplicas"']);
  });

  it('reports duplicate fields the parser found', () => {
    const { problems } = fromJSONValue(pod, { metadata: { name: 'p' } }, { duplicates: ['metadata.name'] });
    expect(problems).toEqual([{ kind: 'duplicate', path: 'metadata.name', message: 'duplicate field "metadata.name"' }]);
  });

  it.each([
    [{ spec: { containers: 'web' } }, 'spec.containers: expected a list, got a string ("web")'],
    [{ spec: { terminationGracePeriodSeconds: '30' } }, 'spec.terminationGracePeriodSeconds: expected an integer, got a string ("30")'],
    [{ spec: { terminationGracePeriodSeconds: 1.5 } }, 'spec.terminationGracePeriodSeconds: expected an integer, got a number (1.5)'],
    [{ spec: { terminationGracePeriodSeconds: 2 ** 60 } }, `spec.terminationGracePeriodSeconds: ${2 ** 60} is out of range for a 64-bit integer (Skiff keeps integers exact up to 2^53-1)`],
    [{ spec: { containers: [{ ports: [{ containerPort: 2 ** 31 }] }] } }, 'spec.containers[0].ports[0].containerPort: 2147483648 is out of range for an int32'],
    [{ spec: { hostNetwork: 'yes' } }, 'spec.hostNetwork: expected a boolean, got a string ("yes")'],
    [{ metadata: { labels: { a: 1 } } }, 'metadata.labels[a]: expected a string, got a number (1)'],
  ])('rejects a value of the wrong type: %j', (json, message) => {
    expect(() => fromJSONValue(pod, json)).toThrow(DecodeError);
    expect(() => fromJSONValue(pod, json)).toThrow(message);
  });

  it('reads a bare number where a quantity goes as its text (YAML `cpu: 1`), and nowhere else', () => {
    const json = { spec: { containers: [{ name: 'c', resources: { requests: { cpu: 1, memory: 0.5 }, limits: { cpu: 2.25 } } }] } };
    const decoded = fromJSONValue(pod, json).object as { spec: { containers: { resources: unknown }[] } };
    expect(decoded.spec.containers[0]!.resources).toEqual({ requests: { cpu: '1', memory: '0.5' }, limits: { cpu: '2.25' } });
    expect(() => fromJSONValue(pod, { spec: { containers: [{ name: 'c', image: 1 }] } })).toThrow('spec.containers[0].image: expected a string, got a number (1)');
  });

  it('refuses a bare number for a quantity that a double may have rounded, rather than store another amount', () => {
    const json = { spec: { containers: [{ name: 'c', resources: { limits: { memory: JSON.parse('12345678901234567890') as number } } }] } };
    expect(() => fromJSONValue(pod, json)).toThrow(
      'spec.containers[0].resources.limits[memory]: the number 12345678901234567000 has more than 15 significant digits; write the quantity as a string',
    );
    const big = fromJSONValue(pod, { spec: { containers: [{ name: 'c', resources: { limits: { memory: 1e21 } } }] } }).object as { spec: { containers: { resources: unknown }[] } };
    expect(big.spec.containers[0]!.resources).toEqual({ limits: { memory: '1e+21' } });
    const round = fromJSONValue(pod, { spec: { containers: [{ name: 'c', resources: { limits: { memory: 100000000000000000 } } }] } }).object as { spec: { containers: { resources: unknown }[] } };
    expect(round.spec.containers[0]!.resources).toEqual({ limits: { memory: '100000000000000000' } });
  });

  it('gives a null map value its zero, as Go decodes it (a label becomes ""), where a null field is absent', () => {
    const json = { metadata: { labels: { a: 'b', c: null } }, spec: { nodeName: null, containers: [{ name: 'c', resources: { limits: { cpu: null } } }] } };
    const decoded = fromJSONValue(pod, json).object as { metadata: unknown; spec: { nodeName?: string; containers: { resources: unknown }[] } };
    expect(decoded.metadata).toEqual({ labels: { a: 'b', c: '' } });
    expect(decoded.spec).not.toHaveProperty('nodeName');
    expect(decoded.spec.containers[0]!.resources).toEqual({ limits: { cpu: '0' } });
  });

  it('rejects malformed base64', () => {
    expect(() => fromJSONValue(secret, { data: { a: 'not base64!' } })).toThrow('data[a]: illegal base64 data');
  });
});

describe('proto codec', () => {
  const meta = messageType('skiff.meta.v1.ObjectMeta');

  it('rejects a 64-bit integer a JavaScript number cannot hold exactly', () => {
    const bytes = Buffer.from(meta.encode(meta.fromObject({ generation: '9007199254740993' })).finish());
    expect(() => decodeProto(meta, bytes)).toThrow('generation: 9007199254740993 does not fit exactly in a JavaScript number');
  });

  it('rejects malformed bytes with a DecodeError', () => {
    expect(() => decodeProto(meta, Buffer.from([0x0a, 0xff, 0xff]))).toThrow(DecodeError);
  });
});
