/**
 * StaticObjectReader: an ObjectReader over fixed lists of objects, for tests and for tools that
 * admit objects without a running API server.
 */
import type { KubeObject } from '../../api/index.js';
import type { ObjectReader } from './admission.js';

/** An ObjectReader over fixed lists of objects, keyed by resource (`pods`, `priorityclasses`). */
export class StaticObjectReader implements ObjectReader {
  private readonly byResource: ReadonlyMap<string, readonly KubeObject[]>;

  constructor(objects: Readonly<Record<string, readonly object[]>> = {}) {
    this.byResource = new Map(Object.entries(objects).map(([resource, list]) => [resource, list as readonly KubeObject[]]));
  }

  /** The object of `resource` with that namespace ("" for cluster-scoped) and name, or undefined. */
  get(resource: string, namespace: string, name: string): KubeObject | undefined {
    return this.list(resource).find((o) => (o.metadata?.namespace ?? '') === namespace && o.metadata?.name === name);
  }

  /** Every object of `resource`. */
  list(resource: string): readonly KubeObject[] {
    return this.byResource.get(resource) ?? [];
  }
}
