/**
 * Helpers for the registry specifications: a started Registry over an in-memory storage with a
 * fake clock, object builders, and a way to catch the StatusError a call rejects with.
 */
import { afterEach, expect } from 'vitest';
import { StatusError, type KubeObject } from '../../api/index.js';
import { FakeClock } from '../../clock/index.js';
import { MemoryStorage } from '../../storage/index.js';
import { Registry, type RegistryOptions } from './registry.js';
import type { ResourceStore } from './resource-store.js';

/** A ConfigMap in the internal form. */
export interface ConfigMap extends KubeObject {
  data?: Record<string, string>;
}

/** A started registry and what it runs on. */
export interface RegistryFixture {
  readonly storage: MemoryStorage;
  readonly clock: FakeClock;
  readonly registry: Registry;
  /** The store of a core-group resource (`configmaps`) or of `group/resource`. */
  store(resource: string): ResourceStore;
  /** Stops the registry and closes the storage. */
  dispose(): Promise<void>;
}

/** Starts a registry over a fresh in-memory storage and a fake clock. */
export async function startRegistry(options: Partial<Omit<RegistryOptions, 'storage' | 'clock'>> = {}): Promise<RegistryFixture> {
  const storage = new MemoryStorage();
  await storage.open();
  const clock = new FakeClock();
  const registry = new Registry({ storage, clock, ...options });
  await registry.start();
  return {
    storage,
    clock,
    registry,
    store: (resource) => {
      const [group, name] = resource.includes('/') ? resource.split('/') : ['', resource];
      return registry.storeFor({ group, resource: name });
    },
    dispose: async () => {
      registry.stop();
      await storage.close();
    },
  };
}

/** A ConfigMap named `name` in `default`. */
export function configMap(name: string, data: Record<string, string> = {}, meta: Partial<NonNullable<KubeObject['metadata']>> = {}): ConfigMap {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'default', ...meta }, data };
}

/** The StatusError `promise` rejects with (the test fails if it resolves or throws anything else). */
export async function statusErrorOf(promise: Promise<unknown>): Promise<StatusError> {
  const err: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err, 'expected the call to fail with a StatusError').toBeInstanceOf(StatusError);
  return err as StatusError;
}

/** A deep, mutable copy of a (frozen) object, for editing and sending back. */
export function edit<T extends KubeObject>(obj: T | KubeObject): T {
  return structuredClone(obj) as T;
}

/**
 * For a test file whose tests each start a registry: returns `start`, which starts one (with the
 * options given) and hands back it and its `configmaps` store; each is disposed after its test.
 */
export function useRegistry(): (options?: Parameters<typeof startRegistry>[0]) => Promise<{ f: RegistryFixture; cms: ResourceStore }> {
  let fixture: RegistryFixture | undefined;
  afterEach(async () => {
    await fixture?.dispose();
    fixture = undefined;
  });
  return async (options = {}) => {
    fixture = await startRegistry(options);
    return { f: fixture, cms: fixture.store('configmaps') };
  };
}

/** Watch events as `TYPE name` lines, for comparing a stream at a glance. */
export function brief(events: readonly { type: string; object: unknown }[]): string[] {
  return events.map((e) => `${e.type} ${(e.object as KubeObject).metadata?.name ?? ''}`);
}
