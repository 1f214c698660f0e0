import { describe, expect, it } from 'vitest';
import { messageType, protoFiles } from './root.js';

describe('protoRoot', () => {
  it('loads every proto file and resolves custom patch options', () => {
    expect(protoFiles()).toContain('meta/v1/meta.proto');
    const field = messageType('skiff.meta.v1.ObjectMeta').fields['ownerReferences'];
    expect(field.options?.['(skiff.patch_merge_key)']).toBe('uid');
  });
});
