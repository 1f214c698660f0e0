/**
 * `skiffctl patch TYPE NAME -p PATCH --type strategic|merge|json` (also `TYPE/NAME` or `-f`); the
 * patch may be JSON or YAML. Prints `deployment.apps/web patched`, or `patched (no change)` when
 * the object's resourceVersion stayed the same.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { defineCommand } from './command.js';
import { CtlError, ExitError, errorText } from './ctl-error.js';
import { dryRunSuffix } from './file-objects.js';
import { requestsFrom } from './get.js';
import { qualifiedName } from './object-json.js';
import { parseOutputFormat, printItems } from './output-format.js';
import { toJson, withTypeMeta } from './object-json.js';

/** Parses a patch given as JSON or YAML. */
export function parsePatch(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    try {
      return parse(text) as unknown;
    } catch (err) {
      throw new CtlError(`unable to parse "${text}": ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}

export const patchCommand = defineCommand({
  name: 'patch',
  short: 'Update fields of a resource',
  usage: '(-f FILENAME | TYPE NAME) [-p PATCH|--patch-file FILE] [--type strategic|merge|json] [flags]',
  flags: {
    filename: { type: 'stringList', alias: 'f', help: 'a file naming the object to patch' },
    recursive: { type: 'bool', alias: 'R', help: 'process the directories of -f recursively' },
    patch: { type: 'string', alias: 'p', help: 'the patch, as JSON or YAML' },
    'patch-file': { type: 'string', help: 'a file holding the patch' },
    type: { type: 'enum', values: ['json', 'merge', 'strategic'], default: 'strategic', help: 'the type of patch' },
    subresource: { type: 'string', help: 'a subresource to patch (status, scale)' },
    'dry-run': { type: 'enum', values: ['none', 'client', 'server'], default: 'none', help: 'server: do not persist' },
    output: { type: 'string', alias: 'o', help: 'output format: yaml|json|name|jsonpath=...' },
  },
  async run(ctx, o, args) {
    const text = o.patchFile !== undefined ? readFileSync(o.patchFile, 'utf8') : o.patch;
    if (text === undefined || text === '') throw new CtlError('must specify --patch or --patch-file containing the contents of the patch', true);
    const patch = parsePatch(text);
    if (o.type === 'json' && !Array.isArray(patch)) throw new CtlError(`unable to parse "${text}": json: cannot unmarshal object into Go value of type jsonpatch.Patch`);
    const requests = await requestsFrom(ctx, args, o.filename, o.recursive);
    if (requests.length === 0 || requests.some((r) => r.names.length === 0)) throw new CtlError('resource(s) were provided, but no name was specified', true);
    let failed = false;
    for (const r of requests) {
      const rc0 = ctx.client().resource(r.kind.resource);
      const rc = r.kind.namespaced ? rc0.namespace(ctx.namespace) : rc0;
      for (const name of r.names) {
        try {
          const before = await rc.get(name);
          const after = withTypeMeta(r.kind, o.dryRun === 'client' ? before : await rc.patch(name, o.type, patch, { dryRun: o.dryRun === 'server', subresource: o.subresource }));
          if (o.output) {
            const format = parseOutputFormat(o.output);
            if (format.type !== 'table') {
              ctx.out(printItems(format, [{ kind: r.kind, json: toJson(r.kind, after) }], false));
              continue;
            }
          }
          const same = before.metadata?.resourceVersion === after.metadata?.resourceVersion && o.dryRun === 'none';
          ctx.out(`${qualifiedName(r.kind, name)} patched${same ? ' (no change)' : ''}${dryRunSuffix(o.dryRun)}\n`);
        } catch (err) {
          failed = true;
          ctx.err(`${errorText(err)}\n`);
        }
      }
    }
    if (failed) throw new ExitError(1);
  },
});
