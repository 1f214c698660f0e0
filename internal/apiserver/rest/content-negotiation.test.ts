import { describe, expect, it } from 'vitest';
import { StatusError } from '../../api/index.js';
import { bodyFormat, negotiate, parseAccept, patchTypeOf } from './content-negotiation.js';

const KUBECTL_GET = 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json';
const KUBECTL_DISCOVERY = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json';

function code(fn: () => unknown): number {
  try {
    fn();
  } catch (err) {
    return (err as StatusError).code;
  }
  return 0;
}

describe('content negotiation', () => {
  it('orders media ranges by quality, then position', () => {
    expect(parseAccept('application/yaml;q=0.5, application/json').map((m) => m.type)).toEqual(['application/json', 'application/yaml']);
    expect(parseAccept(undefined)).toEqual([{ type: '*/*', params: {} }]);
  });

  it.each([
    ['kubectl get, where a Table is possible', KUBECTL_GET, { table: true }, 'table'],
    ['kubectl get, where it is not (a subresource)', KUBECTL_GET, {}, 'json'],
    ['aggregated discovery on /apis', KUBECTL_DISCOVERY, { aggregatedDiscovery: true }, 'aggregated-discovery'],
    ['aggregated discovery elsewhere', KUBECTL_DISCOVERY, {}, 'json'],
    ['protobuf first, JSON as fallback', 'application/vnd.kubernetes.protobuf,application/json', {}, 'json'],
    ['no Accept header', undefined, { table: true }, 'json'],
    ['*/*', '*/*', {}, 'json'],
    ['YAML', 'application/yaml', {}, 'yaml'],
  ])('%s', (_name, accept, can, kind) => {
    expect(negotiate(accept, can).kind).toBe(kind);
  });

  it('answers 406 when nothing acceptable can be produced', () => {
    expect(code(() => negotiate('application/vnd.kubernetes.protobuf'))).toBe(406);
    expect(code(() => negotiate('application/json;as=Table;v=v1;g=meta.k8s.io', {}))).toBe(406);
  });

  it('picks the body format: JSON, YAML or Kubernetes protobuf, and 415 for anything else', () => {
    expect(bodyFormat(undefined)).toBe('json');
    expect(bodyFormat('application/json; charset=utf-8')).toBe('json');
    expect(bodyFormat('application/yaml')).toBe('yaml');
    expect(bodyFormat('application/vnd.kubernetes.protobuf')).toBe('protobuf');
    expect(code(() => bodyFormat('application/cbor'))).toBe(415);
    expect(code(() => bodyFormat('text/plain'))).toBe(415);
  });

  it('maps patch content types, refusing server-side apply with 415', () => {
    expect(patchTypeOf('application/json-patch+json')).toBe('json');
    expect(patchTypeOf('application/merge-patch+json')).toBe('merge');
    expect(patchTypeOf('application/strategic-merge-patch+json')).toBe('strategic');
    expect(code(() => patchTypeOf('application/apply-patch+yaml'))).toBe(415);
    expect(code(() => patchTypeOf('application/json'))).toBe(415);
  });
});
