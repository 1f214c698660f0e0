/**
 * Kubeconfig: the one configuration file skiffctl, the components and kubectl share. Loading
 * follows kubectl's rules: `--kubeconfig` names one file; else `$KUBECONFIG` is a list of files
 * (":"-separated) merged so the first file to set a value wins; else `~/.kube/config`. A cluster's
 * `server` is the REST URL kubectl uses; the gRPC address rides in the cluster's `extensions`, an
 * entry named `skiff` holding `{grpcServer: "HOST:PORT"}`.
 *
 * Edits (`KubeconfigEditor`) change only what they name, in the file that holds it, and keep the
 * rest of that file (other entries, unknown fields, comments) as it was.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';

/** The name of the cluster extension that carries the gRPC address. */
export const SKIFF_EXTENSION = 'skiff';
/** Where skiffctl looks when there is no kubeconfig at all. */
export const DEFAULT_GRPC_SERVER = '127.0.0.1:6443';

/** A kubeconfig cluster entry's body. */
export interface KubeconfigCluster {
  server?: string;
  extensions?: { name: string; extension?: { grpcServer?: string } & Record<string, unknown> }[];
  [field: string]: unknown;
}

/** A kubeconfig context entry's body. */
export interface KubeconfigContext {
  cluster?: string;
  user?: string;
  namespace?: string;
  [field: string]: unknown;
}

/** A kubeconfig file's content (the fields Skiff reads; others are kept). */
export interface Kubeconfig {
  apiVersion?: string;
  kind?: string;
  'current-context'?: string;
  clusters?: { name: string; cluster?: KubeconfigCluster }[];
  contexts?: { name: string; context?: KubeconfigContext }[];
  users?: { name: string; user?: Record<string, unknown> }[];
  [field: string]: unknown;
}

/** Where to look: the flag, and the environment (injectable for tests). */
export interface KubeconfigSource {
  /** `--kubeconfig`. */
  readonly kubeconfig?: string;
  /** Default: process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Default: os.homedir(). */
  readonly home?: string;
}

interface LoadedFile {
  readonly path: string;
  readonly exists: boolean;
  readonly doc: Document;
  dirty: boolean;
}

/** An expected failure: an unreadable file, a missing context. */
export interface KubeconfigError {
  readonly ok: false;
  readonly message: string;
}

/** The files a load considered, in precedence order (existing or not). */
export function kubeconfigPaths(source: KubeconfigSource = {}): string[] {
  if (source.kubeconfig) return [source.kubeconfig];
  const env = source.env ?? process.env;
  const list = (env['KUBECONFIG'] ?? '').split(delimiter).filter((p) => p !== '');
  if (list.length > 0) return [...new Set(list)];
  return [join(source.home ?? homedir(), '.kube', 'config')];
}

function toJS(doc: Document): Kubeconfig {
  const js: unknown = doc.toJS();
  return js && typeof js === 'object' && !Array.isArray(js) ? (js as Kubeconfig) : {};
}

/** Merges configs kubectl's way: the first to define a named entry or a scalar wins. */
export function mergeKubeconfigs(configs: readonly Kubeconfig[]): Kubeconfig {
  const out: Kubeconfig = { apiVersion: 'v1', kind: 'Config', clusters: [], contexts: [], users: [] };
  for (const c of configs) {
    for (const list of ['clusters', 'contexts', 'users'] as const) {
      const target = out[list] as { name: string }[];
      for (const entry of (c[list] as { name: string }[] | undefined) ?? []) if (!target.some((e) => e.name === entry.name)) target.push(entry);
    }
    if (!out['current-context'] && c['current-context']) out['current-context'] = c['current-context'];
    for (const [k, v] of Object.entries(c)) if (!(k in out)) out[k] = v;
  }
  return out;
}

/** The loaded kubeconfig files: the merged view, and edits written back to the right file. */
export class KubeconfigEditor {
  private constructor(private readonly files: LoadedFile[]) {}

