/**
 * End-to-end helper: the BUILT skiffctl (and the stock kubectl) against a real skiff-apiserver,
 * sharing one kubeconfig in a temp dir whose cluster has `server` (the REST URL, for kubectl) and
 * the `skiff` extension's `grpcServer` (for skiffctl).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { binary, runProcess, startApiServer, tempDir, writeKubeconfig, type ApiServerProcess, type RunResult } from '../harness.js';
import { kubectlBinary } from './kubectl.js';

export type { RunResult };

/** A cluster with skiffctl and kubectl pointed at it. */
export interface CtlCluster {
  readonly server: ApiServerProcess;
  readonly dir: string;
  readonly kubeconfig: string;
  skiffctl(args: readonly string[], stdin?: string, env?: Record<string, string>): Promise<RunResult>;
  /** Runs skiffctl and returns stdout, throwing with stderr when it fails. */
  ok(args: readonly string[], stdin?: string): Promise<string>;
  kubectl(args: readonly string[], stdin?: string): Promise<RunResult>;
  /** Starts a long-running skiffctl (`get -w`); `stop()` interrupts it and returns stdout. */
  background(args: readonly string[]): { output(): string; stop(): Promise<string> };
  stop(): Promise<void>;
}


/** Starts an apiserver and writes the shared kubeconfig. */
export async function startCtlCluster(): Promise<CtlCluster> {
  const kubectl = kubectlBinary();
  const dir = tempDir('skiffctl-e2e-');
  const server = await startApiServer({ args: ['--storage-backend', 'memory'] });
  const kubeconfig = join(dir.path, 'kubeconfig');
  writeKubeconfig(kubeconfig, server);
  const env = { ...process.env, KUBECONFIG: kubeconfig, HOME: dir.path };
  const bin = binary('skiffctl');
  const skiffctl = (args: readonly string[], stdin?: string, extra: Record<string, string> = {}): Promise<RunResult> => runProcess(process.execPath, [bin, ...args], { ...env, ...extra }, stdin);
  return {
    server,
    dir: dir.path,
    kubeconfig,
    skiffctl,
    async ok(args, stdin) {
      const r = await skiffctl(args, stdin);
      if (r.code !== 0) throw new Error(`skiffctl ${args.join(' ')} exited ${r.code}:\n${r.stderr}${r.stdout}`);
      return r.stdout;
    },
    kubectl: (args, stdin) => runProcess(kubectl, ['--cache-dir', join(dir.path, 'cache'), ...args], env, stdin),
    background(args) {
      const child = spawn(process.execPath, [bin, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
      return {
        output: () => out,
        async stop() {
          child.kill('SIGINT');
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
