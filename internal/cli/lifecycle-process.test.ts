// runMain against a real Node process and real signals: the fake-process tests pin the semantics,
// this one shows that the wiring to `process` (signal listeners, exit codes, stdout/stderr) holds.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReadyLine } from './ready-line.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const CHILD = join(HERE, 'testdata', 'signal-child.mjs');
let dist = '';

beforeAll(() => {
  // Node 20 cannot run TypeScript, and dist/ may be stale or absent: transpile this folder alone.
  dist = mkdtempSync(join(tmpdir(), 'skiff-cli-'));
  writeFileSync(join(dist, 'package.json'), '{"type":"module"}');
  for (const file of readdirSync(HERE)) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
    const { outputText } = ts.transpileModule(readFileSync(join(HERE, file), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    writeFileSync(join(dist, file.replace(/\.ts$/, '.js')), outputText);
  }
});

afterAll(() => {
  if (dist !== '') rmSync(dist, { recursive: true, force: true });
});

interface Child {
  proc: ChildProcess;
  out: () => string;
  err: () => string;
  exited: Promise<number | null>;
}

function startChild(args: string[]): Child {
  const proc = spawn(process.execPath, [CHILD, ...args], {
    env: { ...process.env, SKIFF_CLI_DIST: dist },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  proc.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  proc.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  return { proc, out: () => out, err: () => err, exited };
}

async function until(what: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !what(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!what()) throw new Error('timed out');
}

describe('runMain in a real process', () => {
  it('prints the ready line, shuts down cleanly on SIGTERM and exits 0', async () => {
    const child = startChild([]);
    await until(() => child.out().includes('\n'));
    expect(parseReadyLine(child.out().split('\n')[0]!)).toEqual({ pid: String(child.proc.pid) });
    child.proc.kill('SIGTERM');
    expect(await child.exited).toBe(0);
    expect(child.err()).toMatch(/^I\d{4} [\d:.]+ child\] shutting down signal=SIGTERM\nI.* child\] listeners closed\n$/);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('exits at once with %s twice during a stuck shutdown, code %d', async (sig, code) => {
    const child = startChild(['--mode', 'stuck']);
    await until(() => child.out().includes('\n'));
    child.proc.kill(sig);
    await until(() => child.err().includes('shutting down'));
    child.proc.kill(sig);
    expect(await child.exited).toBe(code);
  });

  it('exits 1 with one error line when run fails', async () => {
    const child = startChild(['--mode=fail']);
    expect(await child.exited).toBe(1);
    expect(child.err()).toMatch(/^E.* child\] exiting on error err=boom\n$/);
  });

  it('exits 2 with one error line for a bad flag', async () => {
    const child = startChild(['--mode', 'loud']);
    expect(await child.exited).toBe(2);
    expect(child.err()).toBe(
      "error: invalid value \"loud\" for flag --mode: must be one of: clean, stuck, fail\nRun 'skiff-child --help' for usage.\n",
    );
    expect(child.out()).toBe('');
  });
});
