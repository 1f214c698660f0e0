/** `skiffctl apply -f`: client-side apply of every object in the files (see client-apply.ts). */
import { defineCommand } from './command.js';
import { clientSideApply } from './client-apply.js';
import { CtlError } from './ctl-error.js';
import { DRY_RUN_FLAG, FILE_FLAGS, dryRunSuffix, fileError, forEachManifest } from './file-objects.js';
import { qualifiedName } from './object-json.js';

export const applyCommand = defineCommand({
  name: 'apply',
  short: 'Apply a configuration to a resource by file name or stdin',
  usage: '(-f FILENAME | -R -f DIRECTORY) [flags]',
  flags: {
    ...FILE_FLAGS,
    ...DRY_RUN_FLAG,
    output: { type: 'string', alias: 'o', help: 'output format: name' },
  },
  async run(ctx, o) {
    if (o.filename.length === 0) throw new CtlError('must specify one of -f and -k', true);
    await forEachManifest(ctx, o, async (m) => {
      let result;
      try {
        result = await clientSideApply(ctx.client(), m.kind, m.json, { name: m.name, namespace: m.namespace, dryRun: o.dryRun });
      } catch (err) {
        throw fileError(err, 'applying', m.doc.source);
      }
      const name = qualifiedName(m.kind, m.name);
      ctx.out(o.output === 'name' ? `${name}\n` : `${name} ${result.outcome}${dryRunSuffix(o.dryRun)}\n`);
    });
  },
});
