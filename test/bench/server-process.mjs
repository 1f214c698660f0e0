// The server side of the benchmarks: the real ApiServer (LevelDB, every write synced, full
// validation, admission and watch path) and, in the same process, a bare grpc-js echo service
// that answers each request with its own bytes: the baseline of what gRPC alone costs.
import { Server, ServerCredentials } from '@grpc/grpc-js';
import { ApiServer, GRPC_SERVER_OPTIONS, defaultApiServerOptions } from '../../dist/internal/apiserver/index.js';

const dataDir = process.argv[2];
const batches = { count: 0, writes: 0 };
// Every flag's default, but free ports, no in-flight limits and no compaction during a run.
const server = new ApiServer(
  defaultApiServerOptions({
    listen: '127.0.0.1:0',
    httpListen: '127.0.0.1:0',
    dataDir,
    maxRequestsInflight: 0,
    maxMutatingRequestsInflight: 0,
    compactionIntervalMs: 0,
    onBatchCommitted: (info) => {
      batches.count++;
      batches.writes += info.revisions.length;
    },
  }),
);
const grpc = await server.start();

// BENCH_DIAG=1: times each LevelDB batch (wall time from submit to done) and the gaps between
// batches, printed with SIGUSR2, for investigation.
const diag = { batches: 0, batchMs: 0, maxBatchMs: 0 };
if (process.env.BENCH_DIAG) {
  const db = server['storage']?.db;
  if (db) {
    // classic-level's _batch is where both db.batch() and the storage's direct path end up.
    const name = typeof db._batch === 'function' ? '_batch' : 'batch';
    const batch = db[name].bind(db);
    db[name] = async (...args) => {
      const t0 = performance.now();
      try {
        return await batch(...args);
      } finally {
        const ms = performance.now() - t0;
        diag.batches++;
        diag.batchMs += ms;
        diag.maxBatchMs = Math.max(diag.maxBatchMs, ms);
      }
    };
  }
}

// Bare grpc-js baselines: Echo answers a request with its own bytes; Publish writes its request's
// bytes to every open Broadcast stream (the same bytes to each, as the watch cache does), then answers.
// Same transport options as the API server's, so the two differ only in what they do per call.
const echo = new Server(GRPC_SERVER_OPTIONS);
const identity = (b) => b;
const method = (name, responseStream) => ({
  path: `/bench.Echo/${name}`,
  requestStream: false,
  responseStream,
  requestSerialize: identity,
  requestDeserialize: identity,
  responseSerialize: identity,
  responseDeserialize: identity,
});
const streams = new Set();
echo.addService(
  { Echo: method('Echo', false), Publish: method('Publish', false), Broadcast: method('Broadcast', true) },
  {
    Echo: (call, cb) => cb(null, call.request),
    Publish: (call, cb) => {
      for (const s of streams) s.write(call.request);
      cb(null, Buffer.alloc(0));
    },
    Broadcast: (call) => {
      streams.add(call);
      call.on('cancelled', () => streams.delete(call));
    },
  },
);
const echoPort = await new Promise((resolve, reject) => echo.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p))));
// SIGUSR2 prints the memory use (after a full GC when run with --expose-gc), for investigation.
process.on('SIGUSR2', () => {
  globalThis.gc?.();
  const m = process.memoryUsage();
  const cpu = process.cpuUsage();
  process.stderr.write(`batches=${batches.count} writes=${batches.writes}\n`);
  if (process.env.BENCH_DIAG) process.stderr.write(`diag dbBatches=${diag.batches} dbBatchMs=${diag.batchMs.toFixed(1)} maxBatchMs=${diag.maxBatchMs.toFixed(1)}\n`);
  process.stderr.write(`cpu user=${(cpu.user / 1e6).toFixed(2)}s system=${(cpu.system / 1e6).toFixed(2)}s\n`);
  process.stderr.write(`memory rss=${m.rss >> 20}MB heapUsed=${m.heapUsed >> 20}MB external=${m.external >> 20}MB arrayBuffers=${m.arrayBuffers >> 20}MB\n`);
});
process.on('SIGTERM', async () => {
  echo.forceShutdown();
  await server.stop();
  process.exit(0);
});
// Ready only once the signal handlers are in place.
process.stdout.write(`ready grpc=${grpc} http=${server.httpAddress} echo=127.0.0.1:${echoPort} pid=${process.pid}\n`);
