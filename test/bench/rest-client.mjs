// The REST side of the REST benchmark, a separate process: Pod creates as JSON over keep-alive
// HTTP/1.1 connections with `inflight` requests in flight for `seconds`, as kubectl and other
// Kubernetes clients send them; prints throughput and latency percentiles as one JSON value.
import http from 'node:http';
import { benchPod, percentile, r2 } from './lib.mjs';

const [address, inflightArg = '64', secondsArg = '5', prefix = 'r'] = process.argv.slice(2);
const inflight = Number(inflightArg);
const seconds = Number(secondsArg);
const [host, port] = [address.slice(0, address.lastIndexOf(':')), Number(address.slice(address.lastIndexOf(':') + 1))];
const agent = new http.Agent({ keepAlive: true, maxSockets: inflight });

// Kubernetes JSON: int-or-string bare (the bench pod's internal form uses {intVal}/{strVal}).
function json(name) {
  const pod = benchPod(name);
  for (const c of pod.spec.containers) {
    if (c.readinessProbe) c.readinessProbe.httpGet.port = 8080;
    if (c.livenessProbe) c.livenessProbe.tcpSocket.port = 'http';
  }
  return Buffer.from(JSON.stringify(pod));
}

function post(body) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host, port, agent, method: 'POST', path: '/api/v1/namespaces/default/pods', headers: { 'Content-Type': 'application/json', 'Content-Length': body.length, Accept: 'application/json' } },
      (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 201 ? resolve() : reject(new Error(`HTTP ${res.statusCode}`))));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

for (let i = 0; i < 200; i++) await post(json(`${prefix}-warm-${i}`));
const pool = Array.from({ length: Math.max(20_000, seconds * 8_000) }, (_, i) => json(`${prefix}-${i}`));
const latencies = [];
let next = 0;
let errors = 0;
const cpuStart = process.cpuUsage();
const start = performance.now();
const deadline = start + seconds * 1000;
async function worker() {
  while (performance.now() < deadline) {
    const body = pool[next++] ?? json(`${prefix}-${next}`);
    const t0 = performance.now();
    try {
      await post(body);
      latencies.push(performance.now() - t0);
    } catch (err) {
      errors++;
      if (errors < 3) process.stderr.write(`request failed: ${err.message}\n`);
    }
  }
}
await Promise.all(Array.from({ length: inflight }, worker));
const elapsed = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
agent.destroy();
process.stdout.write(
  JSON.stringify({
    mode: 'rest-create',
    calls: latencies.length,
    errors,
    perSecond: r2(latencies.length / elapsed),
    p50ms: r2(percentile(latencies, 50)),
    p99ms: r2(percentile(latencies, 99)),
    clientCpuMicrosPerCall: r2((cpu.user + cpu.system) / Math.max(1, latencies.length)),
  }),
);
