/**
 * `skiffctl wait TYPE NAME --for=condition=Ready[=true] | --for=delete | --for=jsonpath='{...}'[=value]`
 * with `--timeout` (30s by default): polls each object until the condition holds, printing
 * `deployment.apps/web condition met`, or fails with kubectl's `timed out waiting for the condition`.
 */
import { isNotFound, type KindInfo, type KubeObject } from '../api/index.js';
import { defineCommand } from './command.js';
import type { CommandContext } from './command-context.js';
import { CtlError, ExitError, errorText } from './ctl-error.js';
import { requestsFrom, SELECT_FLAGS } from './get.js';
import { JsonPath, jsonPathText, relaxedJsonPath } from './jsonpath.js';
import { qualifiedName, toJson } from './object-json.js';
import { fetchObjects } from './resource-fetcher.js';

/** A parsed `--for`. */
export type WaitCondition =
  | { readonly type: 'delete' }
  | { readonly type: 'condition'; readonly condition: string; readonly value: string }
  | { readonly type: 'jsonpath'; readonly path: JsonPath; readonly value?: string };

/** Parses `--for`. */
export function parseWaitFor(spec: string): WaitCondition {
  if (spec === 'delete') return { type: 'delete' };
  if (spec.startsWith('condition=')) {
    const rest = spec.slice('condition='.length);
    const eq = rest.indexOf('=');
    return eq < 0 ? { type: 'condition', condition: rest, value: 'true' } : { type: 'condition', condition: rest.slice(0, eq), value: rest.slice(eq + 1) };
  }
  if (spec.startsWith('jsonpath=')) {
    let rest = spec.slice('jsonpath='.length);
    let value: string | undefined;
    const close = rest.lastIndexOf('}');
    const eq = rest.indexOf('=', close < 0 ? 0 : close);
    if (eq >= 0) {
      value = rest.slice(eq + 1);
      rest = rest.slice(0, eq);
    }
    rest = rest.replace(/^'(.*)'$/, '$1');
    return { type: 'jsonpath', path: JsonPath.parse(relaxedJsonPath(rest)), value };
  }
  throw new CtlError(`unrecognized condition: "${spec}"`);
}

/** Whether an object meets a condition (delete is judged by its absence, not here). */
export function conditionMet(cond: WaitCondition, json: unknown): boolean {
  if (cond.type === 'condition') {
    const conditions = ((json as { status?: { conditions?: { type?: string; status?: string }[] } }).status?.conditions ?? []);
    return conditions.some((c) => (c.type ?? '').toLowerCase() === cond.condition.toLowerCase() && (c.status ?? '').toLowerCase() === cond.value.toLowerCase());
  }
  if (cond.type === 'jsonpath') {
    const values = cond.path.values(json);
    if (cond.value === undefined) return values.length > 0;
    return values.length === 1 && jsonPathText(values[0]) === cond.value;
  }
  return false;
}

async function waitOne(ctx: CommandContext, kind: KindInfo, obj: KubeObject, cond: WaitCondition, deadline: number): Promise<void> {
  const rc0 = ctx.client().resource(kind.resource);
  const rc = kind.namespaced ? rc0.namespace(obj.metadata?.namespace ?? ctx.namespace) : rc0;
  const name = obj.metadata?.name ?? '';
  for (;;) {
    try {
      const live = await rc.get(name);
      if (cond.type === 'delete' && obj.metadata?.uid && live.metadata?.uid !== obj.metadata.uid) break;
      if (cond.type !== 'delete' && conditionMet(cond, toJson(kind, live))) break;
    } catch (err) {
      if (!isNotFound(err)) throw err;
      if (cond.type === 'delete') break;
    }
    if (Date.now() >= deadline || ctx.io.signal.aborted) throw new CtlError(`timed out waiting for the condition on ${kind.group === '' ? kind.resource : `${kind.resource}.${kind.group}`}/${name}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  ctx.out(`${qualifiedName(kind, name)} condition met\n`);
}

export const waitCommand = defineCommand({
  name: 'wait',
  short: 'Experimental: Wait for a specific condition on one or many resources',
  usage: '([-f FILENAME] | resource.group/resource.name | resource.group [(-l label | --all)]) [--for=delete|--for condition=available|--for=jsonpath=\'{}\'[=value]] [flags]',
  flags: {
    ...SELECT_FLAGS,
    for: { type: 'string', help: 'the condition: delete, condition=NAME[=value], or jsonpath=\'{...}\'[=value]' },
    timeout: { type: 'duration', default: '30s', help: 'how long to wait before giving up' },
    all: { type: 'bool', help: 'every object of the types' },
  },
  async run(ctx, o, args) {
    if (!o.for) throw new CtlError('--for must be specified', true);
    const cond = parseWaitFor(o.for);
    const requests = await requestsFrom(ctx, args, o.filename, o.recursive);
    if (requests.length === 0) throw new CtlError('resource(s) were provided, but no name was specified', true);
    const deadline = Date.now() + o.timeout;
    const fetched = await fetchObjects(ctx, requests, { allNamespaces: o.allNamespaces, labelSelector: o.selector, fieldSelector: o.fieldSelector, ignoreNotFound: cond.type === 'delete' });
    let failed = false;
    for (const e of fetched.errors) {
      failed = true;
      ctx.err(`${errorText(e)}\n`);
    }
    const objects = fetched.groups.flatMap((g) => g.objects);
    if (objects.length === 0 && !failed) {
      if (cond.type === 'delete') return;
      throw new CtlError('no matching resources found');
    }
    for (const { kind, object } of objects) {
      try {
        await waitOne(ctx, kind, object, cond, deadline);
      } catch (err) {
        failed = true;
        ctx.err(`${errorText(err)}\n`);
      }
    }
    if (failed) throw new ExitError(1);
  },
});
