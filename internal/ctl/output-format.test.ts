import { describe, expect, it } from 'vitest';
import { restMapper, type JsonObject } from '../api/index.js';
import { parseOutputFormat, printItems } from './output-format.js';
import { toYaml } from './yaml-output.js';
import { layoutColumns } from './text-columns.js';

const deploy = restMapper.resolve('deploy')[0]!;
const web: JsonObject = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'default', resourceVersion: '12', creationTimestamp: '2026-01-02T03:04:05Z', annotations: { a: '{"x":1}\n' } },
  spec: { replicas: 2 },
};
const api: JsonObject = { ...web, metadata: { name: 'api' }, spec: { replicas: 1 } };

function print(o: string, items: JsonObject[], asList: boolean): string {
  const f = parseOutputFormat(o);
  if (f.type === 'table') throw new Error('table');
  return printItems(f, items.map((json) => ({ kind: deploy, json })), asList);
}

describe('output formats', () => {
  it('prints YAML as kubectl: sorted keys, quoted timestamps and numeric strings, block literals', () => {
    expect(print('yaml', [web], false)).toBe(
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '  annotations:',
        '    a: |',
        '      {"x":1}',
        '  creationTimestamp: "2026-01-02T03:04:05Z"',
        '  name: web',
        '  namespace: default',
        '  resourceVersion: "12"',
        'spec:',
        '  replicas: 2',
        '',
      ].join('\n'),
    );
  });
  it('wraps several objects in a List', () => {
    expect(print('yaml', [web, api], true)).toMatch(/^apiVersion: v1\nitems:\n- apiVersion: apps\/v1\n[\s\S]*kind: List\nmetadata:\n {2}resourceVersion: ""\n$/);
    const json = JSON.parse(print('json', [web], true)) as { kind: string; items: unknown[] };
    expect(json.kind).toBe('List');
    expect(json.items).toHaveLength(1);
  });
  it('prints JSON with four spaces, in the object\'s own field order', () => {
    expect(print('json', [api], false)).toBe('{\n    "apiVersion": "apps/v1",\n    "kind": "Deployment",\n    "metadata": {\n        "name": "api"\n    },\n    "spec": {\n        "replicas": 1\n    }\n}\n');
  });
  it('prints names with the kind prefix', () => {
    expect(print('name', [web, api], true)).toBe('deployment.apps/web\ndeployment.apps/api\n');
  });
  it('prints jsonpath over the List when several objects print', () => {
    expect(print('jsonpath={.items[*].metadata.name}', [web, api], true)).toBe('web api');
    expect(print('jsonpath={.spec.replicas}', [web], false)).toBe('2');
  });
  it('prints custom columns', () => {
    expect(print('custom-columns=NAME:.metadata.name,REPLICAS:.spec.replicas,NS:.metadata.namespace', [web, api], true)).toBe('NAME   REPLICAS   NS\nweb    2          default\napi    1          <none>\n');
  });
  it('refuses an unknown format in kubectl words', () => {
    expect(() => parseOutputFormat('xml')).toThrow(/unable to match a printer suitable for the output format "xml"/);
  });
  it('quotes strings YAML 1.1 would read otherwise', () => {
    expect(toYaml({ a: 'yes', b: 'on', c: '0' })).toBe('a: "yes"\nb: "on"\nc: "0"\n');
  });
  it('lays out columns as a tabwriter', () => {
    expect(layoutColumns([['NAME', 'X'], ['a-long-name', 'y']])).toBe('NAME          X\na-long-name   y\n');
  });
});
