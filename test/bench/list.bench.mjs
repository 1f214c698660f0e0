// Benchmark: listing 10,000 pods over gRPC, whole and in pages of 500, and the API server's
// resident memory with them stored; beside a baseline from the same run: reading the same 10,000
// stored values straight out of LevelDB (the API server stopped, its database opened directly).
import { join } from 'node:path';
import { Client, credentials, Metadata } from '@grpc/grpc-js';
import { Level } from 'level';
import { decodeProto, encodeProto, messageType } from '../../dist/internal/api/index.js';
import { HERE, percentile, r2, report, rssMB, runJson, startProcess, tempDir } from './lib.mjs';

const PODS = Number(process.env.BENCH_PODS ?? 10_000);
const identity = (b) => b;
const listRequest = messageType('skiff.api.v1.ListRequest');
const listResponse = messageType('skiff.api.v1.ListResponse');
const ref = { group: '', version: 'v1', resource: 'pods', namespace: 'default' };

function listRaw(client, options) {
  return new Promise((resolve, reject) =>
    client.makeUnaryRequest('/skiff.api.v1.Api/List', identity, identity, encodeProto(listRequest, { ref, ...options }), new Metadata(), {}, (err, res) =>
      err ? reject(err) : resolve(res),
    ),
  );
}

async function list(client, options) {
  return decodeProto(listResponse, await listRaw(client, options));
}

async function timed(fn, runs) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = await fn();
    times.push(performance.now() - t0);
  }
  return { result, p50ms: r2(percentile(times, 50)), maxms: r2(percentile(times, 100)) };
}

const dir = tempDir();
try {
  const dataDir = join(dir.path, 'apiserver');
  const { child, fields } = await startProcess(join(HERE, 'server-process.mjs'), [dataDir]);
  try {
    // Fill: 10,000 pods through the real create path.
    const fill = await runJson(join(HERE, 'load-client.mjs'), ['create', fields.grpc, '64', '600', 'list', String(PODS)]);
    const rssStored = await rssMB(Number(fields.pid));
    const client = new Client(fields.grpc, credentials.createInsecure(), { 'grpc.max_receive_message_length': -1 });
    const whole = await timed(() => list(client, {}), 5);
    // The same list without the client's decode: what the server and the wire take.
    const wholeRaw = await timed(() => listRaw(client, {}), 5);
    const paged = await timed(async () => {
      let token;
      let n = 0;
      do {
        const page = await list(client, { limit: 500, continue: token });
        n += page.items?.length ?? 0;
        token = page.metadata?.continue || undefined;
      } while (token);
      return n;
    }, 3);
    client.close();
    const rssAfterLists = await rssMB(Number(fields.pid));
    report({ bench: 'list', figure: 'fill', pods: fill.calls, perSecond: fill.perSecond });
    report({ bench: 'list', figure: 'list-whole', items: whole.result.items.length, p50ms: whole.p50ms, maxms: whole.maxms });
    report({ bench: 'list', figure: 'list-whole-undecoded', bytes: wholeRaw.result.length, p50ms: wholeRaw.p50ms, maxms: wholeRaw.maxms });
    report({ bench: 'list', figure: 'list-pages-of-500', items: paged.result, p50ms: paged.p50ms, maxms: paged.maxms });
    report({
      bench: 'list',
      figure: 'apiserver-rss',
      pods: PODS,
      rssStoredMB: r2(rssStored),
      rssAfterListsMB: r2(rssAfterLists),
      target: '< 300 MB with 10,000 pods stored',
      met: rssStored < 300 && rssAfterLists < 300,
    });
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.on('exit', r));
  }
  // Baseline: the same values read straight from LevelDB.
  const db = new Level(join(dataDir, 'db'), { keyEncoding: 'buffer', valueEncoding: 'buffer' });
  await db.open();
  const raw = await timed(async () => {
    let n = 0;
    for await (const [, v] of db.iterator({ gte: Buffer.from('k//registry/pods/'), lt: Buffer.from('k//registry/pods0') })) n += v.length > 0 ? 1 : 0;
    return n;
  }, 5);
  await db.close();
  report({ bench: 'list', figure: 'leveldb-range-read', versions: raw.result, p50ms: raw.p50ms });
} finally {
  dir.cleanup();
}
