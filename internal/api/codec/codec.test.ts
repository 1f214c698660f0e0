import { describe, expect, it } from 'vitest';
import { KINDS, SUBRESOURCE_KINDS } from '../meta/kinds.js';
import { messageType } from '../proto/root.js';
import { fromJSONValue, toJSONValue } from './json-codec.js';
import { decodeProto, encodeProto } from './proto-codec.js';
import { randomObject, seededRandom } from './random-object.js';
import { DecodeError } from './decode-problem.js';

const TYPES = [...KINDS, ...SUBRESOURCE_KINDS].map((k) => k.protoType);

describe.each(TYPES)('round trip of %s', (name) => {
  const type = messageType(name);

  it('proto: decode(encode(x)) is x, absent fields stay absent, and encoding is stable', () => {
    const rnd = seededRandom(name.length * 7919);
    for (let i = 0; i < 25; i++) {
      const x = randomObject(type, rnd);
      const bytes = encodeProto(type, x);
      const back = decodeProto(type, bytes);
      expect(back).toStrictEqual(x);
      expect(encodeProto(type, back).equals(bytes)).toBe(true);
      expect(encodeProto(type, x).equals(bytes)).toBe(true);
    }
  });

  it('JSON: decode(encode(x)) is x with no problems, and encoding is stable', () => {
    const rnd = seededRandom(name.length * 104729);
    for (let i = 0; i < 25; i++) {
      const x = randomObject(type, rnd);
      const json = JSON.parse(JSON.stringify(toJSONValue(type, x)));
      const { object, problems } = fromJSONValue(type, json);
      expect(problems).toEqual([]);
      expect(object).toStrictEqual(x);
      expect(JSON.stringify(toJSONValue(type, object))).toBe(JSON.stringify(json));
    }
  });
});

describe('JSON codec', () => {
  const pod = messageType('skiff.core.v1.Pod');
  const svc = messageType('skiff.core.v1.Service');
  const secret = messageType('skiff.core.v1.Secret');

  it('drops empty lists and maps, as Kubernetes omits them', () => {
    const { object } = fromJSONValue(pod, { metadata: { name: 'p', labels: {}, finalizers: [] }, spec: { containers: [] } });
    expect(object).toStrictEqual({ metadata: { name: 'p' }, spec: {} });
    expect(toJSONValue(pod, object)).toStrictEqual({ metadata: { name: 'p' }, spec: {} });
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
    expect(toJSONValue(svc, object)).toStrictEqual({ spec: { ports: [{ port: 80, targetPort: 8080 }, { port: 443, targetPort: 'https' }] } });
  });

  it('writes bytes as base64', () => {
    const { object } = fromJSONValue(secret, { data: { password: 'aHVudGVyMg==' } });
    expect((object.data as Record<string, Buffer>).password!.toString()).toBe('hunter2');
    expect(toJSONValue(secret, object)).toStrictEqual({ data: { password: 'aHVudGVyMg==' } });
  });

  it('reports unknown fields by path and drops them', () => {
    const { object, problems } = fromJSONValue(pod, { metadata: { name: 'p', colour: 'red' }, spec: { containers: [{ name: 'c', imagee: 'x' }] } });
    expect(object).toStrictEqual({ metadata: { name: 'p' }, spec: { containers: [{ name: 'c' }] } });
    expect(problems.map((p) => p.message)).toEqual(['unknown field "metadata.colour"', 'unknown field "spec.containers[0].imagee"']);
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
