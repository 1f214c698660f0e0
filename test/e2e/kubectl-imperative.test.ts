// kubectl's imperative commands against skiff-apiserver. They send their objects in Kubernetes' own
// protobuf (`application/vnd.kubernetes.protobuf`), which the REST face transcodes; each command's
// stored object is read back with `kubectl get -o json` and its printed line compared with what
// kubectl prints against Kubernetes (kubectl drain's evictions go as JSON in v1.32, but ride along).
// Then protobuf bodies over raw HTTP: warnings for dropped fields, 400 for malformed bytes, an
// Eviction and a DELETE with DeleteOptions in protobuf, as client-go's typed clients send them.
import { createPrivateKey, generateKeyPairSync, sign, X509Certificate, type KeyObject } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../harness.js';
import { encode, entry, int, k8sBody, msg, str, type K8sPart } from '../../internal/api/codec/k8s-test-encoder.js';
import { startCluster, type Cluster } from './kubectl.js';

const PROTOBUF = 'application/vnd.kubernetes.protobuf';

let c: Cluster;
const files = tempDir('skiff-imperative-');
beforeAll(async () => {
  c = await startCluster();
});
afterAll(async () => {
  await c?.stop();
  files.cleanup();
});

/** `kubectl get <what> -o json`, parsed. */
async function getJSON(...what: string[]): Promise<unknown> {
  return JSON.parse(await c.ok(['get', ...what, '-o', 'json'])) as unknown;
}

