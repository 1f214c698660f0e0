// Benchmark: the REST face. Pod creates per second and p99 through REST (JSON, 64 in flight over
// keep-alive connections) against the same through gRPC in the same run; then `kubectl get pods`
// of 10,000 pods (kubectl pages 500 at a time) against the same list over gRPC.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HERE, percentile, r2, report, runJson, startProcess, tempDir } from './lib.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const PODS = Number(process.env.BENCH_PODS ?? 10_000);

function kubectlOrFail() {
  const found = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' });
  if (found.status !== 0) throw new Error('kubectl is not installed: the REST benchmark drives the stock kubectl');
}

kubectlOrFail();
const dir = tempDir();
try {
  // Creates: a fresh server per face, so neither measures against the other's leftovers.
  const grpcServer = await startProcess(join(HERE, 'server-process.mjs'), [join(dir.path, 'a')]);
  const grpc = await runJson(join(HERE, 'load-client.mjs'), ['create', grpcServer.fields.grpc, '64', String(SECONDS)]);
  grpcServer.child.kill('SIGTERM');
  await new Promise((r) => grpcServer.child.on('exit', r));
  const restServer = await startProcess(join(HERE, 'server-process.mjs'), [join(dir.path, 'b')]);
  const rest = await runJson(join(HERE, 'rest-client.mjs'), [restServer.fields.http, '64', String(SECONDS)]);
  report({ bench: 'rest', figure: 'grpc-pod-create-64-inflight', ...grpc });
  report({ bench: 'rest', figure: 'rest-pod-create-64-inflight', ...rest });
  report({ bench: 'rest', figure: 'ratios', restVsGrpc: r2(rest.perSecond / grpc.perSecond), target: 'REST creates >= 0.5x gRPC', met: rest.perSecond >= 0.5 * grpc.perSecond });
  restServer.child.kill('SIGTERM');
  await new Promise((r) => restServer.child.on('exit', r));

  // kubectl get pods of 10,000 pods.
  const listServer = await startProcess(join(HERE, 'server-process.mjs'), [join(dir.path, 'c')]);
  try {
    await runJson(join(HERE, 'load-client.mjs'), ['create', listServer.fields.grpc, '64', '600', 'k', String(PODS)]);
    const kubeconfig = join(dir.path, 'kubeconfig');
    writeFileSync(
      kubeconfig,
      `apiVersion: v1\nkind: Config\nclusters:\n- name: skiff\n  cluster:\n    server: http://${listServer.fields.http}\ncontexts:\n- name: skiff\n  context: {cluster: skiff, user: skiff, namespace: default}\ncurrent-context: skiff\nusers:\n- name: skiff\n  user: {}\n`,
    );
    const cacheDir = join(dir.path, 'kube-cache');
    const kubectl = () => execFileSync('kubectl', ['--kubeconfig', kubeconfig, '--cache-dir', cacheDir, 'get', 'pods', '--no-headers'], { maxBuffer: 64 * 1024 * 1024 });
    kubectl(); // discovery into the cache, as a user's second command would have it
    const times = [];
    let lines = 0;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      lines = kubectl().toString().trim().split('\n').length;
      times.push(performance.now() - t0);
    }
    const grpcList = await runJson(join(HERE, 'list-client.mjs'), [listServer.fields.grpc, '500']);
    // skiffctl listing the same pods over gRPC (one list; it prints the same table).
    const skiffctlBin = join(HERE, '..', '..', 'dist', 'cmd', 'skiffctl', 'main.js');
    const skiffctlTimes = [];
    let skiffctlLines = 0;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const out = execFileSync(process.execPath, [skiffctlBin, '--server', listServer.fields.grpc, 'get', 'pods', '-n', 'default', '--no-headers'], { maxBuffer: 64 * 1024 * 1024 });
      skiffctlTimes.push(performance.now() - t0);
      skiffctlLines = out.toString().trim().split('\n').length;
    }
    report({ bench: 'rest', figure: 'kubectl-get-pods', pods: lines, wallMsP50: r2(percentile(times, 50)), target: '< 2000 ms', met: percentile(times, 50) < 2000 });
    report({ bench: 'rest', figure: 'grpc-list-pages-of-500-decoded', ...grpcList });
    report({ bench: 'rest', figure: 'skiffctl-get-pods', pods: skiffctlLines, wallMsP50: r2(percentile(skiffctlTimes, 50)) });
  } finally {
    listServer.child.kill('SIGTERM');
    await new Promise((r) => listServer.child.on('exit', r));
  }
} finally {
  dir.cleanup();
}
