// The server side of the benchmarks: the real ApiServer (LevelDB, every write synced, full
// validation, admission and watch path) and, in the same process, a bare grpc-js echo service
// that answers each request with its own bytes: the baseline of what gRPC alone costs.
import { Server, ServerCredentials } from '@grpc/grpc-js';
import { ApiServer } from '../../dist/internal/apiserver/index.js';

const dataDir = process.argv[2];
const server = new ApiServer({
  listen: '127.0.0.1:0',
  httpListen: '127.0.0.1:8080',
  dataDir,
  storageBackend: 'leveldb',
  maxRequestsInflight: 0,
  maxMutatingRequestsInflight: 0,
  watchCacheWindowMs: 75_000,
  bookmarkIntervalMs: 60_000,
  compactionIntervalMs: 0,
  serviceClusterIPRange: '127.96.0.0/12',
  serviceNodePortRange: '30000-32767',
});
const grpc = await server.start();

const echo = new Server();
const identity = (b) => b;
echo.addService(
  { Echo: { path: '/bench.Echo/Echo', requestStream: false, responseStream: false, requestSerialize: identity, requestDeserialize: identity, responseSerialize: identity, responseDeserialize: identity } },
  { Echo: (call, cb) => cb(null, call.request) },
);
const echoPort = await new Promise((resolve, reject) => echo.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p))));
process.stdout.write(`ready grpc=${grpc} echo=127.0.0.1:${echoPort} pid=${process.pid}\n`);
process.on('SIGTERM', async () => {
  echo.forceShutdown();
  await server.stop();
  process.exit(0);
});
