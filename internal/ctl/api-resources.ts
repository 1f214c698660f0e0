/** `skiffctl api-resources`: NAME SHORTNAMES APIVERSION NAMESPACED KIND, sorted by group then name, as kubectl prints them. */
import { apiVersionOf, KINDS } from '../api/index.js';
import { defineCommand } from './command.js';
import { layoutColumns } from './text-columns.js';

export const apiResourcesCommand = defineCommand({
  name: 'api-resources',
  short: 'Print the supported API resources on the server',
  usage: '[flags]',
  flags: {
    namespaced: { type: 'string', help: 'true or false: only namespaced, or only cluster-scoped, resources' },
    output: { type: 'string', alias: 'o', help: 'name or wide' },
    'no-headers': { type: 'bool', help: 'do not print headers' },
    'api-group': { type: 'string', help: 'only resources of this group' },
  },
  async run(ctx, o) {
    const kinds = KINDS.filter((k) => (o.namespaced === undefined ? true : String(k.namespaced) === o.namespaced))
      .filter((k) => o.apiGroup === undefined || k.group === o.apiGroup)
      .slice()
      .sort((a, b) => (a.group === b.group ? (a.resource < b.resource ? -1 : 1) : a.group < b.group ? -1 : 1));
    if (o.output === 'name') {
      ctx.out(kinds.map((k) => `${k.group === '' ? k.resource : `${k.resource}.${k.group}`}\n`).join(''));
      return;
    }
    const wide = o.output === 'wide';
    const rows = kinds.map((k) => [k.resource, k.shortNames.join(','), apiVersionOf(k), String(k.namespaced), k.kind, ...(wide ? [`[${k.verbs.join(' ')}]`] : [])]);
    const header = ['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND', ...(wide ? ['VERBS'] : [])];
    ctx.out(layoutColumns(o.noHeaders ? rows : [header, ...rows]));
  },
});
