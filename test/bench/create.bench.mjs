// Benchmark: Pod creates over gRPC from a separate client process, 64 in flight, every write
// synced and the full validation, admission and watch path on; beside two baselines measured in
// the same run: a bare grpc-js unary echo of the same request bytes between the same two
// processes, and the raw LevelDB synced-batch write rate of pod-sized values.
import { join } from 'node:path';
import { Level } from 'level';
import { HERE, machineSpeedProbeMs, percentile, r2, report, runJson, startProcess, tempDir } from './lib.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

async function rawLevelDB(dir) {
  const db = new Level(join(dir, 'raw'), { valueEncoding: 'buffer' });
  await db.open();
  const value = Buffer.alloc(1200, 7);
  let n = 0;
  const batchSize = 64;
  const start = performance.now();
  const times = [];
  while (performance.now() - start < SECONDS * 1000) {
    const t0 = performance.now();
    await db.batch(Array.from({ length: batchSize }, () => ({ type: 'put', key: `k/${String(n++).padStart(12, '0')}`, value })), { sync: true });
    times.push(performance.now() - t0);
  }
  const elapsed = (performance.now() - start) / 1000;
  await db.close();
  return { writesPerSecond: r2(n / elapsed), batchP50ms: r2(percentile(times, 50)) };
}

const dir = tempDir();
try {
  const raw = await rawLevelDB(dir.path);
  report({ bench: 'create', figure: 'leveldb-synced-batch-64', writesPerSecond: raw.writesPerSecond, batchP50ms: raw.batchP50ms });
  const { child, fields } = await startProcess(join(HERE, 'server-process.mjs'), [join(dir.path, 'apiserver')]);
  try {
    const probeBefore = machineSpeedProbeMs();
    const echo = await runJson(join(HERE, 'load-client.mjs'), ['echo', fields.echo, '64', String(SECONDS)]);
    report({ bench: 'create', figure: 'grpc-echo-64-inflight', ...echo });
    const create = await runJson(join(HERE, 'load-client.mjs'), ['create', fields.grpc, '64', String(SECONDS)]);
    report({ bench: 'create', figure: 'pod-create-64-inflight', ...create });
    // The same loop before and after: a slow minute of the machine shows here, not only in the figures.
    report({ bench: 'create', figure: 'machine-speed-probe', loopMsBefore: probeBefore, loopMsAfter: machineSpeedProbeMs() });
    report({
      bench: 'create',
      figure: 'ratios',
      createVsEcho: r2(create.perSecond / echo.perSecond),
      target: 'creates >= 5000/s, p99 < 40 ms, creates >= 0.5x echo',
      met: create.perSecond >= 5000 && create.p99ms < 40 && create.perSecond >= 0.5 * echo.perSecond,
    });
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.on('exit', r));
  }
} finally {
  dir.cleanup();
}
