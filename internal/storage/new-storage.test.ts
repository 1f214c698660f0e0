import { describe, expect, it } from 'vitest';
import { newStorage } from './new-storage.js';
import { MemoryStorage } from './memory-storage.js';

describe('newStorage', () => {
  it('constructs a backend by name', () => {
    expect(newStorage({ backend: 'memory' })).toBeInstanceOf(MemoryStorage);
    expect(newStorage({ backend: 'leveldb', path: '/nonexistent/unused' }).constructor.name).toBe('LevelDBStorage');
  });
});
