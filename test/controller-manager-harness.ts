/**
 * Controller-manager harness: starts the real `skiff-controller-manager` binary (built in dist/)
 * against an API server's gRPC address, waits for its ready line, and stops or kills it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { parseReadyLine } from '../internal/cli/index.js';
import { binary } from './harness.js';

/** A running controller manager. */
export interface ControllerManagerProcess {
  readonly process: ChildProcess;
  /** The fields of its ready line. */
  readonly ready: Readonly<Record<string, string>>;
  /** Everything it wrote to stderr so far. */
  readonly stderr: () => string;
  /** Resolves with the exit code once it has exited. */
  readonly exited: Promise<number | null>;
  /** SIGTERM, then wait for the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL, then wait for the exit. */
  kill9(): Promise<void>;
}

/** Starts `skiff-controller-manager --server <address>` with `args`; resolves once it printed its ready line. */
export async function startControllerManager(address: string, args: string[] = []): Promise<ControllerManagerProcess> {
  const child = spawn(process.execPath, [binary('skiff-controller-manager'), '--server', address, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = await new Promise<Record<string, string>>((resolve, reject) => {
    const rl = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error(`controller manager not ready in 15s; stderr:\n${stderr}`)), 15_000);
    rl.on('line', (line) => {
      const fields = parseReadyLine(line);
      if (fields) {
        clearTimeout(timer);
        resolve(fields);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`controller manager exited with ${code} before ready; stderr:\n${stderr}`));
    });
  });
  return {
    process: child,
    ready,
    stderr: () => stderr,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
    async kill9() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Polls `check` every 25 ms until it returns a value other than undefined or false; throws after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined | false> | T | undefined | false, what: string, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v !== undefined && v !== false) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
