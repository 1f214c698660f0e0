/**
 * `skiffctl edit TYPE NAME`: the object as YAML in `$KUBE_EDITOR` or `$EDITOR` (default vi); the
 * edited version goes back as a strategic merge patch from the original. On an error the file is
 * reopened with the error in comments at the top, as kubectl does; saving it unchanged gives up and
 * keeps a copy of the edits.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { objectFromJSON, typeOfKind, type JsonObject } from '../api/index.js';
import { createTwoWayMergePatch, schemaForType } from '../api/patch/index.js';
import { defineCommand } from './command.js';
import type { CommandContext } from './command-context.js';
import { CtlError, errorText } from './ctl-error.js';
import { requestsFrom } from './get.js';
import { qualifiedName, toJson } from './object-json.js';
import { toYaml } from './yaml-output.js';

const HEADER = [
  '# Please edit the object below. Lines beginning with a \'#\' will be ignored,',
  '# and an empty file will abort the edit. If an error occurs while saving this file will be',
  '# reopened with the relevant failures.',
  '#',
].join('\n');

function runEditor(ctx: CommandContext, path: string): void {
  const editor = ctx.io.env['KUBE_EDITOR'] || ctx.io.env['EDITOR'] || 'vi';
  const r = spawnSync(`${editor} ${JSON.stringify(path)}`, { shell: true, stdio: 'inherit', env: { ...ctx.io.env } });
  if (r.status !== 0) throw new CtlError(`there was a problem with the editor "${editor}"`);
}

function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('#'))
    .join('\n');
}

export const editCommand = defineCommand({
  name: 'edit',
  short: 'Edit a resource on the server',
  usage: '(RESOURCE/NAME | -f FILENAME) [flags]',
  flags: {
    filename: { type: 'stringList', alias: 'f', help: 'files naming the object to edit' },
    recursive: { type: 'bool', alias: 'R', help: 'process the directories of -f recursively' },
  },
  async run(ctx, o, args) {
    const requests = await requestsFrom(ctx, args, o.filename, o.recursive);
    if (requests.length !== 1 || requests[0]!.names.length !== 1) throw new CtlError('edit takes exactly one object: TYPE NAME or TYPE/NAME', true);
    const { kind, names } = requests[0]!;
    const rc0 = ctx.client().resource(kind.resource);
    const rc = kind.namespaced ? rc0.namespace(ctx.namespace) : rc0;
    const original = toJson(kind, await rc.get(names[0]!));
    const dir = mkdtempSync(join(tmpdir(), 'skiffctl-edit-'));
    const path = join(dir, `${kind.resource}-${names[0]!}.yaml`);
    let body = toYaml(original);
    let error = '';
    for (;;) {
      const shown = `${HEADER}\n${error ? `${error.split('\n').map((l) => `# ${l}`).join('\n')}\n#\n` : ''}${body}`;
      writeFileSync(path, shown);
      runEditor(ctx, path);
      const edited = readFileSync(path, 'utf8');
      const stripped = stripComments(edited);
      if (stripped.trim() === '') {
        ctx.out('Edit cancelled, no changes made.\n');
        return;
      }
      if (error && stripped === stripComments(shown)) {
        ctx.err(`A copy of your changes has been stored to "${path}"\n`);
        throw new CtlError('Edit cancelled, no valid changes were saved.');
      }
      if (stripped === stripComments(`${HEADER}\n${toYaml(original)}`)) {
        ctx.out('Edit cancelled, no changes made.\n');
        return;
      }
      body = stripped.replace(/^\n+/, '');
      try {
        const json = parse(stripped) as JsonObject;
        objectFromJSON(json);
        const patch = createTwoWayMergePatch(original, json, schemaForType(typeOfKind(kind)));
        if (!patch.ok) throw new CtlError(patch.error.message);
        if (Object.keys(patch.value).length === 0) {
          ctx.out('Edit cancelled, no changes made.\n');
          return;
        }
        await rc.patch(names[0]!, 'strategic', patch.value);
        ctx.out(`${qualifiedName(kind, names[0]!)} edited\n`);
        return;
      } catch (err) {
        error = errorText(err);
      }
    }
  },
});
