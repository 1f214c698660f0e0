/**
 * `skiffctl delete`: by file, by `TYPE NAME...` or `TYPE/NAME`, by `-l` or `--all`; with
 * `--cascade=background|foreground|orphan` (the propagation policy), `--grace-period`, and `--wait`
 * (the default, as kubectl: return once each object is gone, which for Foreground and for objects
 * with finalizers needs the controllers to finish).
 */
import { isNotFound, type KindInfo } from '../api/index.js';
import { kindPrefix } from '../api/printers/index.js';
import { defineCommand } from './command.js';
import type { CommandContext } from './command-context.js';
import { CtlError, ExitError, errorText } from './ctl-error.js';
import { dryRunSuffix } from './file-objects.js';
import { noResourcesMessage, requestsFrom } from './get.js';
import { fetchObjects } from './resource-fetcher.js';

/** kubectl's `--cascade` values as a propagation policy. */
export function propagationPolicy(cascade: string): 'Background' | 'Foreground' | 'Orphan' {
  switch (cascade) {
    case 'background':
    case 'true':
    case '':
      return 'Background';
    case 'foreground':
      return 'Foreground';
    case 'orphan':
    case 'false':
      return 'Orphan';
    default:
      throw new CtlError(`invalid cascade value (${cascade}). Must be "background", "foreground", or "orphan"`);
  }
}

/** `deployment.apps "web"`, as kubectl's delete names an object. */
export function deletedName(kind: KindInfo, name: string): string {
  return `${kindPrefix(kind.kind)} "${name}"`;
}

async function waitGone(ctx: CommandContext, kind: KindInfo, namespace: string | undefined, name: string, uid: string | undefined, timeoutMs: number): Promise<void> {
  const rc0 = ctx.client().resource(kind.resource);
  const rc = namespace !== undefined && kind.namespaced ? rc0.namespace(namespace) : rc0;
  const deadline = timeoutMs > 0 ? Date.now() + timeoutMs : Infinity;
  for (;;) {
    try {
      const live = await rc.get(name);
      if (uid && live.metadata?.uid !== uid) return;
    } catch (err) {
      if (isNotFound(err)) return;
      throw err;
    }
    if (ctx.io.signal.aborted) throw new ExitError(130);
    if (Date.now() > deadline) throw new CtlError(`timed out waiting for the condition on ${kind.resource}/${name}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const deleteCommand = defineCommand({
  name: 'delete',
  short: 'Delete resources by file names, stdin, resources and names, or by resources and label selector',
  usage: '([-f FILENAME] | TYPE [(NAME | -l label | --all)]) [flags]',
  flags: {
    filename: { type: 'stringList', alias: 'f', help: 'files, directories or - naming the objects to delete' },
    recursive: { type: 'bool', alias: 'R', help: 'process the directories of -f recursively' },
    selector: { type: 'string', alias: 'l', help: 'label selector of the objects to delete' },
    'field-selector': { type: 'string', help: 'field selector of the objects to delete' },
    all: { type: 'bool', help: 'delete every object of the types in the namespace' },
    'all-namespaces': { type: 'bool', alias: 'A', help: 'with -l or --all: in every namespace' },
    cascade: { type: 'string', default: 'background', help: 'background, foreground or orphan: what happens to dependents' },
    'grace-period': { type: 'int', default: -1, help: 'seconds given to the object to terminate gracefully; -1: the object\'s own' },
    now: { type: 'bool', help: 'signal the objects to stop at once (--grace-period=1)' },
    force: { type: 'bool', help: 'with --grace-period=0: delete at once' },
    wait: { type: 'bool', default: true, help: 'wait for the objects to be gone before returning' },
    timeout: { type: 'duration', default: '0s', help: 'how long to wait for the deletion; 0 waits as long as it takes' },
    'ignore-not-found': { type: 'bool', help: 'treat "not found" as a successful delete' },
    'dry-run': { type: 'enum', values: ['none', 'client', 'server'], default: 'none', help: 'client or server: do not delete' },
    output: { type: 'string', alias: 'o', help: 'output format: name' },
  },
  async run(ctx, o, args) {
    const requests = await requestsFrom(ctx, args, o.filename, o.recursive);
    if (requests.length === 0) throw new CtlError('You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   \'-f rsrc.yaml\'\n   \'--filename=rsrc.json\'\n   \'<resource> <name>\'\n   \'<resource>\'');
    const byName = requests.every((r) => r.names.length > 0);
    if (!byName && !o.all && !o.selector && !o.fieldSelector) throw new CtlError('resource(s) were provided, but no name was specified');
    if (byName && (o.all || o.selector)) throw new CtlError('name cannot be provided when a selector is specified');
    const policy = propagationPolicy(o.cascade);
    const grace = o.now ? 1 : o.gracePeriod;
    const fetched = await fetchObjects(ctx, requests, { allNamespaces: o.allNamespaces, labelSelector: o.selector, fieldSelector: o.fieldSelector, ignoreNotFound: o.ignoreNotFound });
    let failed = false;
    for (const e of fetched.errors) {
      failed = true;
      ctx.err(`${errorText(e)}\n`);
    }
    const deleted: { kind: KindInfo; namespace?: string; name: string; uid?: string }[] = [];
    let any = false;
    for (const g of fetched.groups) {
      for (const { kind, object } of g.objects) {
        any = true;
        const name = object.metadata?.name ?? '';
        const namespace = object.metadata?.namespace || undefined;
        const rc0 = ctx.client().resource(kind.resource);
        const rc = kind.namespaced && namespace ? rc0.namespace(namespace) : rc0;
        try {
          if (o.dryRun !== 'client') {
            await rc.delete(name, {
              propagationPolicy: policy,
              ...(grace >= 0 ? { gracePeriodSeconds: o.force && grace === 0 ? 0 : grace } : {}),
              preconditions: object.metadata?.uid ? { uid: object.metadata.uid } : undefined,
              dryRun: o.dryRun === 'server',
            });
          }
          ctx.out(o.output === 'name' ? `${kindPrefix(kind.kind)}/${name}\n` : `${deletedName(kind, name)} deleted${dryRunSuffix(o.dryRun)}\n`);
          deleted.push({ kind, namespace, name, uid: object.metadata?.uid });
        } catch (err) {
          if (o.ignoreNotFound && isNotFound(err)) continue;
          failed = true;
          ctx.err(`${errorText(err)}\n`);
        }
      }
    }
    if (!any && !byName && !failed) ctx.err(noResourcesMessage(requests.some((r) => r.kind.namespaced) && !o.allNamespaces ? ctx.namespace : undefined));
    if (o.wait && o.dryRun === 'none') {
      for (const d of deleted) await waitGone(ctx, d.kind, d.namespace, d.name, d.uid, o.timeout);
    }
    if (failed) throw new ExitError(1);
  },
});
