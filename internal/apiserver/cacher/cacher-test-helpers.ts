/**
 * Helpers for the watch-cache specifications: a CacherHub over an in-memory storage with a fake
 * clock, caches for configmaps and pods holding JSON-encoded objects, writers that go straight to
 * the storage, and filters for the watches. Writes to MemoryStorage reach the caches inside the
 * write call, so a test reads a watcher's queue right after writing, without waiting.
 */
import { afterEach, expect } from 'vitest';
import { deepFreeze, StatusError, type KubeObject } from '../../api/index.js';
import { FakeClock } from '../../clock/index.js';
import { MemoryStorage } from '../../storage/index.js';
import { Cacher, type CacherOptions } from './cacher.js';
import { CacherHub } from './cacher-hub.js';
import type { CacheWatcher, WatchFilter } from './cache-watcher.js';
import type { EventRingOptions } from './event-ring.js';
import type { WatchEvent } from './watch-event.js';

/** A ConfigMap as the tests write it. */
export interface ConfigMap extends KubeObject {
  data?: Record<string, string>;
}

/** A Pod as the tests write it: only the field the watchers are indexed by. */
export interface Pod extends KubeObject {
  spec?: { nodeName?: string };
}

/** Tuning of the caches under test; defaults are Kubernetes-like but small. */
export interface CacheFixtureOptions {
  readonly ring?: EventRingOptions;
  readonly bookmarkIntervalMs?: number;
  readonly maxWatcherQueue?: number;
  readonly freshnessTimeoutMs?: number;
}

/** A started hub with its storage, clock and the two caches. */
export interface CacheFixture {
  readonly storage: MemoryStorage;
  readonly clock: FakeClock;
  readonly hub: CacherHub;
  readonly configmaps: Cacher;
  readonly pods: Cacher;
  /** Errors the hub reported as fatal. */
  readonly fatal: Error[];
  /** Creates or replaces a ConfigMap in `default`; returns the write's revision. */
  putConfigMap(name: string, data?: Record<string, string>, labels?: Record<string, string>): Promise<number>;
  /** Creates or replaces a Pod in `default`, bound to `nodeName` if given; returns the revision. */
  putPod(name: string, nodeName?: string): Promise<number>;
  /** Deletes a ConfigMap or Pod from `default`; returns the revision. */
  remove(resource: 'configmaps' | 'pods', name: string): Promise<number>;
  /** Stops the hub and closes the storage. */
  dispose(): Promise<void>;
}

const BOOKMARK_INTERVAL_MS = 60_000;

function encode(obj: KubeObject): Buffer {
  return Buffer.from(JSON.stringify({ ...obj, metadata: { ...obj.metadata, resourceVersion: undefined } }));
}

function decode(value: Buffer, revision: number): KubeObject {
  const obj = JSON.parse(value.toString('utf8')) as KubeObject;
  (obj.metadata ??= {}).resourceVersion = String(revision);
  return deepFreeze(obj);
}

function adopt(obj: KubeObject, _stored: Buffer, revision: number): KubeObject {
  (obj.metadata ??= {}).resourceVersion = String(revision);
  return deepFreeze(obj);
}

function withRevision(obj: KubeObject, revision: number): KubeObject {
  return Object.freeze({ ...obj, metadata: Object.freeze({ ...obj.metadata, resourceVersion: String(revision) }) });
}

/** The key of an object of `resource` in `default`. */
export function keyOf(resource: 'configmaps' | 'pods', name: string): string {
  return `/registry/${resource}/default/${name}`;
}

