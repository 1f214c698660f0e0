/** `skiffctl replace -f`: replaces each object with the file's version (an update, conditional on the live resourceVersion when the file has none). */
import { objectFromJSON, type JsonObject } from '../api/index.js';
import { defineCommand } from './command.js';
import { CtlError } from './ctl-error.js';
import { DRY_RUN_FLAG, FILE_FLAGS, dryRunSuffix, fileError, forEachManifest } from './file-objects.js';
import { qualifiedName } from './object-json.js';

export const replaceCommand = defineCommand({
  name: 'replace',
  short: 'Replace a resource by file name or stdin',
  usage: '-f FILENAME [flags]',
  flags: { ...FILE_FLAGS, ...DRY_RUN_FLAG },
  async run(ctx, o) {
    if (o.filename.length === 0) throw new CtlError('must specify --filename to replace', true);
    await forEachManifest(ctx, o, async (m) => {
      const rc0 = ctx.client().resource(m.kind.resource);
      const rc = m.kind.namespaced ? rc0.namespace(m.namespace ?? ctx.namespace) : rc0;
      try {
        const meta = (m.json['metadata'] ?? {}) as JsonObject;
        let json = m.json;
        if (!meta['resourceVersion']) {
          const live = await rc.get(m.name);
          json = { ...json, metadata: { ...meta, resourceVersion: live.metadata?.resourceVersion ?? '' } };
        }
        if (o.dryRun !== 'client') await rc.update(objectFromJSON(json).object, { dryRun: o.dryRun === 'server' });
      } catch (err) {
        throw fileError(err, 'replacing', m.doc.source);
      }
      ctx.out(`${qualifiedName(m.kind, m.name)} replaced${dryRunSuffix(o.dryRun)}\n`);
    });
  },
});
