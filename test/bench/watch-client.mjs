// The client side of the watch fan-out benchmark, a separate process: opens `watchers` streams,
// then writes at `rate` per second for `seconds`, and reports the latency from a write's
// acknowledgement to each watcher's receipt of its event. Mode `watch` uses the API server (Pod
// creates, watches on pods); mode `broadcast` uses the bare grpc-js Publish/Broadcast baseline
// carrying the same bytes.
import { Client, credentials, Metadata } from '@grpc/grpc-js';
import { encodeProto, messageType, wrap } from '../../dist/internal/api/index.js';
import { benchPod, percentile, r2 } from './lib.mjs';

const [mode, address, watchersArg = '100', rateArg = '1000', secondsArg = '10'] = process.argv.slice(2);
const watchers = Number(watchersArg);
const rate = Number(rateArg);
const seconds = Number(secondsArg);
const identity = (b) => b;
const client = new Client(address, credentials.createInsecure(), { 'grpc-node.flow_control_window': 16 * 1024 * 1024 });
const createRequest = messageType('skiff.api.v1.CreateRequest');
const watchRequest = messageType('skiff.api.v1.WatchRequest');
const ref = { group: '', version: 'v1', resource: 'pods', namespace: 'default' };
const acked = new Map();
const sent = new Map();
const latencies = [];
const endToEnd = [];
let received = 0;

// Reads only what the measurement needs from a WatchEvents message (the names of ADDED pods) by
// walking the wire format, so 100 streams' worth of full decodes does not make the client the
// bottleneck of a benchmark about the server.
function fields(buf, start, end, visit) {
  let i = start;
  while (i < end) {
    let key = 0;
    let shift = 0;
    let byte;
    do {
      byte = buf[i++];
      key |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    const wire = key & 7;
    if (wire === 2) {
      let len = 0;
      shift = 0;
      do {
        byte = buf[i++];
        len += (byte & 0x7f) * 2 ** shift;
        shift += 7;
      } while (byte & 0x80);
      visit(key >>> 3, i, i + len);
      i += len;
    } else if (wire === 0) {
      while (buf[i++] & 0x80);
    } else if (wire === 1) i += 8;
    else if (wire === 5) i += 4;
    else throw new Error(`unexpected wire type ${wire}`);
  }
}

function addedPodNames(buf) {
  const names = [];
  fields(buf, 0, buf.length, (f, s, e) => {
    if (f !== 1) return; // WatchEvents.events
    let type = '';
    let name;
    fields(buf, s, e, (f2, s2, e2) => {
      if (f2 === 1) type = buf.toString('latin1', s2, e2); // WatchEvent.type
      else if (f2 === 2)
        fields(buf, s2, e2, (f3, s3, e3) => {
          if (f3 !== 3) return; // Object.pod
          fields(buf, s3, e3, (f4, s4, e4) => {
            if (f4 !== 3) return; // Pod.metadata
            fields(buf, s4, e4, (f5, s5, e5) => {
              if (f5 === 1) name = buf.toString('utf8', s5, e5); // ObjectMeta.name
            });
          });
        });
    });
    if (type === 'ADDED' && name !== undefined) names.push(name);
  });
  return names;
}

function onMessage(name) {
  const t = performance.now();
  received++;
  endToEnd.push(t - sent.get(name));
  const ack = acked.get(name);
  // An event can arrive before the writer has its acknowledgement: that is zero latency.
  if (ack !== undefined) latencies.push(Math.max(0, t - ack));
  else (early.get(name) ?? early.set(name, []).get(name)).push(t);
}
const early = new Map();

const streams = [];
for (let i = 0; i < watchers; i++) {
  const path = mode === 'watch' ? '/skiff.api.v1.Api/Watch' : '/bench.Echo/Broadcast';
  const req = mode === 'watch' ? encodeProto(watchRequest, { ref, resourceVersion: '0' }) : Buffer.alloc(0);
  const s = client.makeServerStreamRequest(path, identity, identity, req, new Metadata(), {});
  s.on('data', (b) => {
    if (mode === 'watch') for (const name of addedPodNames(b)) onMessage(name);
    else onMessage(b.toString('latin1', b.length - 12));
  });
  s.on('error', () => {});
  streams.push(s);
}
await new Promise((r) => setTimeout(r, 500));

function write(i) {
  const name = `w-${String(i).padStart(10, '0')}`;
  const bytes = encodeProto(createRequest, { ref, object: wrap(benchPod(name)) });
  const path = mode === 'watch' ? '/skiff.api.v1.Api/Create' : '/bench.Echo/Publish';
  // The broadcast baseline carries the same bytes with the name at the end, for matching.
  const body = mode === 'watch' ? bytes : Buffer.concat([bytes, Buffer.from(name.slice(-12), 'latin1')]);
  const key = mode === 'watch' ? name : name.slice(-12);
  sent.set(key, performance.now());
  return new Promise((resolve) =>
    client.makeUnaryRequest(path, identity, identity, body, new Metadata(), {}, (err) => {
      const t = performance.now();
      if (!err) {
        acked.set(key, t);
        for (let k = (early.get(key) ?? []).length; k > 0; k--) latencies.push(0);
        early.delete(key);
      }
      resolve();
    }),
  );
}

const total = rate * seconds;
const start = performance.now();
const pending = [];
for (let i = 0; i < total; i++) {
  const due = start + (i * 1000) / rate;
  const wait = due - performance.now();
  if (wait > 1) await new Promise((r) => setTimeout(r, wait));
  pending.push(write(i));
}
await Promise.all(pending);
const writeSeconds = (performance.now() - start) / 1000;
// Let the last events arrive.
const expected = total * watchers;
for (let i = 0; i < 100 && received < expected; i++) await new Promise((r) => setTimeout(r, 50));
for (const s of streams) s.cancel();
client.close();
process.stdout.write(
  JSON.stringify({
    mode,
    watchers,
    writesPerSecond: r2(total / writeSeconds),
    events: received,
    expectedEvents: expected,
    p50ms: r2(percentile(latencies, 50)),
    p90ms: r2(percentile(latencies, 90)),
    p99ms: r2(percentile(latencies, 99)),
    maxms: r2(percentile(latencies, 100)),
    sendToEventP50ms: r2(percentile(endToEnd, 50)),
    sendToEventP99ms: r2(percentile(endToEnd, 99)),
  }),
);
process.exit(0);