/** Starts a hub over a fresh storage; `seed` writes to the storage before the caches start. */
export async function startCaches(options: CacheFixtureOptions = {}, seed?: (storage: MemoryStorage) => Promise<void>): Promise<CacheFixture> {
  const storage = new MemoryStorage();
  await storage.open();
  await seed?.(storage);
  const clock = new FakeClock();
  const fatal: Error[] = [];
  const hub = new CacherHub(storage, (err) => fatal.push(err));
  const common = {
    storage,
    decode,
    adopt,
    withRevision,
    clock,
    ring: options.ring ?? { initialCapacity: 100, maxCapacity: 1_000, windowMs: 75_000 },
    bookmarkIntervalMs: options.bookmarkIntervalMs ?? BOOKMARK_INTERVAL_MS,
    maxWatcherQueue: options.maxWatcherQueue ?? 1_000,
    freshnessTimeoutMs: options.freshnessTimeoutMs ?? 3_000,
  } satisfies Partial<CacherOptions>;
  const configmaps = new Cacher({
    ...common,
    resource: { group: '', resource: 'configmaps' },
    apiVersion: 'v1',
    kind: 'ConfigMap',
    prefix: '/registry/configmaps/',
  });
  const pods = new Cacher({
    ...common,
    resource: { group: '', resource: 'pods' },
    apiVersion: 'v1',
    kind: 'Pod',
    prefix: '/registry/pods/',
    indexField: { name: 'spec.nodeName', get: (obj) => (obj as Pod).spec?.nodeName },
  });
  hub.add(configmaps);
  hub.add(pods);
  await hub.start();

  const put = async (key: string, obj: KubeObject): Promise<number> => {
    const existing = await storage.get(key);
    const result = existing ? await storage.update(key, encode(obj)) : await storage.create(key, encode(obj));
    return result.revision;
  };
  return {
    storage,
    clock,
    hub,
    configmaps,
    pods,
    fatal,
    putConfigMap: (name, data = {}, labels) =>
      put(keyOf('configmaps', name), {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name, namespace: 'default', ...(labels && { labels }) },
        data,
      } as ConfigMap),
    putPod: (name, nodeName) =>
      put(keyOf('pods', name), {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name, namespace: 'default' },
        spec: nodeName === undefined ? {} : { nodeName },
      } as Pod),
    remove: async (resource, name) => (await storage.delete(keyOf(resource, name))).revision,
    dispose: async () => {
      hub.stop();
      await storage.close();
    },
  };
}

/**
 * For a test file whose tests each start caches: returns `start` (startCaches' arguments); what it
 * started is disposed of after each test.
 */
export function useCaches(): (options?: CacheFixtureOptions, seed?: (storage: MemoryStorage) => Promise<void>) => Promise<CacheFixture> {
  let fixture: CacheFixture | undefined;
  afterEach(async () => {
    await fixture?.dispose();
    fixture = undefined;
  });
  return async (options, seed) => (fixture = await startCaches(options, seed));
}

/** The StatusError `promise` fails with (the test fails if it does not). */
export async function expectStatusError(promise: Promise<unknown>): Promise<StatusError> {
  const err: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(StatusError);
  return err as StatusError;
}

/** Every object. */
export const EVERYTHING: WatchFilter = { matches: () => true };

/** Objects whose label `key` is `value`. */
export function labelIs(key: string, value: string): WatchFilter {
  return { matches: (obj) => obj.metadata?.labels?.[key] === value };
}

/** Pods bound to `node` ("": pods not bound yet), as the field selector `spec.nodeName=<node>` selects. */
export function onNode(node: string): WatchFilter {
  return { matches: (obj) => ((obj as Pod).spec?.nodeName ?? '') === node };
}

/** What a test compares of an event: its type, revision and the object's name and resourceVersion. */
export interface EventSummary {
  readonly type: string;
  readonly revision: number;
  readonly name: string | undefined;
  readonly resourceVersion: string | undefined;
}

/** Summarises events for comparison. */
export function summarize(events: readonly WatchEvent[]): EventSummary[] {
  return events.map((e) => {
    const meta = (e.object as KubeObject).metadata;
    return { type: e.type, revision: e.revision, name: meta?.name, resourceVersion: meta?.resourceVersion };
  });
}

/** `type name@revision` of each event, the shortest readable form of a stream. */
export function brief(events: readonly WatchEvent[]): string[] {
  return events.map((e) => `${e.type} ${(e.object as KubeObject).metadata?.name ?? ''}@${e.revision}`);
}

/** Takes what a watcher has queued. */
export function take(w: CacheWatcher): WatchEvent[] {
  return w.drain();
}
