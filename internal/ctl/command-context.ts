/**
 * CommandContext: what a command works with besides its options: the IO, the kubeconfig and the
 * connection (made on first use, so `config` and `version --client` never dial), and the namespace
 * a command defaults to (`-n`, else the context's, else `default`).
 */
import { Clientset, KubeconfigEditor, resolveServer, type ServerResolution } from '../client/index.js';
import { CtlError } from './ctl-error.js';
import type { CtlIO } from './ctl-io.js';

/** The global settings a context is made from. */
export interface ConnectionSettings {
  readonly kubeconfig?: string;
  readonly context?: string;
  readonly namespace?: string;
  readonly server?: string;
  readonly requestTimeoutMs?: number;
}

/** The shared state of one command run. */
export class CommandContext {
  private clientset: Clientset | undefined;
  private resolved: ServerResolution | undefined;

  constructor(
    readonly io: CtlIO,
    readonly settings: ConnectionSettings,
    /** The verb as typed, for messages. */
    readonly verb: string,
  ) {}

  /** Where the API server is, from `--server` or the kubeconfig; a bad kubeconfig is a CtlError. */
  resolution(): ServerResolution {
    if (this.resolved) return this.resolved;
    const r = resolveServer({ kubeconfig: this.settings.kubeconfig, env: this.io.env, home: this.io.env['HOME'], server: this.settings.server, context: this.settings.context });
    if (!r.ok) throw new CtlError(r.message);
    this.resolved = r;
    return r;
  }

  /** The gRPC address dialled. */
  get address(): string {
    return this.resolution().address;
  }

  /** The client, connected on first use. */
  client(): Clientset {
    if (!this.clientset) {
      const r = this.resolution();
      this.clientset = Clientset.connect({ address: r.address, timeoutMs: this.settings.requestTimeoutMs, retries: 1, retryBaseMs: 100 });
    }
    return this.clientset;
  }

  /** The namespace of this command: `-n`, else the context's, else `default`. */
  get namespace(): string {
    if (this.settings.namespace) return this.settings.namespace;
    try {
      return this.resolution().namespace;
    } catch {
      return 'default';
    }
  }

  /** Whether `-n` was given (a file's namespace must then agree with it). */
  get explicitNamespace(): boolean {
    return !!this.settings.namespace;
  }

  /** The loaded kubeconfig files, for `config`. */
  kubeconfig(): KubeconfigEditor {
    const loaded = KubeconfigEditor.load({ kubeconfig: this.settings.kubeconfig, env: this.io.env, home: this.io.env['HOME'] });
    if (!(loaded instanceof KubeconfigEditor)) throw new CtlError(loaded.message);
    return loaded;
  }

  /** Writes to stdout. */
  out(text: string): void {
    this.io.stdout.write(text);
  }

  /** Writes to stderr. */
  err(text: string): void {
    this.io.stderr.write(text);
  }

  /** Prints the server's warnings from the last call, as kubectl does (`Warning: ...`). */
  flushWarnings(): void {
    const api = this.clientset?.api;
    if (!api) return;
    for (const w of api.lastWarnings) this.err(`Warning: ${w}\n`);
    api.lastWarnings = [];
  }

  /** Closes the connection. */
  close(): void {
    this.clientset?.close();
    this.clientset = undefined;
  }
}