  /** Loads the files of `source`; a missing `--kubeconfig` file or unparsable YAML is an error value. */
  static load(source: KubeconfigSource = {}): KubeconfigEditor | KubeconfigError {
    const files: LoadedFile[] = [];
    for (const path of kubeconfigPaths(source)) {
      const exists = existsSync(path);
      if (!exists && source.kubeconfig) return { ok: false, message: `stat ${path}: no such file or directory` };
      const doc = parseDocument(exists ? readFileSync(path, 'utf8') : '');
      if (doc.errors.length > 0) return { ok: false, message: `error loading config file "${path}": ${doc.errors[0]!.message}` };
      files.push({ path, exists, doc, dirty: false });
    }
    return new KubeconfigEditor(files);
  }

  /** Whether any of the files exists. */
  get exists(): boolean {
    return this.files.some((f) => f.exists);
  }

  /** The merged configuration. */
  get config(): Kubeconfig {
    return mergeKubeconfigs(this.files.filter((f) => f.exists || f.dirty).map((f) => toJS(f.doc)));
  }

  /** Sets (or creates) a context; only the given fields change. */
  setContext(name: string, fields: KubeconfigContext): void {
    this.setEntry('contexts', 'context', name, fields);
  }

  /** Sets (or creates) a cluster: its REST `server` and the skiff extension's gRPC address. */
  setCluster(name: string, fields: { server?: string; grpcServer?: string }): void {
    if (fields.server !== undefined) this.setEntry('clusters', 'cluster', name, { server: fields.server });
    if (fields.grpcServer === undefined) return;
    this.setEntry('clusters', 'cluster', name, {});
    const file = this.fileFor('clusters', name);
    const i = indexOf(file.doc, 'clusters', name);
    const extensions = (toJS(file.doc).clusters?.[i]?.cluster?.extensions ?? []) as { name: string }[];
    const j = extensions.findIndex((e) => e.name === SKIFF_EXTENSION);
    if (!isSeq(file.doc.getIn(['clusters', i, 'cluster', 'extensions']))) file.doc.setIn(['clusters', i, 'cluster', 'extensions'], file.doc.createNode([]));
    if (j < 0) file.doc.addIn(['clusters', i, 'cluster', 'extensions'], file.doc.createNode({ name: SKIFF_EXTENSION, extension: { grpcServer: fields.grpcServer } }));
    else file.doc.setIn(['clusters', i, 'cluster', 'extensions', j, 'extension', 'grpcServer'], fields.grpcServer);
    file.dirty = true;
  }

  /** Sets (or creates) a user entry; only the given fields change. */
  setUser(name: string, fields: Record<string, unknown>): void {
    this.setEntry('users', 'user', name, fields);
  }

  /** Makes `name` the current context; an unknown context is an error value. */
  useContext(name: string): KubeconfigError | undefined {
    if (!this.config.contexts?.some((c) => c.name === name)) return { ok: false, message: `no context exists with the name: "${name}"` };
    const file = this.files.find((f) => toJS(f.doc)['current-context']) ?? this.firstFile();
    file.doc.set('current-context', name);
    file.dirty = true;
    return undefined;
  }

  /** Sets the namespace of the current context (`set-context --current --namespace`). */
  setCurrentNamespace(namespace: string): KubeconfigError | undefined {
    const current = this.config['current-context'];
    if (!current) return { ok: false, message: 'current-context is not set' };
    this.setContext(current, { namespace });
    return undefined;
  }

  /** Adds a cluster (REST `server` when given, gRPC address), user and context for a running apiserver, and (by default) makes it current. */
  addApiServer(options: { name: string; grpcServer: string; server?: string; namespace?: string; use?: boolean }): void {
    this.setCluster(options.name, { server: options.server, grpcServer: options.grpcServer });
    this.setUser(options.name, {});
    this.setContext(options.name, { cluster: options.name, user: options.name, ...(options.namespace ? { namespace: options.namespace } : {}) });
    if (options.use ?? true) this.useContext(options.name);
  }

  /** Writes every changed file (mode 0600, creating its directory). */
  save(): void {
    for (const f of this.files) {
      if (!f.dirty) continue;
      if (!f.doc.has('apiVersion')) f.doc.set('apiVersion', 'v1');
      if (!f.doc.has('kind')) f.doc.set('kind', 'Config');
      mkdirSync(dirname(f.path), { recursive: true });
      writeFileSync(f.path, f.doc.toString(), { mode: 0o600 });
      f.dirty = false;
    }
  }

