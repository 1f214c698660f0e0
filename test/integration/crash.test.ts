import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiClient } from '../../internal/client/api-client.js';
import { startApiServer, tempDir, type ApiServerProcess } from '../harness.js';

const configmaps = ApiClient.kind('configmaps');

function creator(address: string, prefix: string): { acked: string[]; done: Promise<void> } {
  const acked: string[] = [];
  const child = spawn(process.execPath, [join(__dirname, 'fixtures', 'creator.mjs'), address, prefix, '16'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let buffered = '';
  child.stdout.on('data', (d: Buffer) => {
    buffered += d.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    acked.push(...lines.filter((l) => l !== ''));
  });
  return { acked, done: new Promise((resolve) => child.on('close', () => resolve())) };
}

describe('kill -9 of the apiserver', () => {
  const dir = tempDir();
  let server: ApiServerProcess | undefined;
  afterEach(async () => {
    await server?.stop();
    dir.cleanup();
  });

  it('loses no acknowledged create from several concurrent client processes', async () => {
    server = await startApiServer({ dataDir: dir.path });
    const clients = ['alpha', 'beta', 'gamma'].map((p) => creator(server!.address, p));
    // Let writes flow, then kill the server in the middle of the stream.
    while (clients.reduce((n, c) => n + c.acked.length, 0) < 600) await new Promise((r) => setTimeout(r, 20));
    await server.kill9();
    await Promise.all(clients.map((c) => c.done));
    const acked = clients.flatMap((c) => c.acked);
    expect(acked.length).toBeGreaterThanOrEqual(600);

    server = await startApiServer({ dataDir: dir.path });
    const client = new ApiClient({ address: server.address });
    const stored = new Set((await client.list({ kind: configmaps, namespace: 'default' })).items.map((o) => o.metadata?.name));
    client.close();
    const lost = acked.filter((name) => !stored.has(name));
    expect(lost).toEqual([]);
  });
});
