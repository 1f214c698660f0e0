/**
 * Reads what resource arguments name: each `TYPE NAME` with a get, each bare `TYPE` with a list
 * (of the namespace, or all with `-A`, filtered by `-l` and `--field-selector`). Failures for one
 * name are collected, not thrown, so the rest still print, as kubectl does.
 */
import { isNotFound, type KindInfo, type KubeObject } from '../api/index.js';
import type { CommandContext } from './command-context.js';
import { withTypeMeta } from './object-json.js';
import type { ResourceRequest } from './resource-args.js';

/** One object read, with its kind. */
export interface FetchedObject {
  readonly kind: KindInfo;
  readonly object: KubeObject;
}

/** How a fetch selects. */
export interface FetchOptions {
  readonly allNamespaces?: boolean;
  readonly labelSelector?: string;
  readonly fieldSelector?: string;
  /** Skip names that are not found instead of reporting them. */
  readonly ignoreNotFound?: boolean;
}

/** What a fetch found: objects per request, in order, the lists' resourceVersions, and the failures. */
export interface FetchResult {
  readonly groups: { readonly request: ResourceRequest; readonly objects: FetchedObject[]; readonly resourceVersion: string }[];
  readonly errors: unknown[];
}

/** The namespace a request for `kind` goes to (undefined: all, or cluster-scoped). */
export function namespaceFor(ctx: CommandContext, kind: KindInfo, allNamespaces?: boolean): string | undefined {
  if (!kind.namespaced || allNamespaces) return undefined;
  return ctx.namespace;
}

/** Reads every request. */
export async function fetchObjects(ctx: CommandContext, requests: readonly ResourceRequest[], options: FetchOptions = {}): Promise<FetchResult> {
  const groups: FetchResult['groups'][number][] = [];
  const errors: unknown[] = [];
  for (const request of requests) {
    const kind = request.kind;
    const ns = namespaceFor(ctx, kind, options.allNamespaces && request.names.length === 0);
    const client = ctx.client().resource(kind.resource);
    const scoped = ns !== undefined ? client.namespace(ns) : client;
    const objects: FetchedObject[] = [];
    let resourceVersion = '';
    if (request.names.length > 0) {
      const scopedByName = kind.namespaced ? client.namespace(request.namespace ?? ctx.namespace) : client;
      for (const name of request.names) {
        try {
          objects.push({ kind, object: withTypeMeta(kind, await scopedByName.get(name)) });
        } catch (err) {
          if (!(options.ignoreNotFound && isNotFound(err))) errors.push(err);
        }
      }
    } else {
      const list = await scoped.list({ labelSelector: options.labelSelector || undefined, fieldSelector: options.fieldSelector || undefined });
      resourceVersion = list.resourceVersion;
      for (const o of list.items) objects.push({ kind, object: withTypeMeta(kind, o) });
    }
    groups.push({ request, objects, resourceVersion });
  }
  return { groups, errors };
}
