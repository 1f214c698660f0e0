/**
 * CtlIO: everything skiffctl touches outside the API, injectable so a command can run in a unit
 * test: stdout, stderr, stdin, the environment, the clock, and the working directory.
 */
import { readFileSync } from 'node:fs';

/** A text sink (process.stdout fits). */
export interface Writer {
  write(text: string): unknown;
}

/** The edges of one skiffctl run. */
export interface CtlIO {
  readonly stdout: Writer;
  readonly stderr: Writer;
  /** Reads all of stdin (for `-f -`). */
  readStdin(): Promise<string>;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Milliseconds since the epoch (ages in tables). */
  now(): number;
  /** Fires when the user interrupts (ends `get -w`, `wait`). */
  readonly signal: AbortSignal;
}

/** The CtlIO of the real process. */
export function processIO(signal: AbortSignal): CtlIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: () => Promise.resolve(readFileSync(0, 'utf8')),
    env: process.env,
    now: () => Date.now(),
    signal,
  };
}

/** A CtlIO that records output, for tests. */
export function bufferIO(options: { stdin?: string; env?: Record<string, string | undefined>; now?: number } = {}): CtlIO & { out(): string; err(): string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
    readStdin: () => Promise.resolve(options.stdin ?? ''),
    env: options.env ?? {},
    now: () => options.now ?? Date.now(),
    signal: new AbortController().signal,
    out: () => out,
    err: () => err,
  };
}
