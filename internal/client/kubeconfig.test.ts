import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { KubeconfigEditor, resolveServer, kubeconfigPaths } from './kubeconfig.js';

const KIND_CONFIG = `# written by kind
apiVersion: v1
kind: Config
preferences: {}
current-context: kind-dev
clusters:
  - name: kind-dev
    cluster:
      server: https://127.0.0.1:40123
      certificate-authority-data: Q0EK
  - name: skiff
    cluster:
      server: http://127.0.0.1:8080
      extensions:
        - name: skiff
          extension:
            grpcServer: 127.0.0.1:7443
contexts:
  - name: kind-dev
    context: { cluster: kind-dev, user: kind-dev }
  - name: skiff
    context: { cluster: skiff, user: skiff, namespace: prod }
users:
  - name: kind-dev
    user: { client-key-data: S0VZCg== }
  - name: skiff
    user: {}
`;

const dirs: string[] = [];
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'skiff-kubeconfig-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function editor(source: Parameters<typeof KubeconfigEditor.load>[0]): KubeconfigEditor {
  const e = KubeconfigEditor.load(source);
  if (!(e instanceof KubeconfigEditor)) throw new Error(e.message);
  return e;
}

describe('kubeconfig loading', () => {
  it('looks at --kubeconfig, else $KUBECONFIG, else ~/.kube/config', () => {
    expect(kubeconfigPaths({ kubeconfig: '/x', env: { KUBECONFIG: '/a:/b' }, home: '/h' })).toEqual(['/x']);
    expect(kubeconfigPaths({ env: { KUBECONFIG: '/a:/b::/a' }, home: '/h' })).toEqual(['/a', '/b']);
    expect(kubeconfigPaths({ env: {}, home: '/h' })).toEqual(['/h/.kube/config']);
  });

  it('merges a $KUBECONFIG list: the first file to define an entry or current-context wins; missing files are skipped', () => {
    const d = tmp();
    writeFileSync(join(d, 'a'), 'clusters: [{name: c, cluster: {server: "https://a"}}]\ncontexts: [{name: x, context: {cluster: c}}]\n');
    writeFileSync(join(d, 'b'), 'current-context: x\nclusters: [{name: c, cluster: {server: "https://b"}}, {name: d, cluster: {server: "https://d"}}]\n');
    const cfg = editor({ env: { KUBECONFIG: [join(d, 'a'), join(d, 'missing'), join(d, 'b')].join(':') } }).config;
    expect(cfg['current-context']).toBe('x');
    expect(cfg.clusters).toEqual([
      { name: 'c', cluster: { server: 'https://a' } },
      { name: 'd', cluster: { server: 'https://d' } },
    ]);
  });

  it('a missing --kubeconfig file or bad YAML is an error value', () => {
    const d = tmp();
    expect(KubeconfigEditor.load({ kubeconfig: join(d, 'nope') })).toMatchObject({ ok: false, message: expect.stringContaining('no such file') });
    writeFileSync(join(d, 'bad'), 'clusters: [\n');
    expect(KubeconfigEditor.load({ kubeconfig: join(d, 'bad') })).toMatchObject({ ok: false });
  });
});

describe('resolveServer', () => {
  it('--server wins over everything', () => {
    const d = tmp();
    writeFileSync(join(d, 'config'), KIND_CONFIG);
    expect(resolveServer({ server: '10.0.0.1:6443', kubeconfig: join(d, 'config'), context: 'skiff' })).toMatchObject({
      ok: true,
      address: '10.0.0.1:6443',
      source: 'flag',
      fallback: false,
      namespace: 'prod',
    });
  });

  it('reads the gRPC address from the skiff extension of the context cluster, and the context namespace', () => {
    const d = tmp();
    writeFileSync(join(d, 'config'), KIND_CONFIG.replace('current-context: kind-dev', 'current-context: skiff'));
    expect(resolveServer({ kubeconfig: join(d, 'config') })).toEqual({
      ok: true,
      address: '127.0.0.1:7443',
      fallback: false,
      source: 'kubeconfig',
      namespace: 'prod',
      context: 'skiff',
      restServer: 'http://127.0.0.1:8080',
    });
  });

  it('--context overrides current-context; an unknown one is an error; a cluster without the extension is an error', () => {
    const d = tmp();
    writeFileSync(join(d, 'config'), KIND_CONFIG);
    expect(resolveServer({ kubeconfig: join(d, 'config'), context: 'skiff' })).toMatchObject({ address: '127.0.0.1:7443' });
    expect(resolveServer({ kubeconfig: join(d, 'config'), context: 'nope' })).toMatchObject({ ok: false, message: 'context "nope" does not exist' });
    expect(resolveServer({ kubeconfig: join(d, 'config') })).toMatchObject({ ok: false, message: expect.stringContaining('no "skiff" extension') });
  });

  it('with no kubeconfig at all falls back to 127.0.0.1:6443 and says so', () => {
    const d = tmp();
    expect(resolveServer({ env: {}, home: d })).toEqual({ ok: true, address: '127.0.0.1:6443', fallback: true, source: 'default', namespace: 'default', context: undefined });
  });
});

