// The client side of the create benchmark, a separate process: keeps `inflight` calls going for
// `seconds` against either the bare echo service or the API server's Create, and prints the
// throughput and latency percentiles as one JSON value.
import { Client, credentials, Metadata } from '@grpc/grpc-js';
import { encodeProto, messageType, wrap } from '../../dist/internal/api/index.js';
import { benchPod, percentile, r2 } from './lib.mjs';

const [mode, address, inflightArg = '64', secondsArg = '5', prefix = 'p', totalArg] = process.argv.slice(2);
const total = totalArg === undefined ? Infinity : Number(totalArg);
const inflight = Number(inflightArg);
const seconds = Number(secondsArg);
const identity = (b) => b;
const client = new Client(address, credentials.createInsecure(), { 'grpc-node.flow_control_window': 16 * 1024 * 1024 });
const requestType = messageType('skiff.api.v1.CreateRequest');
const ref = { group: '', version: 'v1', resource: 'pods', namespace: 'default' };
const path = mode === 'echo' ? '/bench.Echo/Echo' : '/skiff.api.v1.Api/Create';

// Requests are encoded the same way for both modes, so the echo baseline carries the same bytes.
function request(i) {
  return encodeProto(requestType, { ref, object: wrap(benchPod(`${prefix}-${i}`)) });
}

function call(bytes) {
  return new Promise((resolve, reject) =>
    client.makeUnaryRequest(path, identity, identity, bytes, new Metadata(), {}, (err, res) => (err ? reject(err) : resolve(res))),
  );
}

// Warm up the connection and the JIT (not when filling an exact number), and encode every request before the clock starts, so the
// client's own encoding does not compete for the machine's two cores during the measurement.
// The warm-up runs the same load for WARMUP_SECONDS: V8 compiles the server's hot paths during
// the first seconds, and the figure is the steady state, not the compiler's work.
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
if (total === Infinity) {
  let w = 0;
  const until = performance.now() + WARMUP_SECONDS * 1000;
  await Promise.all(
    Array.from({ length: inflight }, async () => {
      while (performance.now() < until) await call(request(`warm-${w++}`));
    }),
  );
}
const pool = Array.from({ length: Math.min(total, Math.max(20_000, seconds * 12_000)) }, (_, i) => request(i));

const latencies = [];
const cpuStart = process.cpuUsage();
let next = 0;
let errors = 0;
const deadline = performance.now() + seconds * 1000;
const start = performance.now();
async function worker() {
  while (performance.now() < deadline && next < total) {
    const bytes = pool[next++] ?? request(next);
    const t0 = performance.now();
    try {
      await call(bytes);
      latencies.push(performance.now() - t0);
    } catch (err) {
      errors++;
      if (errors < 3) process.stderr.write(`call failed: ${err.message}\n`);
    }
  }
}
await Promise.all(Array.from({ length: inflight }, worker));
const elapsed = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
client.close();
process.stdout.write(
  JSON.stringify({
    mode,
    calls: latencies.length,
    errors,
    perSecond: r2(latencies.length / elapsed),
    p50ms: r2(percentile(latencies, 50)),
    p99ms: r2(percentile(latencies, 99)),
    // The client's own CPU per call: on two cores the client and the server compete for the machine.
    clientCpuMicrosPerCall: r2((cpu.user + cpu.system) / Math.max(1, latencies.length)),
    // BENCH_SAMPLES=1: every call's latency too (ms, two decimals), for percentiles over several runs.
    ...(process.env.BENCH_SAMPLES === '1' ? { samples: latencies.map(r2) } : {}),
  }),
);
