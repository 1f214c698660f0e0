// Benchmark: watch fan-out. 100 watchers on pods while 1,000 pod creates per second land; the
// latency from a create's acknowledgement to each watcher receiving its event, beside the same
// measure for a bare grpc-js broadcast of the same bytes to 100 streams in the same run.
import { join } from 'node:path';
import { HERE, r2, report, runJson, startProcess, tempDir } from './lib.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const dir = tempDir();
try {
  const { child, fields } = await startProcess(join(HERE, 'server-process.mjs'), [join(dir.path, 'apiserver')]);
  try {
    const base = await runJson(join(HERE, 'watch-client.mjs'), ['broadcast', fields.echo, '100', '1000', String(SECONDS)]);
    report({ bench: 'watch', figure: 'grpc-broadcast-100-streams', ...base });
    const watch = await runJson(join(HERE, 'watch-client.mjs'), ['watch', fields.grpc, '100', '1000', String(SECONDS)]);
    report({ bench: 'watch', figure: 'pod-watch-100-watchers', ...watch });
    report({
      bench: 'watch',
      figure: 'ratios',
      p99VsBroadcast: r2(watch.p99ms / base.p99ms),
      target: 'p99 from acknowledged write to event < 15 ms at 1000 writes/s with 100 watchers, none lost',
      met: watch.writesPerSecond >= 950 && watch.p99ms < 15 && watch.events === watch.expectedEvents,
    });
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.on('exit', r));
  }
} finally {
  dir.cleanup();
}
