/** `skiffctl annotate TYPE NAME k=v k2- [--overwrite]`: prints `annotated`. */
import { defineCommand } from './command.js';
import { METADATA_FLAGS, updateMetadata } from './metadata-update.js';

export const annotateCommand = defineCommand({
  name: 'annotate',
  short: 'Update the annotations on a resource',
  usage: '[--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [KEY-] [flags]',
  flags: METADATA_FLAGS,
  async run(ctx, o, args) {
    await updateMetadata(ctx, { field: 'annotations', what: 'annotation', done: () => 'annotated' }, o, args);
  },
});