  private firstFile(): LoadedFile {
    return this.files.find((f) => f.exists) ?? this.files[0]!;
  }

  /** The file that defines entry `name` of `list`, else the first file (where new entries go). */
  private fileFor(list: 'clusters' | 'contexts' | 'users', name: string): LoadedFile {
    return this.files.find((f) => indexOf(f.doc, list, name) >= 0) ?? this.firstFile();
  }

  private setEntry(list: 'clusters' | 'contexts' | 'users', body: string, name: string, fields: Record<string, unknown>): void {
    const file = this.fileFor(list, name);
    const doc = file.doc;
    if (doc.contents === null || !isMap(doc.contents)) doc.contents = doc.createNode({}) as typeof doc.contents;
    if (!isSeq(doc.get(list))) doc.set(list, doc.createNode([]));
    let i = indexOf(doc, list, name);
    if (i < 0) {
      doc.addIn([list], doc.createNode({ name, [body]: {} }));
      i = indexOf(doc, list, name);
    }
    if (!isMap(doc.getIn([list, i, body]))) doc.setIn([list, i, body], doc.createNode({}));
    for (const [k, v] of Object.entries(fields)) {
      if (v === undefined) continue;
      doc.setIn([list, i, body, k], typeof v === 'object' && v !== null ? doc.createNode(v) : v);
    }
    file.dirty = true;
  }
}

function indexOf(doc: Document, list: string, name: string): number {
  const entries = toJS(doc)[list];
  return Array.isArray(entries) ? entries.findIndex((e: { name?: string } | null) => e?.name === name) : -1;
}

/** How a command reaches the API server. */
export interface ServerResolution {
  readonly ok: true;
  /** The gRPC address to dial. */
  readonly address: string;
  /** True when nothing configured an address and the default 127.0.0.1:6443 is used. */
  readonly fallback: boolean;
  /** Where the address came from. */
  readonly source: 'flag' | 'kubeconfig' | 'default';
  /** The context's namespace, else `default`. */
  readonly namespace: string;
  /** The context used, when a kubeconfig was read. */
  readonly context?: string;
  /** The cluster's REST `server` URL, when known. */
  readonly restServer?: string;
}

/** Resolves the gRPC address: `--server` wins; else the current (or `--context`) context's cluster's skiff extension; with no kubeconfig at all, 127.0.0.1:6443. */
export function resolveServer(options: KubeconfigSource & { server?: string; context?: string }): ServerResolution | KubeconfigError {
  const loaded = KubeconfigEditor.load(options);
  if (!(loaded instanceof KubeconfigEditor)) return loaded;
  const config = loaded.config;
  const contextName = options.context || config['current-context'] || '';
  const context = config.contexts?.find((c) => c.name === contextName)?.context;
  if (options.context && !context) return { ok: false, message: `context "${options.context}" does not exist` };
  const namespace = context?.namespace || 'default';
  if (options.server) return { ok: true, address: options.server, fallback: false, source: 'flag', namespace, context: contextName || undefined };
  if (!loaded.exists || !context) {
    return { ok: true, address: DEFAULT_GRPC_SERVER, fallback: true, source: 'default', namespace, context: contextName || undefined };
  }
  const cluster = config.clusters?.find((c) => c.name === context.cluster)?.cluster;
  if (!cluster) return { ok: false, message: `context "${contextName}" names cluster "${context.cluster ?? ''}", which does not exist` };
  const grpc = cluster.extensions?.find((e) => e.name === SKIFF_EXTENSION)?.extension?.grpcServer;
  if (!grpc) {
    return { ok: false, message: `cluster "${context.cluster}" has no "${SKIFF_EXTENSION}" extension with a grpcServer; use --server HOST:PORT` };
  }
  return { ok: true, address: grpc, fallback: false, source: 'kubeconfig', namespace, context: contextName, restServer: cluster.server };
}
