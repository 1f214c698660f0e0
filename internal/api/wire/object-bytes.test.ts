import { describe, expect, it } from 'vitest';
import { decodeProto, encodeProto } from '../codec/proto-codec.js';
import { randomObject, seededRandom } from '../codec/random-object.js';
import type { KubeObject } from '../codec/scheme.js';
import { KINDS } from '../meta/kinds.js';
import { messageType } from '../proto/root.js';
import { apiTypes, unwrap } from './envelope.js';
import { envelopeBytesOf, presetStoredBytes, protoBytesOf } from './object-bytes.js';

/** A frozen copy of `obj` with its resourceVersion set, as the cache holds objects. */
function adopted(obj: KubeObject, rv: string): KubeObject {
  return Object.freeze({ ...obj, metadata: { ...obj.metadata, resourceVersion: rv } });
}

describe('presetStoredBytes', () => {
  it.each(KINDS.map((k) => [k.kind, k] as const))('%s: the envelope is the stored bytes with the resourceVersion spliced in', (_, kind) => {
    const type = messageType(kind.protoType);
    const rnd = seededRandom(kind.kind.length * 31);
    for (let i = 0; i < 10; i++) {
      const x = randomObject(type, rnd) as KubeObject;
      const stored = { ...x, apiVersion: kind.group ? `${kind.group}/${kind.version}` : kind.version, kind: kind.kind };
      if (i % 3 === 0) delete stored.metadata;
      else stored.metadata = { ...stored.metadata, resourceVersion: undefined };
      const rv = String(1 + i * 99_991);
      const obj = adopted(stored, rv);
      presetStoredBytes(obj, encodeProto(type, stored), rv);

      const expected = decodeProto(type, encodeProto(type, obj));
      expect(decodeProto(type, protoBytesOf(obj))).toStrictEqual(expected);
      expect(unwrap(decodeProto(apiTypes.object, envelopeBytesOf(obj)) as Record<string, unknown>)).toStrictEqual(expected);
    }
  });

  // A varint grows by a byte at 128 and at 16,384: the metadata and the envelope lengths around them.
  it.each([100, 118, 119, 120, 121, 127, 16_360, 16_370, 16_380, 16_400])('keeps every length right when a name of %i bytes pushes them over a varint boundary', (n) => {
    const type = messageType('skiff.core.v1.ConfigMap');
    const stored: KubeObject & { data: Record<string, string> } = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x'.repeat(n) }, data: { k: 'v' } };
    const obj = adopted(stored, '123456789');
    presetStoredBytes(obj, encodeProto(type, stored), '123456789');
    expect(decodeProto(type, protoBytesOf(obj))).toStrictEqual(decodeProto(type, encodeProto(type, obj)));
    expect(unwrap(decodeProto(apiTypes.object, envelopeBytesOf(obj)) as Record<string, unknown>)).toStrictEqual(decodeProto(type, encodeProto(type, obj)));
  });
});
