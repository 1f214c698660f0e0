/** `skiffctl version`: `Client Version:` and (unless `--client`) `Server Version:` from the server's discovery, as kubectl prints them. */
import { SKIFF_GIT_VERSION } from '../api/index.js';
import { defineCommand } from './command.js';
import { toJsonText } from './json-output.js';
import { toYaml } from './yaml-output.js';

/** skiffctl's own version: the Kubernetes API it follows and Skiff's package version. */
export const CLIENT_VERSION = SKIFF_GIT_VERSION;

export const versionCommand = defineCommand({
  name: 'version',
  short: 'Print the client and server version information',
  usage: '[--client] [-o yaml|json] [flags]',
  flags: {
    client: { type: 'bool', help: 'only the client version; do not contact the server' },
    output: { type: 'string', alias: 'o', help: 'yaml or json' },
  },
  async run(ctx, o) {
    const client = { gitVersion: CLIENT_VERSION, platform: `${process.platform}/${process.arch}` };
    let server: Record<string, string> | undefined;
    if (!o.client) server = (await ctx.client().api.discovery()).version ?? {};
    if (o.output === 'json' || o.output === 'yaml') {
      const v = { clientVersion: client, ...(server ? { serverVersion: server } : {}) };
      ctx.out(o.output === 'json' ? toJsonText(v) : toYaml(v));
      return;
    }
    ctx.out(`Client Version: ${CLIENT_VERSION}\n`);
    if (server) ctx.out(`Server Version: ${server['gitVersion'] ?? ''}\n`);
  },
});
