/** `skiffctl scale --replicas=N TYPE NAME` (or TYPE/NAME, -f): through the scale subresource; `--current-replicas` is a precondition. */
import { defineCommand } from './command.js';
import { CtlError, ExitError, errorText } from './ctl-error.js';
import { requestsFrom } from './get.js';
import { qualifiedName } from './object-json.js';

export const scaleCommand = defineCommand({
  name: 'scale',
  short: 'Set a new size for a deployment, replica set, replication controller, or stateful set',
  usage: '[--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME) [flags]',
  flags: {
    replicas: { type: 'int', min: 0, help: 'the new number of replicas' },
    'current-replicas': { type: 'int', default: -1, help: 'only scale when the current number of replicas is this' },
    filename: { type: 'stringList', alias: 'f', help: 'files naming the objects to scale' },
    recursive: { type: 'bool', alias: 'R', help: 'process the directories of -f recursively' },
  },
  async run(ctx, o, args) {
    if (o.replicas === undefined) throw new CtlError('The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0', true);
    const requests = await requestsFrom(ctx, args, o.filename, o.recursive);
    if (requests.length === 0 || requests.some((r) => r.names.length === 0)) throw new CtlError('resource(s) were provided, but no name was specified', true);
    let failed = false;
    for (const r of requests) {
      if (!r.kind.subresources.some((s) => s.name === 'scale')) {
        failed = true;
        ctx.err(`error: no scaler has been implemented for ${JSON.stringify(r.kind.kind)}\n`);
        continue;
      }
      const rc0 = ctx.client().resource(r.kind.resource);
      const rc = r.kind.namespaced ? rc0.namespace(ctx.namespace) : rc0;
      for (const name of r.names) {
        try {
          const scale = await rc.getScale(name);
          const current = scale.spec?.replicas ?? 0;
          if (o.currentReplicas >= 0 && current !== o.currentReplicas) {
            throw new CtlError(`Expected replicas to be ${o.currentReplicas}, was ${current}`);
          }
          await rc.updateScale(name, { ...scale, spec: { ...(scale.spec ?? {}), replicas: o.replicas } });
          ctx.out(`${qualifiedName(r.kind, name)} scaled\n`);
        } catch (err) {
          failed = true;
          ctx.err(`${errorText(err)}\n`);
        }
      }
    }
    if (failed) throw new ExitError(1);
  },
});
