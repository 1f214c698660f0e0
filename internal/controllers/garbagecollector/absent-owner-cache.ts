/**
 * AbsentOwnerCache: the owners the garbage collector has verified absent (a live GET answered
 * NotFound or another uid), so dependents of one deleted owner do not each GET it again. Bounded
 * LRU, as Kubernetes' (500 entries): forgetting an entry only costs one more GET.
 */
import type { ObjectIdentity } from './object-reference.js';

/** The default number of identities remembered. */
export const ABSENT_OWNER_CACHE_SIZE = 500;

function keyOf(id: ObjectIdentity): string {
  return `${id.uid}\u0000${id.apiVersion}\u0000${id.kind}\u0000${id.namespace}\u0000${id.name}`;
}

/** A bounded LRU set of identities verified absent. */
export class AbsentOwnerCache {
  private readonly entries = new Map<string, true>();

  constructor(private readonly capacity = ABSENT_OWNER_CACHE_SIZE) {}

  /** Records `id` as absent. */
  add(id: ObjectIdentity): void {
    const key = keyOf(id);
    this.entries.delete(key);
    this.entries.set(key, true);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  /** Whether `id` was verified absent (and marks it recently used). */
  has(id: ObjectIdentity): boolean {
    const key = keyOf(id);
    if (!this.entries.has(key)) return false;
    this.entries.delete(key);
    this.entries.set(key, true);
    return true;
  }
}
