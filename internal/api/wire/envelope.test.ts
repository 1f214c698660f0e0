import { describe, expect, it } from 'vitest';
import { StatusError } from '../errors/status-error.js';
import { unwrap, wrap } from './envelope.js';
import type { KubeObject } from '../codec/scheme.js';

describe('unwrap', () => {
  it('gives an object without apiVersion or kind those of its envelope field', () => {
    const obj = { metadata: { name: 'web' } };
    expect(unwrap({ deployment: obj })).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' } });
  });

  it('copies a frozen object rather than failing to fill it', () => {
    const obj = Object.freeze({ metadata: { name: 'web' } });
    const out = unwrap({ configMap: obj });
    expect(out).toEqual({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'web' } });
    expect(obj).not.toHaveProperty('kind');
  });

  it('hands back an object that names its kind as it is', () => {
    const obj = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' } } as KubeObject;
    expect(unwrap(wrap(obj))).toBe(obj);
  });

  it.each([
    ['another kind than its field holds', { secret: { apiVersion: 'v1', kind: 'ConfigMap' } }, 'the object in the envelope field "secret" has apiVersion "v1" and kind "ConfigMap": that field holds v1 Secret'],
    ['another version', { deployment: { apiVersion: 'apps/v1beta1' } }, 'the object in the envelope field "deployment" has apiVersion "apps/v1beta1" and kind "": that field holds apps/v1 Deployment'],
    ['two objects', { pod: {}, secret: {} }, 'the request must carry exactly one object in its envelope'],
    ['no object', {}, 'the request must carry exactly one object in its envelope'],
  ])('refuses an envelope with %s as a 400', (_name, envelope, message) => {
    let err: unknown;
    try {
      unwrap(envelope);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(StatusError);
    expect((err as StatusError).status).toMatchObject({ code: 400, reason: 'BadRequest', message });
  });
});
