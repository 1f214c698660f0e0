import { describe, expect, it } from 'vitest';
import { defineFlags } from './flag-set.js';
import { runMain, type ProcessLike, type RunContext, type ShutdownSignal } from './lifecycle.js';
import { parseReadyLine } from './ready-line.js';

const NOW = Date.UTC(2026, 10, 24, 20, 55, 8, 123);

class FakeProcess implements ProcessLike {
  out = '';
  err = '';
  readonly exits: number[] = [];
  private readonly listeners = new Map<ShutdownSignal, Set<() => void>>();
  readonly stdout = { write: (s: string) => (this.out += s) };
  readonly stderr = { write: (s: string) => (this.err += s) };

  on(event: ShutdownSignal, listener: () => void): void {
    const set = this.listeners.get(event) ?? new Set();
    set.add(listener);
    this.listeners.set(event, set);
  }
  off(event: ShutdownSignal, listener: () => void): void {
    this.listeners.get(event)?.delete(listener);
  }
  exit(code: number): void {
    this.exits.push(code);
  }
  kill(event: ShutdownSignal): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) listener();
  }
  listening(): number {
    return [...this.listeners.values()].reduce((n, set) => n + set.size, 0);
  }
}

const FLAGS = defineFlags({
  listen: { type: 'string', default: '127.0.0.1:6443', help: 'gRPC listen address' },
  'max-requests-inflight': { type: 'int', default: 400, min: 0, help: 'requests in flight' },
});

function start(
  argv: string[],
  run: (options: { listen: string; maxRequestsInflight: number; logFormat: 'text' | 'json'; v: number }, ctx: RunContext) => Promise<number | void>,
  acceptsArgs = false,
) {
  const proc = new FakeProcess();
  const done = runMain('skiff-apiserver', argv, FLAGS, run, { process: proc, clock: { now: () => NOW }, acceptsArgs });
  return { proc, done };
}

function never(): Promise<void> {
  return new Promise(() => {});
}

function untilAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

describe('runMain command line', () => {
  it('prints help with the common flags on stdout and exits 0 without running', async () => {
    const { proc, done } = start(['--help'], never);
    expect(await done).toBe(0);
    expect(proc.exits).toEqual([0]);
    expect(proc.out).toContain('  skiff-apiserver [flags]\n');
    expect(proc.out).toMatch(/\n {6}--max-requests-inflight int +requests in flight \(default 400\)\n/);
    expect(proc.out).toMatch(/\n {6}--log-format text\|json +format of the log lines on stderr \(default "text"\)\n/);
    expect(proc.out).toMatch(/\n {2}-v, --v int +log verbosity: the higher, the more detail \(default 0\)\n/);
    expect(proc.err).toBe('');
  });

  it.each([
    [['--max-requests-inflight', 'abc'], 'error: invalid value "abc" for flag --max-requests-inflight: must be an integer >= 0'],
    [['--log-format', 'xml'], 'error: invalid value "xml" for flag --log-format: must be one of: text, json'],
    [['-v', 'high'], 'error: invalid value "high" for flag -v: must be an integer >= 0'],
    [['--bogus'], 'error: unknown flag: --bogus'],
    [['serve'], 'error: unexpected argument "serve"'],
  ])('%j exits 2 with one error line and a pointer to --help', async (argv, line) => {
    const { proc, done } = start(argv, never);
    expect(await done).toBe(2);
    expect(proc.exits).toEqual([2]);
    expect(proc.err).toBe(`${line}\nRun 'skiff-apiserver --help' for usage.\n`);
    expect(proc.out).toBe('');
  });

  it('hands typed options, including the common ones, to run', async () => {
    let seen: unknown;
    const { done } = start(['--listen=127.0.0.1:0', '-v', '3', '--log-format', 'json'], async (options) => {
      seen = options;
    });
    expect(await done).toBe(0);
    expect(seen).toEqual({ listen: '127.0.0.1:0', maxRequestsInflight: 400, logFormat: 'json', v: 3 });
  });

  it('passes positional arguments when the binary accepts them', async () => {
    let args: readonly string[] = [];
    const { done } = start(['get', '--', '-x'], async (_o, ctx) => {
      args = ctx.args;
    }, true);
    expect(await done).toBe(0);
    expect(args).toEqual(['get', '-x']);
  });

  it('refuses to let a binary redeclare a common flag', async () => {
    const clash = defineFlags({ v: { type: 'bool', help: 'verbose' } });
    await expect(runMain('x', [], clash, () => {}, { process: new FakeProcess() })).rejects.toThrow(/--v is common/);
  });
});

