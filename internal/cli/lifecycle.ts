/**
 * runMain: the whole life of a Skiff binary around its `run()`, so every `cmd/<binary>/main.ts` is
 * one call and every binary behaves the same at the edges:
 *
 * - flags are parsed with the binary's declarations plus COMMON_FLAGS (`--log-format`, `-v`);
 *   `--help` prints help on stdout and exits 0; a bad command line prints one `error: ...` line and
 *   a pointer to `--help` on stderr and exits 2;
 * - `run(options, ctx)` gets a logger built from the common flags and an AbortSignal that fires on
 *   the first SIGINT or SIGTERM; `run` shuts down cleanly and resolves. A second signal exits at once
 *   with the shell's code for it (130 for SIGINT, 143 for SIGTERM);
 * - the process exits 0 when `run` resolves (or with the number it resolves to), 1 with a logged
 *   error when it rejects. A rejection that is only the abort echoing back after a signal is a
 *   clean shutdown and exits 0.
 */
import type { Clock } from '../clock/index.js';
import { FlagSet, FlagError, defineFlags, type FlagDecls, type FlagOptions } from './flag-set.js';
import { Logger, type TextSink } from './logger.js';
import { printReady } from './ready-line.js';

/** The flags every binary has: `--log-format text|json` and `-v N`. */
export const COMMON_FLAGS = defineFlags({
  'log-format': { type: 'enum', values: ['text', 'json'], default: 'text', help: 'format of the log lines on stderr' },
  v: { type: 'int', alias: 'v', default: 0, min: 0, help: 'log verbosity: the higher, the more detail' },
});

/** The declarations of COMMON_FLAGS. */
export type CommonFlags = typeof COMMON_FLAGS;

/** The signals that ask a binary to shut down. */
export type ShutdownSignal = 'SIGINT' | 'SIGTERM';

/** The part of Node's `process` that runMain uses; tests pass a fake. */
export interface ProcessLike {
  on(event: ShutdownSignal, listener: () => void): unknown;
  off(event: ShutdownSignal, listener: () => void): unknown;
  exit(code: number): void;
  readonly stdout: TextSink;
  readonly stderr: TextSink;
}

/** What `run` gets besides its options. */
export interface RunContext {
  /** Built from `--log-format` and `-v`; writes to stderr. */
  readonly logger: Logger;
  /** Fires on the first SIGINT or SIGTERM. */
  readonly signal: AbortSignal;
  /** Positional arguments; empty unless the binary accepts them (`acceptsArgs`). */
  readonly args: readonly string[];
  /** Prints the ready line (`ready grpc=127.0.0.1:41234`) on stdout, once every listener is bound. */
  ready(fields: Readonly<Record<string, string>>): void;
}

/** A binary's body; a number it resolves to is the exit code (as `skiffctl diff` needs). */
export type RunFunction<O> = (options: O, ctx: RunContext) => Promise<number | void> | number | void;

/** How runMain presents and runs the binary. */
export interface RunMainOptions {
  /** What follows the name in the usage line; defaults to `[flags]`. */
  readonly usage?: string;
  /** A paragraph at the top of `--help`. */
  readonly description?: string;
  /** Whether positional arguments are allowed; when not, one is a command-line error. */
  readonly acceptsArgs?: boolean;
  /** Defaults to Node's `process`. */
  readonly process?: ProcessLike;
  /** The logger's clock; defaults to the real time. */
  readonly clock?: Pick<Clock, 'now'>;
}

const SIGNAL_EXIT_CODE: Readonly<Record<ShutdownSignal, number>> = { SIGINT: 130, SIGTERM: 143 };

/**
 * Parses `argv` (without node and script), runs `run`, and exits the process. Resolves to the exit
 * code, which only a fake process lets the caller observe.
 */
export async function runMain<const D extends FlagDecls>(
  name: string,
  argv: readonly string[],
  flags: D,
  run: RunFunction<FlagOptions<D & CommonFlags>>,
  opts: RunMainOptions = {},
): Promise<number> {
  const proc: ProcessLike = opts.process ?? process;
  let exited: number | undefined;
  const exit = (code: number): number => {
    exited ??= code;
    proc.exit(code);
    return exited;
  };

  for (const key of Object.keys(flags)) {
    if (Object.hasOwn(COMMON_FLAGS, key)) throw new Error(`flag --${key} is common to every binary; do not redeclare it`);
  }
  const flagSet = new FlagSet<D & CommonFlags>({ ...flags, ...COMMON_FLAGS });
  const parsed = flagSet.parse(argv);
  if (parsed.kind === 'help') {
    proc.stdout.write(flagSet.help({ name, usage: opts.usage, description: opts.description }));
    return exit(0);
  }
  let error = parsed.kind === 'error' ? parsed.error : undefined;
  if (parsed.kind === 'parsed' && opts.acceptsArgs !== true && parsed.positionals.length > 0) {
    const arg = parsed.positionals[0]!;
    error = new FlagError('UnexpectedArgument', arg, `unexpected argument ${JSON.stringify(arg)}`);
  }
  if (error !== undefined || parsed.kind !== 'parsed') {
    proc.stderr.write(`error: ${error?.message ?? 'bad command line'}\nRun '${name} --help' for usage.\n`);
    return exit(2);
  }

  const options = parsed.options;
  const common = options as FlagOptions<CommonFlags>;
  const logger = Logger.create({
    component: name.replace(/^skiff-/, ''),
    format: common.logFormat,
    verbosity: common.v,
    stream: proc.stderr,
    clock: opts.clock,
  });

  const controller = new AbortController();
  const listeners = new Map<ShutdownSignal, () => void>();
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    const listener = (): void => {
      if (!controller.signal.aborted) {
        logger.info('shutting down', { signal: sig });
        controller.abort();
        return;
      }
      // A shutdown that hangs must not trap the operator: the second signal is the way out.
      logger.warn('second signal, exiting at once', { signal: sig });
      exit(SIGNAL_EXIT_CODE[sig]);
    };
    listeners.set(sig, listener);
    proc.on(sig, listener);
  }

  const ctx: RunContext = {
    logger,
    signal: controller.signal,
    args: parsed.positionals,
    ready: (fields) => printReady(fields, proc.stdout),
  };
  let code: number;
  try {
    const result = await run(options, ctx);
    code = typeof result === 'number' ? result : 0;
  } catch (err) {
    if (controller.signal.aborted && isAbortError(err)) {
      code = 0;
    } else {
      const stack = err instanceof Error && logger.v(1).enabled ? err.stack : undefined;
      logger.error('exiting on error', { err: errorText(err), stack });
      code = 1;
    }
  } finally {
    for (const [sig, listener] of listeners) proc.off(sig, listener);
  }
  return exited ?? exit(code);
}

function isAbortError(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
