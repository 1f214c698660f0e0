/**
 * Discovery documents, all from the one discovery listing (the RESTMapper's table): the legacy
 * `/api` (APIVersions), `/apis` (APIGroupList), `/apis/<group>` (APIGroup) and
 * `/api/v1`, `/apis/<group>/<version>` (APIResourceList with `pods/status`-style subresource
 * entries), and the aggregated `apidiscovery.k8s.io/v2` APIGroupDiscoveryList that kubectl 1.32
 * asks `/api` and `/apis` for first, which saves it one request per group-version.
 */
import { discoveryResources, type DiscoveryResource } from '../endpoints/index.js';

/** A group and its (one) version, in discovery order. */
interface GroupVersion {
  readonly group: string;
  readonly version: string;
}

function groupVersions(): GroupVersion[] {
  const out: GroupVersion[] = [];
  for (const r of discoveryResources()) {
    if (!out.some((gv) => gv.group === r.servedGroup && gv.version === r.servedVersion)) out.push({ group: r.servedGroup, version: r.servedVersion });
  }
  return out;
}

function gvString(gv: GroupVersion): string {
  return gv.group === '' ? gv.version : `${gv.group}/${gv.version}`;
}

function served(gv: GroupVersion): DiscoveryResource[] {
  return discoveryResources().filter((r) => r.servedGroup === gv.group && r.servedVersion === gv.version);
}

/** True when `group`/`version` is served. */
export function isServed(group: string, version: string): boolean {
  return groupVersions().some((gv) => gv.group === group && gv.version === version);
}

/** `/api`: the core group's versions. */
export function apiVersions(serverAddress: string): Record<string, unknown> {
  return { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }] };
}

function apiGroup(group: string): Record<string, unknown> {
  const versions = groupVersions()
    .filter((gv) => gv.group === group)
    .map((gv) => ({ groupVersion: gvString(gv), version: gv.version }));
  return { name: group, versions, preferredVersion: versions[0] };
}

/** `/apis`: every named group. */
export function apiGroupList(): Record<string, unknown> {
  const groups = [...new Set(groupVersions().map((gv) => gv.group).filter((g) => g !== ''))];
  return { kind: 'APIGroupList', apiVersion: 'v1', groups: groups.map(apiGroup) };
}

/** `/apis/<group>`, or undefined when the group is not served. */
export function apiGroupDocument(group: string): Record<string, unknown> | undefined {
  if (!groupVersions().some((gv) => gv.group === group && group !== '')) return undefined;
  return { kind: 'APIGroup', apiVersion: 'v1', ...apiGroup(group) };
}

/** `/api/v1` or `/apis/<group>/<version>`: the APIResourceList, or undefined when not served. */
export function apiResourceList(group: string, version: string): Record<string, unknown> | undefined {
  if (!isServed(group, version)) return undefined;
  const resources = served({ group, version }).map((r) => {
    const sub = r.name.includes('/');
    return {
      name: r.name,
      singularName: r.singularName,
      namespaced: r.namespaced,
      ...(sub && (r.group !== group || r.version !== version) ? { group: r.group, version: r.version } : {}),
      kind: r.kind,
      verbs: [...r.verbs],
      ...(r.shortNames && r.shortNames.length > 0 ? { shortNames: [...r.shortNames] } : {}),
      ...(r.categories && r.categories.length > 0 ? { categories: [...r.categories] } : {}),
    };
  });
  return { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: gvString({ group, version }), resources };
}

function discoveryVersion(gv: GroupVersion): Record<string, unknown> {
  const all = served(gv);
  const resources = all
    .filter((r) => !r.name.includes('/'))
    .map((r) => {
      const subresources = all
        .filter((s) => s.name.startsWith(`${r.name}/`))
        .map((s) => ({ subresource: s.name.slice(r.name.length + 1), responseKind: { group: s.group, version: s.version, kind: s.kind }, verbs: [...s.verbs] }));
      return {
        resource: r.name,
        responseKind: { group: r.group, version: r.version, kind: r.kind },
        scope: r.namespaced ? 'Namespaced' : 'Cluster',
        singularResource: r.singularName,
        verbs: [...r.verbs],
        ...(r.shortNames && r.shortNames.length > 0 ? { shortNames: [...r.shortNames] } : {}),
        ...(r.categories && r.categories.length > 0 ? { categories: [...r.categories] } : {}),
        ...(subresources.length > 0 ? { subresources } : {}),
      };
    });
  return { version: gv.version, resources, freshness: 'Current' };
}

/** The aggregated discovery document of `/api` (core = true) or `/apis`. */
export function aggregatedDiscovery(core: boolean): Record<string, unknown> {
  const gvs = groupVersions().filter((gv) => (gv.group === '') === core);
  const groups = [...new Set(gvs.map((gv) => gv.group))];
  const items = groups.map((group) => ({
    metadata: group === '' ? { creationTimestamp: null } : { name: group, creationTimestamp: null },
    versions: gvs.filter((gv) => gv.group === group).map(discoveryVersion),
  }));
  return { kind: 'APIGroupDiscoveryList', apiVersion: 'apidiscovery.k8s.io/v2', metadata: {}, items };
}