/** Runs an imperative kubectl command: it must succeed, print `printed`, and warn about nothing. */
async function run(args: string[], printed: string): Promise<void> {
  const r = await c.kubectl(args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toBe(`${printed}\n`);
}

const base64 = (s: string): string => Buffer.from(s).toString('base64');

describe('kubectl imperative commands (Kubernetes protobuf bodies)', () => {
  it('create namespace', async () => {
    await run(['create', 'namespace', 'team-a'], 'namespace/team-a created');
    const ns = await getJSON('namespace', 'team-a');
    expect(ns).toMatchObject({ metadata: { name: 'team-a' }, status: { phase: 'Active' } });
    expect(ns).not.toHaveProperty('metadata.generateName');
  });

  it('create configmap --from-literal --from-file', async () => {
    const file = join(files.path, 'game.properties');
    writeFileSync(file, 'lives=3\nlevel=easy\n');
    await run(['create', 'configmap', 'game', '--from-literal=mode=hard', `--from-file=${file}`], 'configmap/game created');
    const cm = await getJSON('configmap', 'game');
    expect(cm).toMatchObject({ data: { mode: 'hard', 'game.properties': 'lives=3\nlevel=easy\n' } });
    // Only what the server sets: none of the empty strings and zeros Kubernetes' protobuf carries.
    expect(Object.keys((cm as { metadata: object }).metadata).sort()).toEqual(['creationTimestamp', 'name', 'namespace', 'resourceVersion', 'uid']);
  });

  it('create secret generic and secret tls', async () => {
    await run(['create', 'secret', 'generic', 'db', '--from-literal=password=hunter2', '-n', 'team-a'], 'secret/db created');
    expect(await getJSON('secret', 'db', '-n', 'team-a')).toMatchObject({ type: 'Opaque', data: { password: base64('hunter2') } });

    const { cert, key } = selfSignedCertificate('web.example');
    writeFileSync(join(files.path, 'tls.crt'), cert);
    writeFileSync(join(files.path, 'tls.key'), key);
    await run(['create', 'secret', 'tls', 'web-tls', `--cert=${join(files.path, 'tls.crt')}`, `--key=${join(files.path, 'tls.key')}`], 'secret/web-tls created');
    expect(await getJSON('secret', 'web-tls')).toMatchObject({ type: 'kubernetes.io/tls', data: { 'tls.crt': base64(cert), 'tls.key': base64(key) } });
  });

  it('create serviceaccount', async () => {
    await run(['create', 'serviceaccount', 'robot'], 'serviceaccount/robot created');
    expect(await getJSON('serviceaccount', 'robot')).toMatchObject({ metadata: { name: 'robot', namespace: 'default' } });
  });

  it('create deployment --image --replicas --port, and --replicas=0 kept as 0', async () => {
    await run(['create', 'deployment', 'web', '--image=nginx:1.27', '--replicas=2', '--port=8080'], 'deployment.apps/web created');
    const d = await getJSON('deployment', 'web');
    expect(d).toMatchObject({
      metadata: { labels: { app: 'web' } },
      spec: {
        replicas: 2,
        selector: { matchLabels: { app: 'web' } },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
        template: {
          metadata: { labels: { app: 'web' } },
          spec: { containers: [{ name: 'nginx', image: 'nginx:1.27', ports: [{ containerPort: 8080, protocol: 'TCP' }] }] },
        },
      },
    });
    // What Kubernetes' protobuf writes for fields nobody set does not show up as set.
    expect(d).not.toHaveProperty('spec.minReadySeconds');
    expect(d).not.toHaveProperty('spec.paused');
    expect(d).not.toHaveProperty('spec.template.metadata.name');
    expect(d).not.toHaveProperty('spec.template.spec.hostNetwork');
    expect(d).not.toHaveProperty(['spec', 'template', 'spec', 'containers', 0, 'workingDir']);
    expect(d).not.toHaveProperty(['spec', 'template', 'spec', 'containers', 0, 'ports', 0, 'hostPort']);

    await run(['create', 'deployment', 'idle', '--image=nginx:1.27', '--replicas=0'], 'deployment.apps/idle created');
    expect(await getJSON('deployment', 'idle')).toHaveProperty('spec.replicas', 0);
  });

  it('create service clusterip and nodeport', async () => {
    await run(['create', 'service', 'clusterip', 'backend', '--tcp=80:8080'], 'service/backend created');
    const backend = await getJSON('service', 'backend');
    expect(backend).toMatchObject({
      spec: { type: 'ClusterIP', selector: { app: 'backend' }, ports: [{ name: '80-8080', port: 80, protocol: 'TCP', targetPort: 8080 }] },
    });
    expect(backend).toHaveProperty('spec.clusterIP', expect.stringMatching(/^\d+\.\d+\.\d+\.\d+$/));

    await run(['create', 'service', 'nodeport', 'front', '--tcp=81:8081', '--node-port=30081'], 'service/front created');
    expect(await getJSON('service', 'front')).toMatchObject({
      spec: { type: 'NodePort', ports: [{ name: '81-8081', port: 81, protocol: 'TCP', targetPort: 8081, nodePort: 30081 }] },
    });
  });

  it('create job and cronjob --schedule', async () => {
    await run(['create', 'job', 'once', '--image=busybox:1.36', '--', 'echo', 'hi'], 'job.batch/once created');
    expect(await getJSON('job', 'once')).toMatchObject({
      spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'once', image: 'busybox:1.36', command: ['echo', 'hi'] }] } } },
    });

    await run(['create', 'cronjob', 'tick', '--image=busybox:1.36', '--schedule=*/5 * * * *', '--', 'date'], 'cronjob.batch/tick created');
    expect(await getJSON('cronjob', 'tick')).toMatchObject({
      spec: {
        schedule: '*/5 * * * *',
        jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'tick', image: 'busybox:1.36', command: ['date'] }] } } } },
      },
    });

    await run(['create', 'job', 'manual', '--from=cronjob/tick'], 'job.batch/manual created');
    expect(await getJSON('job', 'manual')).toMatchObject({
      metadata: { annotations: { 'cronjob.kubernetes.io/instantiate': 'manual' }, ownerReferences: [{ apiVersion: 'batch/v1', kind: 'CronJob', name: 'tick', controller: true }] },
      spec: { template: { spec: { containers: [{ name: 'tick', command: ['date'] }] } } },
    });
  });

  it('create priorityclass and poddisruptionbudget', async () => {
    await run(['create', 'priorityclass', 'high', '--value=1000', '--description=for the important ones'], 'priorityclass.scheduling.k8s.io/high created');
    const pc = await getJSON('priorityclass', 'high');
    expect(pc).toMatchObject({ value: 1000, description: 'for the important ones', preemptionPolicy: 'PreemptLowerPriority' });
    expect(pc).not.toHaveProperty('globalDefault');

    await run(['create', 'poddisruptionbudget', 'web-pdb', '--selector=app=web', '--min-available=1'], 'poddisruptionbudget.policy/web-pdb created');
    expect(await getJSON('poddisruptionbudget', 'web-pdb')).toHaveProperty('spec', { minAvailable: 1, selector: { matchLabels: { app: 'web' } } });
    await run(['create', 'pdb', 'half', '--selector=app=web', '--max-unavailable=50%'], 'poddisruptionbudget.policy/half created');
    expect(await getJSON('pdb', 'half')).toHaveProperty('spec.maxUnavailable', '50%');
  });

  it('run (a pod) and expose deployment', async () => {
    await run(['run', 'shell', '--image=busybox:1.36', '--labels=app=shell,tier=debug', '--port=7000', '--', 'sleep', '3600'], 'pod/shell created');
    expect(await getJSON('pod', 'shell')).toMatchObject({
      metadata: { labels: { app: 'shell', tier: 'debug' } },
      spec: { containers: [{ name: 'shell', image: 'busybox:1.36', args: ['sleep', '3600'], ports: [{ containerPort: 7000, protocol: 'TCP' }] }] },
      status: { phase: 'Pending' },
    });

    await run(['expose', 'deployment', 'web', '--port=80', '--target-port=8080', '--name=web-svc'], 'service/web-svc exposed');
    expect(await getJSON('service', 'web-svc')).toMatchObject({ spec: { selector: { app: 'web' }, ports: [{ port: 80, protocol: 'TCP', targetPort: 8080 }] } });
  });

  it('drain: cordons the node and evicts its pods', async () => {
    await c.ok(['create', '-f', '-'], 'apiVersion: v1\nkind: Node\nmetadata:\n  name: node-1\n');
    await c.ok(['run', 'on-node', '--image=busybox:1.36', '--overrides={"spec":{"nodeName":"node-1"}}']);
    // No kubelet runs here to finish a graceful deletion, hence --grace-period=0.
    const r = await c.kubectl(['drain', 'node-1', '--force', '--grace-period=0', '--timeout=20s']);
    expect(r.stderr).toBe('Warning: deleting Pods that declare no controller: default/on-node\n');
    expect(r.stdout).toBe('node/node-1 cordoned\nevicting pod default/on-node\npod/on-node evicted\nnode/node-1 drained\n');
    expect(await getJSON('node', 'node-1')).toHaveProperty('spec.unschedulable', true);
    expect((await c.kubectl(['get', 'pod', 'on-node'])).code).toBe(1);
  });
});

