import { describe, expect, it } from 'vitest';
import { validateScale } from './index.js';

describe('validateScale', () => {
  it('accepts zero or more replicas and rejects fewer', () => {
    expect(validateScale({ spec: { replicas: 0 } }).map(String)).toEqual([]);
    expect(validateScale({ spec: { replicas: -1 } }).map(String)).toEqual([
      'spec.replicas: Invalid value: -1: must be greater than or equal to 0',
    ]);
  });
});
