import { describe, expect, it } from 'vitest';
import { restMapper, type JsonObject } from '../api/index.js';
import { LAST_APPLIED_ANNOTATION, applyPatch, lastAppliedValue, modifiedConfiguration } from './client-apply.js';

const deploy = restMapper.resolve('deploy')[0]!;

function config(replicas: number, extra: JsonObject = {}): JsonObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'default', labels: { app: 'web' } },
    spec: {
      replicas,
      selector: { matchLabels: { app: 'web' } },
      template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx', ...extra }] } },
    },
  };
}

function live(applied: JsonObject, changes: (o: JsonObject) => void = () => {}): JsonObject {
  const o = JSON.parse(JSON.stringify(modifiedConfiguration(applied))) as JsonObject;
  (o['metadata'] as JsonObject)['uid'] = 'u1';
  (o['metadata'] as JsonObject)['resourceVersion'] = '7';
  (o['spec'] as JsonObject)['revisionHistoryLimit'] = 10;
  changes(o);
  return o;
}

describe('client-side apply', () => {
  it('records the configuration as kubectl does: sorted compact JSON, empty annotations kept, a trailing newline', () => {
    expect(lastAppliedValue({ kind: 'ConfigMap', apiVersion: 'v1', metadata: { name: 'x', namespace: 'default' }, data: { b: '2', a: '1' } })).toBe(
      '{"apiVersion":"v1","data":{"a":"1","b":"2"},"kind":"ConfigMap","metadata":{"annotations":{},"name":"x","namespace":"default"}}\n',
    );
  });

  it('sends nothing when the configuration did not change', () => {
    expect(applyPatch(deploy, config(2), live(config(2)))).toEqual({});
  });

  it('sets what changed and keeps what others set', () => {
    const current = live(config(2), (o) => {
      ((o['metadata'] as JsonObject)['annotations'] as JsonObject)['owner'] = 'ops';
    });
    const patch = applyPatch(deploy, config(3), current);
    expect(patch['spec']).toEqual({ replicas: 3 });
    const annotations = (patch['metadata'] as JsonObject)['annotations'] as JsonObject;
    expect(Object.keys(annotations)).toEqual([LAST_APPLIED_ANNOTATION]);
  });

  it('removes what was applied before and is no longer in the file', () => {
    const before = config(2, { env: [{ name: 'MODE', value: 'prod' }] });
    const patch = applyPatch(deploy, config(2), live(before));
    const containers = (((patch['spec'] as JsonObject)['template'] as JsonObject)['spec'] as JsonObject)['containers'] as JsonObject[];
    expect(containers[0]).toEqual({ name: 'c', env: null });
  });

  it('does not remove fields it never applied', () => {
    const current = live(config(2), (o) => {
      (o['spec'] as JsonObject)['minReadySeconds'] = 5;
    });
    const patch = applyPatch(deploy, config(2), current);
    expect(patch).toEqual({});
  });
});
