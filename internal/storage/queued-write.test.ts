import { describe, expect, it } from 'vitest';
import { decodeCounter, decodeEvent, encodeVersionValue, objectOfVersion } from './leveldb-layout.js';
import { putWrites, queuedWrite, type WritePlan } from './queued-write.js';

const noop = (): void => undefined;

function plan(kind: WritePlan['kind'], revision: number, value: string | undefined, prev?: { modRevision: number; value: string }): WritePlan {
  const createRevision = prev ? 3 : revision;
  const versionValue = encodeVersionValue(createRevision, value === undefined ? undefined : Buffer.from(value));
  return {
    kind,
    key: '/registry/pods/default/web',
    revision,
    createRevision,
    versionValue,
    stored: value === undefined ? undefined : objectOfVersion(versionValue),
    prev: prev && { entry: { modRevision: prev.modRevision, createRevision }, value: Buffer.from(prev.value) },
  };
}

describe('queuedWrite', () => {
  it('a create carries the new value and no previous one: absent fields are absent, not undefined', () => {
    const w = queuedWrite(plan('create', 7, 'v1'), noop, noop);
    expect(w.event).toStrictEqual({ type: 'ADDED', key: '/registry/pods/default/web', revision: 7, createRevision: 7, value: Buffer.from('v1') });
    expect(w.result).toStrictEqual({ revision: 7, kv: { key: '/registry/pods/default/web', value: Buffer.from('v1'), modRevision: 7, createRevision: 7 } });
  });

  it('an update carries both versions and keeps the key created revision', () => {
    const w = queuedWrite(plan('update', 9, 'v2', { modRevision: 7, value: 'v1' }), noop, noop);
    expect(w.event).toStrictEqual({
      type: 'MODIFIED',
      key: '/registry/pods/default/web',
      revision: 9,
      createRevision: 3,
      value: Buffer.from('v2'),
      prevValue: Buffer.from('v1'),
      prevRevision: 7,
    });
    expect(w.result.prev).toStrictEqual({ key: '/registry/pods/default/web', value: Buffer.from('v1'), modRevision: 7, createRevision: 3 });
  });

  it('a delete carries only the previous version', () => {
    const w = queuedWrite(plan('delete', 11, undefined, { modRevision: 9, value: 'v2' }), noop, noop);
    expect(w.event).toStrictEqual({ type: 'DELETED', key: '/registry/pods/default/web', revision: 11, createRevision: 3, prevValue: Buffer.from('v2'), prevRevision: 9 });
    expect(w.result).toStrictEqual({ revision: 11, prev: { key: '/registry/pods/default/web', value: Buffer.from('v2'), modRevision: 9, createRevision: 3 } });
  });
});

describe('putWrites', () => {
  it('puts each version and event-log entry in order, then the newest revision as the counter', () => {
    const puts: Array<[string, Buffer]> = [];
    const writes = [queuedWrite(plan('create', 7, 'v1'), noop, noop), queuedWrite(plan('update', 9, 'v2', { modRevision: 7, value: 'v1' }), noop, noop)];
    putWrites({ put: (k, v) => puts.push([k.toString('latin1'), v]) }, writes);
    expect(puts.map(([k]) => k.slice(0, 2))).toStrictEqual(['k/', 'e/', 'k/', 'e/', 'm/']);
    expect(puts[0]![1]).toBe(writes[0]!.versionValue);
    expect(decodeEvent(Buffer.from(puts[1]![0], 'latin1'), puts[1]![1])).toMatchObject({ type: 'ADDED', revision: 7 });
    expect(decodeEvent(Buffer.from(puts[3]![0], 'latin1'), puts[3]![1])).toMatchObject({ type: 'MODIFIED', revision: 9, prevRevision: 7 });
    expect(decodeCounter(puts[4]![1])).toBe(9);
  });
});
