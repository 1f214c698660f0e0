/**
 * runSkiffctl: finds the verb, parses its flags with the global ones (anywhere on the line, as
 * kubectl's persistent flags), runs it, and maps the outcome to kubectl's exit statuses: 0 done, 1
 * for any failure (a bad command line included, as kubectl does), the message on stderr.
 */
import { FlagSet, type FlagDecls } from '../cli/index.js';
import type { Command } from './command.js';
import { CommandContext } from './command-context.js';
import { CtlError, ExitError, errorText } from './ctl-error.js';
import type { CtlIO } from './ctl-io.js';
import { GLOBAL_FLAGS, GLOBAL_VALUE_FLAGS } from './global-flags.js';
import { COMMANDS } from './commands.js';

const NAME = 'skiffctl';

function findVerb(argv: readonly string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') return -1;
    if (!a.startsWith('-')) return i;
    if (GLOBAL_VALUE_FLAGS.has(a)) i++;
  }
  return -1;
}

function lookup(verb: string): Command | undefined {
  return COMMANDS.find((c) => c.name === verb || c.aliases?.includes(verb));
}

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 3;
  return [
    'skiffctl controls a Skiff cluster, as kubectl controls a Kubernetes cluster.',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.short}`),
    '',
    `Usage:\n  ${NAME} [flags] [options]`,
    '',
    `Use "${NAME} <command> --help" for more information about a given command.`,
    '',
  ].join('\n');
}

/** Runs one skiffctl command line (without node and script); resolves to the exit status. */
export async function runSkiffctl(argv: readonly string[], io: CtlIO): Promise<number> {
  const at = findVerb(argv);
  if (at < 0) {
    if (argv.includes('--help') || argv.includes('-h') || argv.length === 0) {
      io.stdout.write(overview());
      return 0;
    }
    io.stderr.write(`error: no command given\nSee '${NAME} --help' for usage.\n`);
    return 1;
  }
  const verb = argv[at]!;
  const command = lookup(verb);
  if (!command) {
    io.stderr.write(`error: unknown command "${verb}" for "${NAME}"\n\nRun '${NAME} --help' for usage.\n`);
    return 1;
  }
  const flags: FlagDecls = { ...command.flags, ...GLOBAL_FLAGS };
  const flagSet = new FlagSet(flags);
  const parsed = flagSet.parse([...argv.slice(0, at), ...argv.slice(at + 1)]);
  if (parsed.kind === 'help') {
    io.stdout.write(flagSet.help({ name: `${NAME} ${command.name}`, usage: command.usage, description: command.short }));
    return 0;
  }
  if (parsed.kind === 'error') {
    io.stderr.write(`error: ${parsed.error.message}\nSee '${NAME} ${command.name} --help' for usage.\n`);
    return 1;
  }
  const o = parsed.options as { kubeconfig?: string; context?: string; namespace?: string; server?: string; requestTimeout?: number };
  const ctx = new CommandContext(io, { kubeconfig: o.kubeconfig, context: o.context, namespace: o.namespace, server: o.server, requestTimeoutMs: o.requestTimeout }, command.name);
  try {
    const code = await command.run(ctx, parsed.options, parsed.positionals);
    ctx.flushWarnings();
    return typeof code === 'number' ? code : 0;
  } catch (err) {
    ctx.flushWarnings();
    if (err instanceof ExitError) return err.code;
    let address: string | undefined;
    try {
      address = ctx.address;
    } catch {
      address = undefined;
    }
    io.stderr.write(`${errorText(err, address)}\n`);
    if (err instanceof CtlError && err.usage) io.stderr.write(`See '${NAME} ${command.name} -h' for help and examples\n`);
    return 1;
  } finally {
    ctx.close();
  }
}