describe('runMain logging and exit codes', () => {
  it('builds the logger from -v and --log-format, named after the binary without skiff-', async () => {
    const { proc, done } = start(['-v', '1'], async (_o, { logger }) => {
      logger.v(1).info('shown', { a: 1 });
      logger.v(2).info('hidden');
    });
    await done;
    expect(proc.err).toBe('I1124 20:55:08.123000 apiserver] shown a=1\n');
  });

  it('writes JSON lines with --log-format json', async () => {
    const { proc, done } = start(['--log-format=json'], async (_o, { logger }) => logger.info('up'));
    await done;
    expect(JSON.parse(proc.err)).toEqual({ ts: '2026-11-24T20:55:08.123Z', level: 'info', component: 'apiserver', msg: 'up' });
  });

  it('exits 1 with one logged error when run rejects', async () => {
    const { proc, done } = start([], async () => {
      throw new Error('listen EADDRINUSE 127.0.0.1:6443');
    });
    expect(await done).toBe(1);
    expect(proc.exits).toEqual([1]);
    expect(proc.err).toBe('E1124 20:55:08.123000 apiserver] exiting on error err="listen EADDRINUSE 127.0.0.1:6443"\n');
  });

  it('adds the stack to the error line at -v 1', async () => {
    const { proc, done } = start(['-v=1'], async () => {
      throw new Error('boom');
    });
    await done;
    expect(proc.err).toMatch(/^E.* exiting on error err=boom stack="Error: boom\\n {4}at /);
  });

  it('exits with the code run resolves to', async () => {
    const { proc, done } = start([], async () => 3);
    expect(await done).toBe(3);
    expect(proc.exits).toEqual([3]);
  });

  it('prints the ready line on stdout for the supervisor to parse', async () => {
    const { proc, done } = start([], async (_o, ctx) => {
      ctx.ready({ grpc: '127.0.0.1:41234', http: '127.0.0.1:41235' });
    });
    await done;
    expect(proc.out).toBe('ready grpc=127.0.0.1:41234 http=127.0.0.1:41235\n');
    expect(parseReadyLine(proc.out)).toEqual({ grpc: '127.0.0.1:41234', http: '127.0.0.1:41235' });
  });
});

describe('runMain signals', () => {
  it.each<ShutdownSignal>(['SIGINT', 'SIGTERM'])('the first %s aborts the signal; run finishing exits 0', async (sig) => {
    const { proc, done } = start([], async (_o, { signal }) => {
      await untilAborted(signal);
    });
    await Promise.resolve();
    expect(proc.exits).toEqual([]);
    proc.kill(sig);
    expect(await done).toBe(0);
    expect(proc.exits).toEqual([0]);
    expect(proc.err).toBe(`I1124 20:55:08.123000 apiserver] shutting down signal=${sig}\n`);
    expect(proc.listening()).toBe(0);
  });

  it.each<[ShutdownSignal, ShutdownSignal, number]>([
    ['SIGTERM', 'SIGTERM', 143],
    ['SIGTERM', 'SIGINT', 130],
    ['SIGINT', 'SIGINT', 130],
  ])('%s then %s exits at once with %d', async (first, second, code) => {
    let finish = (): void => {};
    const { proc, done } = start([], () => new Promise<void>((resolve) => (finish = resolve)));
    await Promise.resolve();
    proc.kill(first);
    expect(proc.exits).toEqual([]);
    proc.kill(second);
    expect(proc.exits).toEqual([code]);
    expect(proc.err).toContain(`] second signal, exiting at once signal=${second}\n`);
    finish();
    expect(await done).toBe(code);
    expect(proc.exits).toEqual([code]);
  });

  it('treats an AbortError after a signal as a clean shutdown', async () => {
    const { proc, done } = start([], async (_o, { signal }) => {
      await new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
    });
    await Promise.resolve();
    proc.kill('SIGTERM');
    expect(await done).toBe(0);
    expect(proc.err).not.toContain('exiting on error');
  });

  it('still reports an AbortError that no signal caused', async () => {
    const { done } = start([], async () => {
      throw new DOMException('aborted by a bug', 'AbortError');
    });
    expect(await done).toBe(1);
  });
});
