import { describe, expect, it } from 'vitest';
import { requestInfo } from './request-info.js';

const q = (s = ''): URLSearchParams => new URLSearchParams(s);

describe('requestInfo', () => {
  it.each([
    ['GET', '/api/v1/namespaces/ns/pods/web', '', { verb: 'get', group: '', version: 'v1', namespace: 'ns', resource: 'pods', name: 'web', subresource: '' }],
    ['GET', '/api/v1/namespaces/ns/pods', '', { verb: 'list', namespace: 'ns', resource: 'pods', name: '' }],
    ['GET', '/api/v1/namespaces/ns/pods', 'watch=true', { verb: 'watch', namespace: 'ns', resource: 'pods' }],
    ['GET', '/api/v1/namespaces/ns/pods', 'watch=1', { verb: 'watch' }],
    ['GET', '/api/v1/watch/namespaces/ns/pods/web', '', { verb: 'watch', namespace: 'ns', resource: 'pods', name: 'web' }],
    ['GET', '/apis/apps/v1/deployments', '', { verb: 'list', group: 'apps', version: 'v1', namespace: '', resource: 'deployments' }],
    ['PUT', '/apis/apps/v1/namespaces/ns/deployments/web/scale', '', { verb: 'update', group: 'apps', resource: 'deployments', name: 'web', subresource: 'scale' }],
    ['PATCH', '/api/v1/namespaces/ns/pods/web/status', '', { verb: 'patch', subresource: 'status' }],
    ['POST', '/api/v1/namespaces/ns/pods/web/eviction', '', { verb: 'create', subresource: 'eviction' }],
    ['DELETE', '/api/v1/namespaces/ns/configmaps', '', { verb: 'deletecollection', resource: 'configmaps' }],
    ['DELETE', '/api/v1/nodes/n1', '', { verb: 'delete', namespace: '', resource: 'nodes', name: 'n1' }],
    ['GET', '/api/v1/namespaces/team-a', '', { verb: 'get', namespace: 'team-a', resource: 'namespaces', name: 'team-a', subresource: '' }],
    ['PUT', '/api/v1/namespaces/team-a/finalize', '', { verb: 'update', resource: 'namespaces', name: 'team-a', subresource: 'finalize' }],
    ['GET', '/api/v1/namespaces/team-a/status', '', { resource: 'namespaces', name: 'team-a', subresource: 'status' }],
    ['GET', '/api/v1/namespaces', '', { verb: 'list', namespace: '', resource: 'namespaces' }],
    ['GET', '/api/v1/namespaces/a%2Fb/pods', '', { namespace: 'a/b' }],
  ])('%s %s?%s', (method, path, query, want) => {
    const info = requestInfo(method, path, q(query));
    expect(info.isResourceRequest).toBe(true);
    expect(info).toMatchObject(want);
  });

  it.each([
    ['GET', '/version'],
    ['GET', '/api'],
    ['GET', '/api/v1'],
    ['GET', '/apis'],
    ['GET', '/apis/apps'],
    ['GET', '/apis/apps/v1'],
    ['GET', '/openapi/v3/apis/apps/v1'],
    ['OPTIONS', '/api/v1/pods'],
    ['POST', '/api/v1/watch/pods'],
  ])('%s %s is a non-resource request', (method, path) => {
    expect(requestInfo(method, path, q()).isResourceRequest).toBe(false);
  });

  it('keeps path segments past the subresource for the handler to refuse', () => {
    expect(requestInfo('GET', '/api/v1/namespaces/ns/pods/web/log/extra', q())).toMatchObject({ subresource: 'log', extra: ['extra'] });
  });
});