describe('kubeconfig edits', () => {
  it('use-context and set-context --current --namespace keep everything else in the file', () => {
    const d = tmp();
    const path = join(d, 'config');
    writeFileSync(path, KIND_CONFIG);
    const e = editor({ kubeconfig: path });
    expect(e.useContext('skiff')).toBeUndefined();
    expect(e.setCurrentNamespace('staging')).toBeUndefined();
    expect(e.useContext('missing')).toMatchObject({ ok: false, message: 'no context exists with the name: "missing"' });
    e.save();
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('# written by kind');
    const after = parse(text);
    const before = parse(KIND_CONFIG);
    expect(after['current-context']).toBe('skiff');
    expect(after.contexts[1].context).toEqual({ cluster: 'skiff', user: 'skiff', namespace: 'staging' });
    expect(after.clusters).toEqual(before.clusters);
    expect(after.users).toEqual(before.users);
    expect(after.preferences).toEqual({});
    expect(after.contexts[0]).toEqual(before.contexts[0]);
  });

  it('adds a cluster, user and context for a running apiserver to a new file', () => {
    const d = tmp();
    const path = join(d, 'sub', 'config');
    const e = editor({ env: { KUBECONFIG: path } });
    e.addApiServer({ name: 'local', grpcServer: '127.0.0.1:9443', server: 'http://127.0.0.1:8080' });
    e.save();
    expect(existsSync(path)).toBe(true);
    expect(resolveServer({ kubeconfig: path })).toMatchObject({ address: '127.0.0.1:9443', context: 'local', namespace: 'default' });
    const cfg = parse(readFileSync(path, 'utf8'));
    expect(cfg).toMatchObject({ apiVersion: 'v1', kind: 'Config', 'current-context': 'local' });
    expect(cfg.clusters[0]).toEqual({ name: 'local', cluster: { server: 'http://127.0.0.1:8080', extensions: [{ name: 'skiff', extension: { grpcServer: '127.0.0.1:9443' } }] } });
  });

  it('updates an existing skiff extension in place and writes edits to the file that defines the entry', () => {
    const d = tmp();
    mkdirSync(join(d, 'x'));
    const a = join(d, 'x', 'a');
    const b = join(d, 'x', 'b');
    writeFileSync(a, 'current-context: kind-dev\n');
    writeFileSync(b, KIND_CONFIG.replace('current-context: kind-dev\n', ''));
    const e = editor({ env: { KUBECONFIG: `${a}:${b}` } });
    e.setCluster('skiff', { grpcServer: '127.0.0.1:1111' });
    e.setContext('new', { cluster: 'skiff' });
    e.useContext('new');
    e.save();
    const fa = parse(readFileSync(a, 'utf8'));
    const fb = parse(readFileSync(b, 'utf8'));
    expect(fa['current-context']).toBe('new');
    expect(fa.contexts).toEqual([{ name: 'new', context: { cluster: 'skiff' } }]);
    expect(fb.clusters[1].cluster.extensions).toEqual([{ name: 'skiff', extension: { grpcServer: '127.0.0.1:1111' } }]);
    expect(fb.clusters[0].cluster['certificate-authority-data']).toBe('Q0EK');
  });
});
