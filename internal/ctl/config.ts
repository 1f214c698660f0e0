/**
 * `skiffctl config view|current-context|use-context|get-contexts|set-context` on the kubeconfig
 * shared with kubectl; writes go through KubeconfigEditor, which changes only what it names.
 */
import type { Kubeconfig } from '../client/index.js';
import { defineCommand } from './command.js';
import { CtlError } from './ctl-error.js';
import { layoutColumns } from './text-columns.js';
import { toYaml } from './yaml-output.js';
import { toJsonText } from './json-output.js';

const SECRET_FIELDS = ['client-certificate-data', 'client-key-data', 'token', 'password'];

function redacted(config: Kubeconfig, raw: boolean): Kubeconfig {
  if (raw) return config;
  return {
    ...config,
    users: (config.users ?? []).map((u) => ({
      ...u,
      user: Object.fromEntries(Object.entries(u.user ?? {}).map(([k, v]) => [k, SECRET_FIELDS.includes(k) ? (k.endsWith('-data') ? 'DATA+OMITTED' : 'REDACTED') : v])),
    })),
  };
}

function minified(config: Kubeconfig, contextName: string | undefined): Kubeconfig {
  const name = contextName || config['current-context'];
  const context = config.contexts?.find((c) => c.name === name);
  if (!context) throw new CtlError('current-context must exist in order to minify');
  return {
    ...config,
    'current-context': name,
    contexts: [context],
    clusters: (config.clusters ?? []).filter((c) => c.name === context.context?.cluster),
    users: (config.users ?? []).filter((u) => u.name === context.context?.user),
  };
}

export const configCommand = defineCommand({
  name: 'config',
  short: 'Modify kubeconfig files (view, current-context, use-context, get-contexts, set-context)',
  usage: 'SUBCOMMAND [flags]',
  flags: {
    minify: { type: 'bool', help: 'view: only the current context and what it names' },
    raw: { type: 'bool', help: 'view: show credentials as they are' },
    output: { type: 'string', alias: 'o', help: 'view: yaml or json; get-contexts: name' },
    current: { type: 'bool', help: 'set-context: change the current context' },
    cluster: { type: 'string', help: 'set-context: the cluster of the context' },
    user: { type: 'string', help: 'set-context: the user of the context' },
    'no-headers': { type: 'bool', help: 'get-contexts: do not print headers' },
  },
  async run(ctx, o, args) {
    const [sub, ...rest] = args;
    const editor = ctx.kubeconfig();
    const config = editor.config;
    switch (sub) {
      case 'view': {
        let view: Kubeconfig = { ...config, preferences: config['preferences'] ?? {} };
        if (o.minify) view = minified(view, ctx.settings.context);
        view = redacted(view, o.raw);
        ctx.out(o.output === 'json' ? toJsonText(view) : toYaml(view));
        return;
      }
      case 'current-context': {
        const current = config['current-context'];
        if (!current) throw new CtlError('current-context is not set');
        ctx.out(`${current}\n`);
        return;
      }
      case 'use-context':
      case 'use': {
        const name = rest[0];
        if (!name) throw new CtlError('Unexpected args: []', true);
        const err = editor.useContext(name);
        if (err) throw new CtlError(err.message);
        editor.save();
        ctx.out(`Switched to context "${name}".\n`);
        return;
      }
      case 'get-contexts': {
        const current = config['current-context'];
        const contexts = (config.contexts ?? []).filter((c) => rest.length === 0 || rest.includes(c.name));
        for (const n of rest) if (!contexts.some((c) => c.name === n)) throw new CtlError(`context ${n} not found`);
        if (o.output === 'name') {
          ctx.out(contexts.map((c) => `${c.name}\n`).join(''));
          return;
        }
        const rows = contexts.map((c) => [c.name === current ? '*' : '', c.name, c.context?.cluster ?? '', c.context?.user ?? '', c.context?.namespace ?? '']);
        ctx.out(layoutColumns(o.noHeaders ? rows : [['CURRENT', 'NAME', 'CLUSTER', 'AUTHINFO', 'NAMESPACE'], ...rows]));
        return;
      }
      case 'set-context': {
        const name = o.current ? config['current-context'] : rest[0];
        if (!name) throw new CtlError(o.current ? 'no current context is set' : 'you must specify a non-empty context name or --current', true);
        const exists = (config.contexts ?? []).some((c) => c.name === name);
        editor.setContext(name, { cluster: o.cluster, user: o.user, namespace: ctx.settings.namespace });
        editor.save();
        ctx.out(`Context "${name}" ${exists ? 'modified' : 'created'}.\n`);
        return;
      }
      default:
        throw new CtlError(sub ? `unknown config subcommand "${sub}"` : 'a config subcommand is required: view, current-context, use-context, get-contexts, set-context', true);
    }
  },
});
