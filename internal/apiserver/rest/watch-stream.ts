/**
 * A watch as Kubernetes streams it over HTTP/1.1: a chunked `200` whose body is one JSON event per
 * line (`{"type":"ADDED","object":{...}}`), objects as JSON or as one-row Tables. Each event's
 * bytes are built once per encoding (the WatchEvent memoizes them) and shared by every watcher;
 * everything waiting is written in one chunk, and a full socket (`write` returning false) pauses
 * the watcher until 'drain'. A too-old resourceVersion is an ERROR event carrying the 410 Expired
 * Status on an accepted watch, as Kubernetes sends it. The stream ends on `timeoutSeconds`, when the
 * client leaves, when the server stops, or when the watcher could not keep up (the client resumes
 * from the last resourceVersion it saw).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { StatusError, type KubeObject, type Status } from '../../api/index.js';
import type { CacheWatcher, WatchEvent } from '../cacher/index.js';
import type { ResourceStore } from '../registry/resource-store.js';
import type { WatchOptions } from '../registry/request-options.js';
import { objectJSON } from './object-json.js';
import { tableJSON, type IncludeObject } from './table-response.js';

/** How events are rendered. */
export type WatchRender = { readonly table: false } | { readonly table: true; readonly includeObject: IncludeObject };

/** Options of one REST watch. */
export interface WatchStreamOptions extends WatchOptions {
  readonly timeoutSeconds?: number;
  readonly render: WatchRender;
  /** The clock for Table ages. */
  readonly now: () => number;
  /** Told of the watcher while it runs, so the server can end it on stop. */
  readonly track: (w: CacheWatcher) => () => void;
}

function eventLine(type: string, objectText: string): Buffer {
  return Buffer.from(`{"type":"${type}","object":${objectText}}\n`);
}

function encoderFor(store: ResourceStore, opts: WatchStreamOptions): { key: string; encode: (e: WatchEvent) => Buffer } {
  const render = opts.render;
  if (!render.table) {
    return {
      key: 'json',
      encode: (e) => eventLine(e.type, e.type === 'ERROR' ? JSON.stringify(e.object) : objectJSON(e.object as KubeObject)),
    };
  }
  return {
    key: `table:${render.includeObject}`,
    encode: (e) => {
      if (e.type === 'ERROR') return eventLine(e.type, JSON.stringify(e.object));
      const obj = e.object as KubeObject;
      // A bookmark carries only a resourceVersion: as a Table, it is one with no rows.
      if (e.type === 'BOOKMARK') return eventLine(e.type, tableJSON(store.info.kind, { resourceVersion: obj.metadata?.resourceVersion }, [], render.includeObject, opts.now()));
      return eventLine(e.type, tableJSON(store.info.kind, {}, [obj], render.includeObject, opts.now()));
    },
  };
}

function startStream(res: ServerResponse): void {
  res.writeHead(200, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked', 'Cache-Control': 'no-cache, private' });
  res.flushHeaders();
}

/** Serves a watch on `store` in `namespace` until it ends. Errors before the stream starts are thrown. */
export async function serveWatch(req: IncomingMessage, res: ServerResponse, store: ResourceStore, namespace: string, opts: WatchStreamOptions): Promise<void> {
  let watcher: CacheWatcher;
  try {
    watcher = await store.watch(namespace, opts);
  } catch (err) {
    if (err instanceof StatusError && (err.reason === 'Expired' || err.reason === 'Gone')) {
      startStream(res);
      res.end(eventLine('ERROR', JSON.stringify(err.status as Status)));
      return;
    }
    throw err;
  }
  const w = watcher;
  const untrack = opts.track(w);
  const { key, encode } = encoderFor(store, opts);
  let gone = false;
  const onGone = (): void => {
    gone = true;
    w.close('Stopped');
  };
  res.on('close', onGone);
  req.on('aborted', onGone);
  const timeout = opts.timeoutSeconds && opts.timeoutSeconds > 0 ? setTimeout(() => w.close('Stopped'), opts.timeoutSeconds * 1000) : undefined;
  startStream(res);
  try {
    for (;;) {
      await w.wait();
      const events = w.drain();
      if (events.length === 0 || gone) break;
      const chunk = events.length === 1 ? events[0]!.encoded(key, encode) : Buffer.concat(events.map((e) => e.encoded(key, encode)));
      if (!res.write(chunk)) {
        await new Promise<void>((resolve) => {
          const done = (): void => {
            res.off('drain', done);
            res.off('close', done);
            resolve();
          };
          res.on('drain', done);
          res.on('close', done);
        });
      }
    }
  } finally {
    if (timeout) clearTimeout(timeout);
    res.off('close', onGone);
    w.close('Stopped');
    untrack();
    if (!gone && !res.writableEnded) res.end();
  }
}