describe('Kubernetes protobuf bodies over raw HTTP', () => {
  const url = (path: string): string => `http://${c.server.http}${path}`;
  const post = (path: string, body: Uint8Array, contentType = PROTOBUF, method = 'POST'): Promise<Response> =>
    fetch(url(path), { method, headers: { 'Content-Type': contentType, Accept: `${PROTOBUF},application/json` }, body });
  const objectMeta = (name: string, ...extra: K8sPart[]): K8sPart => msg(1, str(1, name), str(2, ''), int(7, 0), msg(8), ...extra);

  it('answers in JSON and sends dropped Kubernetes fields back as warnings', async () => {
    const raw = encode(objectMeta('extra'), entry(2, 'a', 'b'), str(9, 'not a Skiff field'));
    const res = await post('/api/v1/namespaces/default/configmaps', k8sBody('v1', 'ConfigMap', raw));
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('warning')).toBe('299 - "unknown field number 9 in ConfigMap (skiff.core.v1.ConfigMap) was dropped"');
    const body = (await res.json()) as { data: unknown; metadata: { name: string } };
    expect(body.data).toEqual({ a: 'b' });
    expect(body.metadata.name).toBe('extra');
  });

  it('answers malformed protobuf with 400 BadRequest, other media types with 415, a protobuf-only Accept with 406', async () => {
    const bad = await post('/api/v1/namespaces/default/configmaps', Buffer.from('k8s\0\x0a\x05'));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ kind: 'Status', reason: 'BadRequest', message: expect.stringMatching(/malformed Kubernetes protobuf envelope/) });
    const notK8s = await post('/api/v1/namespaces/default/configmaps', Buffer.from('{}'));
    expect(((await notK8s.json()) as { message: string }).message).toMatch(/must start with the bytes 6b 38 73 00/);
    expect((await post('/api/v1/namespaces/default/configmaps', Buffer.from('{}'), 'application/cbor')).status).toBe(415);
    const only = await fetch(url('/api/v1/namespaces/default/configmaps/extra'), { headers: { Accept: PROTOBUF } });
    expect(only.status).toBe(406);
  });

  it('updates the scale subresource: a Scale with replicas 0 (which Kubernetes writes even unset) scales to 0', async () => {
    const scale = encode(objectMeta('web', str(3, 'default')), msg(2, int(1, 0)), msg(3, int(1, 0), str(2, '')));
    const res = await post('/apis/apps/v1/namespaces/default/deployments/web/scale', k8sBody('autoscaling/v1', 'Scale', scale), PROTOBUF, 'PUT');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ kind: 'Scale', spec: { replicas: 0 } });
    expect(await getJSON('deployment', 'web')).toHaveProperty('spec.replicas', 0);
  });

  it('takes an Eviction (as kubectl drain sends it) and a DELETE with DeleteOptions in protobuf', async () => {
    await run(['run', 'victim', '--image=busybox:1.36'], 'pod/victim created');
    const eviction = encode(objectMeta('victim'), msg(2, int(1, 0)));
    const evicted = await post('/api/v1/namespaces/default/pods/victim/eviction', k8sBody('policy/v1', 'Eviction', eviction));
    expect(evicted.status).toBe(201);
    expect((await c.kubectl(['get', 'pod', 'victim'])).stderr).toBe('Error from server (NotFound): pods "victim" not found\n');

    const options = k8sBody('v1', 'DeleteOptions', encode(str(4, 'Background'), str(5, 'All')));
    const dryRun = await post('/api/v1/namespaces/default/configmaps/extra', options, PROTOBUF, 'DELETE');
    expect(dryRun.status).toBe(200);
    expect(await getJSON('configmap', 'extra')).toHaveProperty('metadata.name', 'extra'); // dryRun: All
    const deleted = await post('/api/v1/namespaces/default/configmaps/extra', k8sBody('v1', 'DeleteOptions', encode(str(4, 'Background'))), PROTOBUF, 'DELETE');
    expect(deleted.status).toBe(200);
    expect((await c.kubectl(['get', 'configmap', 'extra'])).code).toBe(1);
  });

  it('refuses a DELETE whose body is another kind, in protobuf as in JSON, as Kubernetes\' decoder does (500)', async () => {
    await run(['create', 'configmap', 'kept'], 'configmap/kept created');
    const noKind = 'no kind "Pod" is registered for version "v1" in scheme "pkg/apis/meta/internalversion/scheme/register.go:27"';
    const pod = k8sBody('v1', 'Pod', encode(objectMeta('kept')));
    const viaProtobuf = await post('/api/v1/namespaces/default/configmaps/kept', pod, PROTOBUF, 'DELETE');
    expect(viaProtobuf.status).toBe(500);
    expect(((await viaProtobuf.json()) as { message: string }).message).toBe(noKind);
    const viaJSON = await post('/api/v1/namespaces/default/configmaps/kept', Buffer.from('{"apiVersion":"v1","kind":"Pod","metadata":{"name":"kept"}}'), 'application/json', 'DELETE');
    expect(viaJSON.status).toBe(500);
    expect(((await viaJSON.json()) as { message: string }).message).toBe(noKind);
    expect(await getJSON('configmap', 'kept')).toHaveProperty('metadata.name', 'kept');
  });
});

