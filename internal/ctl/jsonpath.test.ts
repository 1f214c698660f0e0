import { describe, expect, it } from 'vitest';
import { JsonPath, relaxedJsonPath } from './jsonpath.js';

const pod = {
  kind: 'Pod',
  metadata: { name: 'web', labels: { app: 'web', tier: 'fe' } },
  spec: { containers: [{ name: 'a', image: 'nginx' }, { name: 'b', image: 'busybox' }] },
  status: { conditions: [{ type: 'Initialized', status: 'True' }, { type: 'Ready', status: 'False' }], restarts: 3 },
};
const list = { kind: 'List', items: [pod, { ...pod, metadata: { name: 'db', labels: {} } }] };

describe('JsonPath', () => {
  it.each([
    ['{.metadata.name}', pod, 'web'],
    ['{.items[*].metadata.name}', list, 'web db'],
    ['{range .items[*]}{.metadata.name}{"\\n"}{end}', list, 'web\ndb\n'],
    ['{.status.conditions[?(@.type=="Ready")].status}', pod, 'False'],
    ["{.status.conditions[?(@.type=='Initialized')].status}", pod, 'True'],
    ['{.status.conditions[0].type}', pod, 'Initialized'],
    ['{.status.conditions[-1].type}', pod, 'Ready'],
    ['{.spec.containers[0:1].name}', pod, 'a'],
    ['{.metadata.labels}', pod, '{"app":"web","tier":"fe"}'],
    ["{.metadata.labels['app']}", pod, 'web'],
    ['{..image}', pod, 'nginx busybox'],
    ['{.spec.containers[*].name}', pod, 'a b'],
    ['{.metadata.missing}', pod, ''],
    ['name={.metadata.name} restarts={.status.restarts}', pod, 'name=web restarts=3'],
    ['{$.kind}', pod, 'Pod'],
    ['{.status.conditions[?(@.status)].type}', pod, 'Initialized Ready'],
    ['{range .spec.containers[*]}[{.name}:{.image}]{end}', pod, '[a:nginx][b:busybox]'],
  ])('%s', (template, data, want) => {
    expect(JsonPath.parse(template).execute(data)).toBe(want);
  });

  it('reports an unclosed action', () => {
    expect(() => JsonPath.parse('{.metadata.name')).toThrow(/unclosed action/);
  });

  it('reports an index out of range', () => {
    expect(() => JsonPath.parse('{.status.conditions[5]}').execute(pod)).toThrow(/out of bounds/);
  });

  it('relaxes bare paths as kubectl does for --sort-by and custom columns', () => {
    expect(relaxedJsonPath('.metadata.name')).toBe('{.metadata.name}');
    expect(relaxedJsonPath('metadata.name')).toBe('{.metadata.name}');
    expect(relaxedJsonPath('{.metadata.name}')).toBe('{.metadata.name}');
  });
});
