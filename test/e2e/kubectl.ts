/**
 * End-to-end helper: the real `kubectl` against a real `skiff-apiserver`. Each cluster gets its own
 * apiserver (free ports, its own data directory) and a kubeconfig and `--cache-dir` in its own
 * temp directory, so tests run in parallel and never share discovery caches. kubectl is installed
 * on every machine here: when it cannot be found the test fails, saying so.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runProcess, startApiServer, tempDir, writeKubeconfig, type ApiServerProcess, type RunResult } from '../harness.js';

/** What one kubectl run printed, and how it exited. */
export type KubectlResult = RunResult;

/** The kubectl binary: `$KUBECTL` or the one on PATH; throws a clear error when there is none. */
export function kubectlBinary(): string {
  const bin = process.env.KUBECTL ?? 'kubectl';
  const probe = spawnSync(bin, ['version', '--client'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(`kubectl not found or not runnable (${bin}): the end-to-end tests need the stock kubectl v1.32 on PATH (or $KUBECTL). ${probe.error?.message ?? probe.stderr}`);
  }
  return bin;
}

/** A running apiserver with a kubeconfig pointing kubectl at its REST listener. */
export interface Cluster {
  readonly server: ApiServerProcess;
  /** Runs kubectl with `args` (and `stdin`); never throws on a non-zero exit. */
  kubectl(args: readonly string[], stdin?: string): Promise<KubectlResult>;
  /** Runs kubectl and returns stdout, throwing with stderr when it fails. */
  ok(args: readonly string[], stdin?: string): Promise<string>;
  /** Starts a long-running kubectl (for `get -w`); `stop()` ends it and returns what it printed. */
  background(args: readonly string[]): { output(): string; stop(): Promise<string> };
  /** Stops the apiserver and removes the temp directories. */
  stop(): Promise<void>;
}

/** Starts an apiserver and writes a kubeconfig for it. */
export async function startCluster(): Promise<Cluster> {
  const bin = kubectlBinary();
  const dir = tempDir('skiff-e2e-');
  const server = await startApiServer({ args: ['--storage-backend', 'memory'] });
  const kubeconfig = join(dir.path, 'kubeconfig');
  writeKubeconfig(kubeconfig, server);
  const base = ['--kubeconfig', kubeconfig, '--cache-dir', join(dir.path, 'cache')];
  const env = { ...process.env, KUBECONFIG: kubeconfig, KUBECTL_EXTERNAL_DIFF: '' };
  const kubectl = (args: readonly string[], stdin?: string): Promise<KubectlResult> => runProcess(bin, [...base, ...args], env, stdin);
  return {
    server,
    kubectl,
    async ok(args, stdin) {
      const r = await kubectl(args, stdin);
      if (r.code !== 0) throw new Error(`kubectl ${args.join(' ')} exited ${r.code}:\n${r.stderr}${r.stdout}`);
      return r.stdout;
    },
    background(args) {
      const child = spawn(bin, [...base, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
      return {
        output: () => out,
        async stop() {
          child.kill('SIGTERM');
          await exited;
          return out;
        },
      };
    },
    async stop() {
      await server.stop();
      dir.cleanup();
    },
  };
}

/** Polls `check` every 50 ms until it returns true or `timeoutMs` passes. */
export async function eventually(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}