/** A self-signed ECDSA P-256 certificate and its PKCS#8 key, in PEM: DER assembled by hand, signed by node:crypto. */
function selfSignedCertificate(commonName: string): { cert: string; key: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const der = (tag: number, ...content: Buffer[]): Buffer => {
    const body = Buffer.concat(content);
    const len: number[] = [];
    for (let n = body.length; n > 0; n >>= 8) len.unshift(n & 0xff);
    const head = body.length < 0x80 ? [body.length] : [0x80 | len.length, ...len];
    return Buffer.concat([Buffer.from([tag, ...head]), body]);
  };
  const seq = (...c: Buffer[]): Buffer => der(0x30, ...c);
  const oid = (hex: string): Buffer => der(0x06, Buffer.from(hex, 'hex'));
  const ecdsaWithSha256 = seq(oid('2a8648ce3d040302'));
  const name = seq(der(0x31, seq(oid('550403'), der(0x0c, Buffer.from(commonName)))));
  const validity = seq(der(0x17, Buffer.from('240101000000Z')), der(0x17, Buffer.from('491231235959Z')));
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  const tbs = seq(der(0xa0, der(0x02, Buffer.from([2]))), der(0x02, Buffer.from([1])), ecdsaWithSha256, name, validity, name, spki);
  const signature = sign('sha256', tbs, privateKey);
  const certDer = seq(tbs, ecdsaWithSha256, der(0x03, Buffer.from([0]), signature));
  const cert = `-----BEGIN CERTIFICATE-----\n${certDer.toString('base64').match(/.{1,64}/g)!.join('\n')}\n-----END CERTIFICATE-----\n`;
  const key = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  // The pair must be one kubectl accepts (it checks the key matches the certificate).
  if (!new X509Certificate(cert).checkPrivateKey(createPrivateKey(key) as KeyObject)) throw new Error('bad test certificate');
  return { cert, key };
}
