import { describe, expect, it } from 'vitest';
import { DecodeError, findDuplicateKeys, newNotFound, newTooManyRequests, StatusError } from '../../api/index.js';
import { toStatusError, warningHeaders } from './status-response.js';

describe('error mapping', () => {
  it.each([
    ['a StatusError stays itself', newNotFound({ group: 'apps', resource: 'deployments' }, 'web'), 404, 'NotFound', 'deployments.apps "web" not found'],
    ['a 429 keeps its retry hint', newTooManyRequests(), 429, 'TooManyRequests', 'Too many requests, please try again later.'],
    ['a DecodeError is a 400', new DecodeError([{ kind: 'type', path: 'spec.replicas', message: 'spec.replicas: expected a number, got a string ("x")' }]), 400, 'BadRequest', 'spec.replicas: expected a number, got a string ("x")'],
    ['anything else is a 500', new Error('disk on fire'), 500, 'InternalError', 'Internal error occurred: disk on fire'],
  ])('%s', (_name, err, code, reason, message) => {
    const se = toStatusError(err);
    expect(se).toBeInstanceOf(StatusError);
    expect(se.status).toMatchObject({ kind: 'Status', apiVersion: 'v1', status: 'Failure', code, reason, message });
  });

  it('formats warnings as Kubernetes Warning headers', () => {
    expect(warningHeaders(['unknown field "spec.foo"'])).toEqual(['299 - "unknown field \\"spec.foo\\""']);
  });
});

describe('findDuplicateKeys', () => {
  it.each([
    ['{"a":1,"b":2}', []],
    ['{"metadata":{"name":"a","name":"b"}}', ['metadata.name']],
    ['{"spec":{"containers":[{"name":"a","image":"x","image":"y"}]}}', ['spec.containers[0].image']],
    ['{"a":{"x":1},"b":{"x":2}}', []],
    ['{"s":"a \\"quoted\\": key","s":1}', ['s']],
    ['{"k":1,"k":2,"k":3}', ['k']],
    ['{"k":1,"\\u006b":2}', ['k']],
  ])('%s', (text, want) => {
    expect(findDuplicateKeys(text)).toEqual(want);
  });
});
