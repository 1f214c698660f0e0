/**
 * Admission: a chain of named plugins every write passes through, as in Kubernetes. Mutating
 * plugins (`admit`) run first, in order, and may change the object; validating plugins (`validate`)
 * run after the kind's own validation and may only refuse. A plugin refuses by throwing a
 * StatusError (Forbidden, Invalid, NotFound, ...).
 */
import type { KindInfo, KubeObject } from '../../api/index.js';

/** The operation being admitted. */
export type AdmissionOperation = 'CREATE' | 'UPDATE' | 'DELETE' | 'CONNECT';

/** What a plugin sees of a request. */
export interface AdmissionAttributes {
  readonly operation: AdmissionOperation;
  readonly kind: KindInfo;
  readonly namespace: string;
  readonly name: string;
  /** "" for the main resource, else `status`, `binding`, `eviction`, ... */
  readonly subresource: string;
  /** The object being written (mutable for `admit`), absent for DELETE. */
  readonly object?: KubeObject;
  /** The object as stored, for UPDATE and DELETE. */
  readonly oldObject?: KubeObject;
  readonly dryRun: boolean;
}

/** What plugins may read of the cluster: the watch caches, through a narrow interface. */
export interface ObjectReader {
  /** The current object, or undefined. */
  get(resource: string, namespace: string, name: string): KubeObject | undefined;
  /** Every current object of a resource (cluster-wide). */
  list(resource: string): readonly KubeObject[];
}

/** One admission plugin. */
export interface AdmissionPlugin {
  readonly name: string;
  /** Mutates the request's object; throws a StatusError to refuse. */
  admit?(attrs: AdmissionAttributes): void | Promise<void>;
  /** Checks the (final) request; throws a StatusError to refuse. */
  validate?(attrs: AdmissionAttributes): void | Promise<void>;
}

/** A factory of a plugin, given what plugins may read. */
export type AdmissionPluginFactory = (reader: ObjectReader) => AdmissionPlugin;

/** The ordered chain of plugins. */
export class AdmissionChain {
  constructor(readonly plugins: readonly AdmissionPlugin[]) {}

  // Synchronous plugins (most are) run without a promise or an await: every await costs a trip
  // through the microtask queue on each write. The first asynchronous plugin makes the rest
  // asynchronous, still in order.

  /** Runs every mutating plugin in order; returns a promise only if a plugin is asynchronous. Throws (or rejects) on a refusal. */
  admit(attrs: AdmissionAttributes): void | Promise<void> {
    return runInOrder(this.plugins, 0, (p) => p.admit?.(attrs));
  }

  /** Runs every validating plugin in order; returns a promise only if a plugin is asynchronous. Throws (or rejects) on a refusal. */
  validate(attrs: AdmissionAttributes): void | Promise<void> {
    return runInOrder(this.plugins, 0, (p) => p.validate?.(attrs));
  }
}

/** Runs `run` on plugins[from..] in order, synchronously until one returns a promise. */
function runInOrder(plugins: readonly AdmissionPlugin[], from: number, run: (p: AdmissionPlugin) => void | Promise<void>): void | Promise<void> {
  for (let i = from; i < plugins.length; i++) {
    const pending = run(plugins[i]!);
    // Whatever else a plugin returns (a promise, or a value from untyped code) is awaited, as `await` would.
    if (pending !== undefined) return Promise.resolve(pending).then(() => runInOrder(plugins, i + 1, run));
  }
  return undefined;
}
