/** `skiffctl label TYPE NAME k=v k2- [--overwrite]`: prints `labeled`, `unlabeled` (only removals) or `not labeled`. */
import { defineCommand } from './command.js';
import { METADATA_FLAGS, updateMetadata } from './metadata-update.js';

export const labelCommand = defineCommand({
  name: 'label',
  short: 'Update the labels on a resource',
  usage: '[--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [KEY-] [flags]',
  flags: METADATA_FLAGS,
  async run(ctx, o, args) {
    await updateMetadata(
      ctx,
      { field: 'labels', what: 'label', done: (c, changed) => (!changed ? 'not labeled' : c.set.size === 0 ? 'unlabeled' : 'labeled') },
      o,
      args,
    );
  },
});
