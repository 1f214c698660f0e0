/**
 * Test harness: starts the real `skiff-apiserver` binary (built in dist/) on loopback with a free
 * port and its own data directory, reads the ready line to learn the bound address, and stops,
 * restarts or `kill -9`s it. Every test gets its own ports and directories, so tests run in parallel.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { parseReadyLine } from '../internal/cli/index.js';

/** The repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The path of a built binary's entry point. */
export function binary(name: string): string {
  const path = join(ROOT, 'dist', 'cmd', name, 'main.js');
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` (npm test does) before the integration tests`);
  return path;
}

/** A temporary directory removed by `cleanup()`. */
export function tempDir(prefix = 'skiff-test-'): { path: string; cleanup(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}

/** A running API server process. */
export interface ApiServerProcess {
  readonly address: string;
  /** The REST listener's address (`127.0.0.1:PORT`), from the ready line's `http=`. */
  readonly http: string;
  readonly process: ChildProcess;
  readonly dataDir: string;
  /** Everything it wrote to stderr so far. */
  readonly stderr: () => string;
  /** SIGTERM, then wait for the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL, then wait for the exit. */
  kill9(): Promise<void>;
  /** Sends a signal (SIGUSR1 compacts). */
  signal(sig: NodeJS.Signals): void;
}

/** Starts `skiff-apiserver` with a free port; `args` are extra flags. Resolves once it is ready. */
export async function startApiServer(options: { dataDir?: string; args?: string[] } = {}): Promise<ApiServerProcess> {
  const dataDir = options.dataDir ?? tempDir('skiff-apiserver-').path;
  const child = spawn(process.execPath, [binary('skiff-apiserver'), '--listen', '127.0.0.1:0', '--http-listen', '127.0.0.1:0', '--data-dir', dataDir, ...(options.args ?? [])], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = await new Promise<Record<string, string>>((resolve, reject) => {
    const rl = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error(`apiserver not ready in 20s; stderr:\n${stderr}`)), 20_000);
    rl.on('line', (line) => {
      const fields = parseReadyLine(line);
      if (fields) {
        clearTimeout(timer);
        resolve(fields);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`apiserver exited with ${code} before ready; stderr:\n${stderr}`));
    });
  });
  return {
    address: ready.grpc!,
    http: ready.http!,
    process: child,
    dataDir,
    stderr: () => stderr,
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
    async kill9() {
      child.kill('SIGKILL');
      await exited;
    },
    signal(sig) {
      child.kill(sig);
    },
  };
}

/** What a finished process printed, and how it exited. */
export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command to completion with `stdin`; never throws on a non-zero exit. */
export function runProcess(cmd: string, args: readonly string[], env: NodeJS.ProcessEnv, stdin?: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

/**
 * Writes a kubeconfig for a running API server, as Skiff shares one with kubectl: the cluster's
 * `server` is the REST URL (kubectl) and its `skiff` extension holds the gRPC address (skiffctl).
 */
export function writeKubeconfig(path: string, server: Pick<ApiServerProcess, 'address' | 'http'>): void {
  writeFileSync(
    path,
    [
      'apiVersion: v1',
      'kind: Config',
      'clusters:',
      '- name: skiff',
      '  cluster:',
      `    server: http://${server.http}`,
      '    extensions:',
      '    - name: skiff',
      '      extension:',
      `        grpcServer: ${server.address}`,
      'contexts:',
      '- name: skiff',
      '  context:',
      '    cluster: skiff',
      '    user: skiff',
      'current-context: skiff',
      'users:',
      '- name: skiff',
      '  user: {}',
      '',
    ].join('\n'),
  );
}
