/**
 * The command framework: a verb is one `defineCommand({...})` with its flags, usage and a `run`
 * that gets parsed options, positional arguments and a CommandContext. Every command also takes the
 * global flags (`--kubeconfig`, `--context`, `-n`, `--server`), anywhere on the line, as kubectl
 * does. A later verb (logs, exec, rollout, ...) is one more file and one more line in the registry.
 */
import type { FlagDecls, FlagOptions } from '../cli/index.js';
import type { CommandContext } from './command-context.js';
import type { GlobalFlags } from './global-flags.js';

/** The options a command's run gets: its own flags plus the global ones. */
export type CommandOptions<D extends FlagDecls> = FlagOptions<D & GlobalFlags>;

/** One verb (`get`, `apply`, `config`). */
export interface Command<D extends FlagDecls = FlagDecls> {
  readonly name: string;
  /** Other names the verb answers to. */
  readonly aliases?: readonly string[];
  /** One line for the verb list. */
  readonly short: string;
  /** What follows `skiffctl <verb>` in the usage line (`[TYPE[.VERSION][.GROUP] [NAME]] [flags]`). */
  readonly usage: string;
  readonly flags: D;
  /** Does the work; throws a CtlError or StatusError to fail, or resolves to an exit status. */
  run(ctx: CommandContext, options: CommandOptions<D>, args: readonly string[]): Promise<number | void>;
}

/** Declares a command; the const type parameter keeps flag literals for option inference. */
export function defineCommand<const D extends FlagDecls>(command: Command<D>): Command {
  // The registry stores commands with erased flag types; each run still sees its own options.
  return command as unknown as Command;
}
