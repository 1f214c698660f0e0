/**
 * `skiffctl describe (TYPE [NAME_PREFIX] | TYPE/NAME | -l ...)`: each object's kubectl-shaped
 * description, separated by a blank line. A bare name that matches no object is tried as a prefix,
 * as kubectl does.
 */
import { defineCommand } from './command.js';
import { CtlError, ExitError, errorText } from './ctl-error.js';
import { describeObject } from './describe/describer.js';
import { requestsFrom, SELECT_FLAGS } from './get.js';
import { isNotFound } from '../api/index.js';
import { fetchObjects, type FetchedObject } from './resource-fetcher.js';

export const describeCommand = defineCommand({
  name: 'describe',
  short: 'Show details of a specific resource or group of resources',
  usage: '(-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME) [flags]',
  flags: {
    ...SELECT_FLAGS,
    'show-events': { type: 'bool', default: true, help: 'show the events about the object' },
  },
  async run(ctx, o, args) {
    const requests = await requestsFrom(ctx, args, o.filename, o.recursive);
    if (requests.length === 0) throw new CtlError('You must specify the type of resource to describe. Use "skiffctl api-resources" for a complete list of supported resources.', true);
    const found: FetchedObject[] = [];
    const errors: unknown[] = [];
    for (const r of requests) {
      const res = await fetchObjects(ctx, [r], { allNamespaces: o.allNamespaces, labelSelector: o.selector, fieldSelector: o.fieldSelector });
      found.push(...res.groups.flatMap((g) => g.objects));
      for (const e of res.errors) {
        // kubectl falls back to the names that start with the one given.
        if (isNotFound(e) && r.names.length === 1 && args.length > 0 && !args[0]!.includes('/')) {
          const all = await fetchObjects(ctx, [{ kind: r.kind, names: [] }], {});
          const prefixed = all.groups.flatMap((g) => g.objects).filter((x) => (x.object.metadata?.name ?? '').startsWith(r.names[0]!));
          if (prefixed.length > 0) {
            found.push(...prefixed);
            continue;
          }
        }
        errors.push(e);
      }
    }
    const texts: string[] = [];
    for (const f of found) texts.push(await describeObject(ctx, f.kind, f.object, o.showEvents));
    ctx.out(texts.join('\n\n'));
    if (found.length === 0 && errors.length === 0) ctx.err(requests.some((r) => r.kind.namespaced) && !o.allNamespaces ? `No resources found in ${ctx.namespace} namespace.\n` : 'No resources found\n');
    for (const e of errors) ctx.err(`${errorText(e)}\n`);
    if (errors.length > 0) throw new ExitError(1);
  },
});
