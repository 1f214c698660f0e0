// Benchmark: Pod creates over gRPC from a separate client process, 64 in flight, every write
// synced and the full validation, admission and watch path on; beside two baselines measured in
// the same run: a bare grpc-js unary echo of the same request bytes between the same two
// processes, and the raw LevelDB synced-batch write rate of pod-sized values.
//
// This machine's speed drifts from minute to minute, and one run's figures scatter by about ±10%
// even at a steady speed (where the collector's pauses fall, how batches line up), so the figure
// is taken over BENCH_TRIALS trials (default 5), each on a fresh server and data directory with
// the echo baseline measured just before its creates: every trial is reported, then the medians
// over the trials of the echo rate, the create rate and the create/echo ratio (each its own
// median), and the p50/p99 of every create of every trial pooled together.
import { join } from 'node:path';
import { Level } from 'level';
import { HERE, machineSpeedProbeMs, median, percentile, r2, report, runJson, startProcess, tempDir } from './lib.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const TRIALS = Number(process.env.BENCH_TRIALS ?? 5);

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

/** One trial: a fresh server, the echo baseline, then the creates. */
async function trial(dataDir) {
  const { child, fields } = await startProcess(join(HERE, 'server-process.mjs'), [dataDir]);
  try {
    const echo = await runJson(join(HERE, 'load-client.mjs'), ['echo', fields.echo, '64', String(SECONDS)]);
    const create = await runJson(join(HERE, 'load-client.mjs'), ['create', fields.grpc, '64', String(SECONDS)], { BENCH_SAMPLES: '1' });
    return { echo, create };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.on('exit', r));
  }
}

const dir = tempDir();
try {
  const raw = await rawLevelDB(dir.path);
  report({ bench: 'create', figure: 'leveldb-synced-batch-64', writesPerSecond: raw.writesPerSecond, batchP50ms: raw.batchP50ms });
  const probeBefore = machineSpeedProbeMs();
  const trials = [];
  for (let i = 1; i <= TRIALS; i++) {
    const { echo, create } = await trial(join(dir.path, `apiserver-${i}`));
    const { samples, ...figures } = create;
    trials.push({ echo, create: figures, samples, ratio: create.perSecond / echo.perSecond });
    report({ bench: 'create', figure: 'trial', trial: i, echoPerSecond: echo.perSecond, ...figures, createVsEcho: r2(create.perSecond / echo.perSecond) });
  }
  // The same loop before and after: a slow minute of the machine shows here, not only in the figures.
  report({ bench: 'create', figure: 'machine-speed-probe', loopMsBefore: probeBefore, loopMsAfter: machineSpeedProbeMs() });
  const pooled = trials.flatMap((t) => t.samples);
  const echoPerSecond = r2(median(trials.map((t) => t.echo.perSecond)));
  const createPerSecond = r2(median(trials.map((t) => t.create.perSecond)));
  const p99ms = r2(percentile(pooled, 99));
  const createVsEcho = r2(median(trials.map((t) => t.ratio)));
  report({ bench: 'create', figure: 'grpc-echo-64-inflight', trials: TRIALS, medianPerSecond: echoPerSecond });
  report({ bench: 'create', figure: 'pod-create-64-inflight', trials: TRIALS, medianPerSecond: createPerSecond, calls: pooled.length, p50ms: r2(percentile(pooled, 50)), p99ms });
  report({
    bench: 'create',
    figure: 'ratios',
    createVsEcho,
    target: 'creates >= 5000/s, p99 < 40 ms, creates >= 0.5x echo (medians over the trials; p99 of all trials pooled)',
    met: createPerSecond >= 5000 && p99ms < 40 && createVsEcho >= 0.5,
  });
} finally {
  dir.cleanup();
}
