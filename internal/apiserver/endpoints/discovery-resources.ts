/**
 * The resources discovery lists, from the RESTMapper's table: every kind and every subresource
 * (`pods/status`), with verbs, short names, categories and scope. The gRPC Discovery call and the
 * REST face's `/api`, `/apis` documents are both built from this one listing.
 */
import { KINDS } from '../../api/index.js';
import { versionInfo } from '../version.js';

/** One discovery entry: a resource (`pods`) or a subresource (`pods/status`). */
export interface DiscoveryResource {
  readonly name: string;
  readonly singularName: string;
  readonly namespaced: boolean;
  /** The group/version of the kind the resource speaks (a subresource may speak another: `autoscaling/v1 Scale`). */
  readonly group: string;
  readonly version: string;
  readonly kind: string;
  readonly verbs: readonly string[];
  readonly shortNames?: readonly string[];
  readonly categories?: readonly string[];
  /** The group/version the resource is served under (its parent's, for a subresource). */
  readonly servedGroup: string;
  readonly servedVersion: string;
}

/** Every resource and subresource, in the kinds table's order. */
export function discoveryResources(): DiscoveryResource[] {
  const out: DiscoveryResource[] = [];
  for (const k of KINDS) {
    out.push({
      name: k.resource,
      singularName: k.singular,
      namespaced: k.namespaced,
      group: k.group,
      version: k.version,
      kind: k.kind,
      verbs: k.verbs,
      shortNames: k.shortNames,
      categories: k.categories,
      servedGroup: k.group,
      servedVersion: k.version,
    });
    for (const s of k.subresources) {
      out.push({
        name: `${k.resource}/${s.name}`,
        singularName: '',
        namespaced: k.namespaced,
        group: s.group ?? k.group,
        version: s.version ?? k.version,
        kind: s.kind ?? k.kind,
        verbs: s.verbs,
        servedGroup: k.group,
        servedVersion: k.version,
      });
    }
  }
  return out;
}

/** The gRPC Discovery response: every resource and subresource, and the version. */
export function discovery(): Record<string, unknown> {
  const resources = discoveryResources().map((r) => ({
    name: r.name,
    singularName: r.singularName,
    namespaced: r.namespaced,
    group: r.group,
    version: r.version,
    kind: r.kind,
    verbs: [...r.verbs],
    ...(r.shortNames ? { shortNames: [...r.shortNames] } : {}),
    ...(r.categories ? { categories: [...r.categories] } : {}),
  }));
  return { resources, version: versionInfo() };
}
