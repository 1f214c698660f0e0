/**
 * What `label` and `annotate` share: `key=value` and `key-` arguments after the resources, the
 * `--overwrite` rule, and a merge patch of `metadata.labels` or `metadata.annotations` per object
 * (`--all` and `-l` select many).
 */
import type { KindInfo, KubeObject } from '../api/index.js';
import type { CommandContext } from './command-context.js';
import { CtlError, ExitError, errorText } from './ctl-error.js';
import { requestsFrom } from './get.js';
import { qualifiedName } from './object-json.js';
import type { ResourceRequest } from './resource-args.js';
import { fetchObjects } from './resource-fetcher.js';

/** The changes asked for: keys to set and keys to remove. */
export interface MetadataChanges {
  readonly set: ReadonlyMap<string, string>;
  readonly remove: readonly string[];
}

/** Splits arguments into resource arguments and `k=v` / `k-` changes. */
export function splitChanges(args: readonly string[]): { resources: string[]; changes: MetadataChanges } {
  const resources: string[] = [];
  const set = new Map<string, string>();
  const remove: string[] = [];
  for (const a of args) {
    const eq = a.indexOf('=');
    if (eq > 0) set.set(a.slice(0, eq), a.slice(eq + 1));
    else if (a.endsWith('-') && a.length > 1 && !a.includes('/')) remove.push(a.slice(0, -1));
    else resources.push(a);
  }
  for (const k of remove) if (set.has(k)) throw new CtlError(`can not both modify and remove the key ${JSON.stringify(k)} in the same command`);
  return { resources, changes: { set, remove } };
}

/** Which metadata map, and the words kubectl prints. */
export interface MetadataField {
  readonly field: 'labels' | 'annotations';
  readonly what: string;
  readonly done: (changes: MetadataChanges, changed: boolean) => string;
}

/** Runs label or annotate. */
export async function updateMetadata(
  ctx: CommandContext,
  target: MetadataField,
  o: { overwrite: boolean; all: boolean; selector?: string; filename: readonly string[]; recursive: boolean; allNamespaces: boolean; dryRun: string; list: boolean },
  args: readonly string[],
): Promise<void> {
  const { resources, changes } = splitChanges(args);
  const requests: ResourceRequest[] = await requestsFrom(ctx, resources, o.filename, o.recursive);
  if (requests.length === 0) throw new CtlError('one or more resources must be specified as <resource> <name> or <resource>/<name>', true);
  if (!o.list && changes.set.size === 0 && changes.remove.length === 0) throw new CtlError(`at least one ${target.what} update is required`, true);
  const byName = requests.every((r) => r.names.length > 0);
  if (!byName && !o.all && !o.selector) throw new CtlError('resource(s) were provided, but no name was specified', true);
  const fetched = await fetchObjects(ctx, requests, { labelSelector: o.selector, allNamespaces: o.allNamespaces });
  let failed = fetched.errors.length > 0;
  for (const e of fetched.errors) ctx.err(`${errorText(e)}\n`);
  for (const g of fetched.groups) {
    for (const { kind, object } of g.objects) {
      try {
        await updateOne(ctx, target, kind, object, changes, o);
      } catch (err) {
        failed = true;
        ctx.err(`${errorText(err)}\n`);
      }
    }
  }
  if (failed) throw new ExitError(1);
}

async function updateOne(ctx: CommandContext, target: MetadataField, kind: KindInfo, object: KubeObject, changes: MetadataChanges, o: { overwrite: boolean; dryRun: string; list: boolean }): Promise<void> {
  const current: Record<string, string> = { ...((object.metadata?.[target.field] as Record<string, string> | undefined) ?? {}) };
  const name = object.metadata?.name ?? '';
  if (o.list) {
    ctx.out(`Listing ${target.field} for ${kind.kind}.${kind.group}/${name}:\n`);
    for (const [k, v] of Object.entries(current)) ctx.out(` ${k}=${v}\n`);
    return;
  }
  const patch: Record<string, string | null> = {};
  for (const [k, v] of changes.set) {
    if (current[k] !== undefined && current[k] !== v && !o.overwrite) throw new CtlError(`'${k}' already has a value (${current[k]}), and --overwrite is false`);
    if (current[k] !== v) patch[k] = v;
  }
  for (const k of changes.remove) if (current[k] !== undefined) patch[k] = null;
  const changed = Object.keys(patch).length > 0;
  if (changed && o.dryRun !== 'client') {
    const rc0 = ctx.client().resource(kind.resource);
    const rc = kind.namespaced ? rc0.namespace(object.metadata?.namespace ?? ctx.namespace) : rc0;
    await rc.patch(name, 'merge', { metadata: { [target.field]: patch } }, { dryRun: o.dryRun === 'server' });
  }
  ctx.out(`${qualifiedName(kind, name)} ${target.done(changes, changed)}\n`);
}

/** The common flags of label and annotate. */
export const METADATA_FLAGS = {
  overwrite: { type: 'bool', help: 'allow replacing an existing value' },
  all: { type: 'bool', help: 'select every object of the types in the namespace' },
  'all-namespaces': { type: 'bool', alias: 'A', help: 'with --all or -l: in every namespace' },
  selector: { type: 'string', alias: 'l', help: 'label selector of the objects to update' },
  filename: { type: 'stringList', alias: 'f', help: 'files naming the objects to update' },
  recursive: { type: 'bool', alias: 'R', help: 'process the directories of -f recursively' },
  'dry-run': { type: 'enum', values: ['none', 'client', 'server'], default: 'none', help: 'client or server: do not persist' },
  list: { type: 'bool', help: 'list the current values instead of changing them' },
} as const;
