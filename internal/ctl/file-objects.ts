/**
 * The `-f` pipeline the writing verbs share (apply, create, replace, delete): read the manifests,
 * decode and check each document, and run the verb on each good one; a bad document or a failed
 * call is reported (in kubectl's words, naming the file) and the others still go ahead; any failure
 * makes the exit status 1.
 */
import { StatusError } from '../api/index.js';
import type { CommandContext } from './command-context.js';
import { ExitError, errorText } from './ctl-error.js';
import { decodeManifest, parseValidate, type DecodedManifest } from './manifest-decoder.js';
import { readManifests } from './manifest-reader.js';

/** The flags that read manifests. */
export const FILE_FLAGS = {
  filename: { type: 'stringList', alias: 'f', help: 'files, directories or - (stdin) holding the objects' },
  recursive: { type: 'bool', alias: 'R', help: 'process the directories of -f recursively' },
  validate: { type: 'string', default: 'strict', help: 'strict (or true): reject unknown or duplicate fields; warn: report them; ignore (or false)' },
} as const;

/** kubectl's `--dry-run` values. */
export type DryRun = 'none' | 'client' | 'server';

/** The `--dry-run` flag. */
export const DRY_RUN_FLAG = {
  'dry-run': { type: 'enum', values: ['none', 'client', 'server'], default: 'none', help: 'client: only print what would be sent; server: send without persisting' },
} as const;

/** The suffix kubectl adds to result lines in a dry run. */
export function dryRunSuffix(dryRun: string): string {
  return dryRun === 'client' ? ' (dry run)' : dryRun === 'server' ? ' (server dry run)' : '';
}

/** A server error about one file, as kubectl words it: `error when creating "web.yaml": ...` (Invalid stays as it is). */
export function fileError(err: unknown, action: string, source: string): unknown {
  if (err instanceof StatusError && err.reason !== 'Invalid') {
    return new StatusError({ ...err.status, message: `error when ${action} "${source}": ${err.status.message ?? ''}` });
  }
  return err;
}

/** Reads `-f`, then runs `each` on every good document; throws ExitError(1) after all when any failed. */
export async function forEachManifest(
  ctx: CommandContext,
  o: { filename: readonly string[]; recursive: boolean; validate: string },
  each: (m: DecodedManifest) => Promise<void>,
): Promise<void> {
  const validate = parseValidate(o.validate);
  const docs = await readManifests(o.filename, o.recursive, () => ctx.io.readStdin(), ctx.verb);
  let failed = false;
  for (const doc of docs) {
    try {
      const m = decodeManifest(doc, { validate, namespace: ctx.namespace, explicitNamespace: ctx.explicitNamespace });
      for (const w of m.warnings) ctx.err(`Warning: ${w}\n`);
      await each(m);
    } catch (err) {
      failed = true;
      ctx.err(`${errorText(err, ctx.address)}\n`);
    }
  }
  if (failed) throw new ExitError(1);
}
