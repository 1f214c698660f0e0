// Shared pieces of the benchmarks: starting a server process, percentiles, the pod they write,
// and the one-JSON-line-per-figure output. Benchmarks run the built code in dist/.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, '..', '..');

/** Prints one figure as a JSON line. */
export function report(figure) {
  process.stdout.write(JSON.stringify(figure) + '\n');
}

/** The p-th percentile (0-100) of numbers. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** The median of numbers. */
export const median = (values) => percentile(values, 50);

/** Rounds to two decimals. */
export const r2 = (x) => Math.round(x * 100) / 100;

/** A temporary directory and its removal. */
export function tempDir() {
  const path = mkdtempSync(join(tmpdir(), 'skiff-bench-'));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}

/** A pod of about 1.2 KB, shaped as a Deployment's pods are (the codec tests use the same). */
export { samplePod as benchPod } from '../../dist/internal/api/codec/sample-pod.js';

/** Starts a node script that prints `ready k=v ...` and resolves with those fields and the child. */
export async function startProcess(script, args = []) {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const fields = await new Promise((resolve, reject) => {
    const rl = createInterface({ input: child.stdout });
    rl.on('line', (line) => {
      if (!line.startsWith('ready ')) return;
      resolve(Object.fromEntries(line.slice(6).split(' ').map((kv) => kv.split('='))));
    });
    child.on('exit', (code) => reject(new Error(`${script} exited with ${code} before ready`)));
  });
  return { child, fields };
}

/** Runs a node script to completion (with `env` added to this process's) and returns its stdout parsed as one JSON value. */
export async function runJson(script, args = [], env = {}) {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  const code = await new Promise((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`${script} exited with ${code}`);
  return JSON.parse(out);
}

/** Resident set size of a process in MB, from /proc. */
export async function rssMB(pid) {
  const { readFileSync } = await import('node:fs');
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/**
 * Times a fixed piece of plain JavaScript (ms): this machine's own speed drifts by up to ~30% from
 * minute to minute, so a benchmark reports this beside its figures to show which minute it ran in.
 */
export function machineSpeedProbeMs() {
  const t0 = performance.now();
  let h = 0;
  for (let i = 0; i < 100_000_000; i++) h = Math.imul(h ^ i, 0x9e3779b1) >>> 0;
  const ms = performance.now() - t0;
  if (h === 42) process.stderr.write(''); // keeps the loop from being optimized away
  return r2(ms);
}

