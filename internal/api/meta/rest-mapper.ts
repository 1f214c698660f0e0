/**
 * RESTMapper: group/version/kind ↔ resource, and the names a user may type for a resource (plural,
 * singular, short names, `resource.group`, categories such as `all`), over the table in kinds.ts.
 */
import { KINDS, type KindInfo } from './kinds.js';

/** A group/version/resource. */
export interface GroupVersionResource {
  readonly group: string;
  readonly version: string;
  readonly resource: string;
}

/** A group/version/kind. */
export interface GroupVersionKind {
  readonly group: string;
  readonly version: string;
  readonly kind: string;
}

/** `apps/v1`, or `v1` for the core group. */
export function apiVersionOf(gv: { group: string; version: string }): string {
  return gv.group === '' ? gv.version : `${gv.group}/${gv.version}`;
}

/** Splits an apiVersion (`apps/v1`, `v1`) into group and version. */
export function parseApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}

/** What parseGroupVersion makes of a string: a group and version, or Kubernetes' error. */
export type ParseGroupVersionResult =
  | { readonly ok: true; readonly group: string; readonly version: string }
  | { readonly ok: false; readonly error: string };

/**
 * Kubernetes' schema.ParseGroupVersion: `""` (and `/`) is the empty group version, `v1` the core
 * group's, `apps/v1` a group's; two slashes or more are refused with
 * `unexpected GroupVersion string: a/b/c`.
 */
export function parseGroupVersion(gv: string): ParseGroupVersionResult {
  const slash = gv.indexOf('/');
  if (slash < 0) return { ok: true, group: '', version: gv };
  // Finds a second slash without splitting: owner references are parsed on every write.
  if (gv.includes('/', slash + 1)) return { ok: false, error: `unexpected GroupVersion string: ${gv}` };
  return { ok: true, group: gv.slice(0, slash), version: gv.slice(slash + 1) };
}

/** Looks kinds up by resource, by kind and by the names users type. */
export class RESTMapper {
  private readonly byResource = new Map<string, KindInfo>();
  private readonly byKind = new Map<string, KindInfo>();
  private readonly byName = new Map<string, KindInfo[]>();
  private readonly byCategory = new Map<string, KindInfo[]>();

  constructor(readonly kinds: readonly KindInfo[] = KINDS) {
    for (const k of kinds) {
      this.byResource.set(`${k.group}/${k.version}/${k.resource}`, k);
      this.byKind.set(`${k.group}/${k.version}/${k.kind}`, k);
      const names = [k.resource, k.singular, k.kind.toLowerCase(), ...k.shortNames];
      for (const n of names) {
        this.addName(n, k);
        if (k.group !== '') this.addName(`${n}.${k.group}`, k);
        this.addName(`${n}.${k.version}.${k.group}`.replace(/\.$/, ''), k);
      }
      for (const c of k.categories) this.byCategory.set(c, [...(this.byCategory.get(c) ?? []), k]);
    }
  }

  private addName(name: string, k: KindInfo): void {
    const list = this.byName.get(name) ?? [];
    if (!list.includes(k)) list.push(k);
    this.byName.set(name, list);
  }

  /** The kind served at a group/version/resource, or undefined. */
  forResource(gvr: GroupVersionResource): KindInfo | undefined {
    return this.byResource.get(`${gvr.group}/${gvr.version}/${gvr.resource}`);
  }

  /** The kind with a group/version/kind, or undefined. */
  forKind(gvk: GroupVersionKind): KindInfo | undefined {
    return this.byKind.get(`${gvk.group}/${gvk.version}/${gvk.kind}`);
  }

  /** The kind named by an object's apiVersion and kind, or undefined. */
  forObject(apiVersion: string, kind: string): KindInfo | undefined {
    return this.forKind({ ...parseApiVersion(apiVersion), kind });
  }

  /**
   * Resolves what a user typed (`po`, `pods`, `Pod`, `deployments.apps`, `deploy`) to kinds; a
   * category (`all`) expands to all its kinds. Empty when nothing matches.
   */
  resolve(name: string): KindInfo[] {
    const lower = name.toLowerCase();
    return this.byName.get(lower) ?? this.byName.get(name) ?? this.byCategory.get(lower) ?? [];
  }

  /** The kinds in a category (`all`). */
  category(name: string): KindInfo[] {
    return this.byCategory.get(name) ?? [];
  }
}

/** The process-wide RESTMapper over every kind Skiff serves. */
export const restMapper = new RESTMapper();
