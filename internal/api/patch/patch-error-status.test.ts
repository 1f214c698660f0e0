import { describe, expect, it } from 'vitest';
import { PatchError, type PatchErrorCode } from './patch-error.js';
import { patchErrorStatus } from './patch-error-status.js';

describe('patchErrorStatus', () => {
  it.each<[PatchErrorCode, string, object]>([
    ['BadRequest', 'invalid patch format of retainKeys', { code: 400, reason: 'BadRequest', message: 'invalid patch format of retainKeys' }],
    ['RequestEntityTooLarge', 'The allowed maximum operations in a JSON patch is 10000, got 10001', {
      code: 413,
      reason: 'RequestEntityTooLarge',
      message: 'Request entity too large: The allowed maximum operations in a JSON patch is 10000, got 10001',
    }],
    ['Invalid', 'testing value /spec/replicas failed: test failed', {
      code: 422,
      reason: 'Invalid',
      message: 'the server rejected our request due to an error in our request',
      details: {},
    }],
    ['Unknown', 'merging lists cannot yet be specified in the patch', { code: 500, message: 'merging lists cannot yet be specified in the patch' }],
  ])('answers %s as Kubernetes does', (code, message, status) => {
    const err = patchErrorStatus(new PatchError(code, message));
    expect(err.status).toMatchObject(status);
    if (code === 'Unknown') expect(err.status.reason).toBeUndefined();
  });
});
