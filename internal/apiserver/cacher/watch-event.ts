/**
 * Watch events as the cache hands them to transports. One WatchEvent object stands for one event
 * as one class of watchers sees it (the same write can be ADDED for one selector and MODIFIED for
 * another), and memoizes its encodings, so each event is encoded once per encoding and the same
 * bytes are written to every watcher.
 */
import type { KubeObject } from '../../api/index.js';
import type { Status } from '../../api/index.js';

/** The watch event types, as Kubernetes names them. */
export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';

/** An event ready for a transport. Treat it as immutable: it is shared by every watcher it reaches. */
export class WatchEvent {
  private readonly encodings = new Map<string, Buffer>();

  constructor(
    readonly type: WatchEventType,
    /** The object (frozen), or the Status of an ERROR event. */
    readonly object: KubeObject | Status,
    /** The revision this event brings a watcher to. */
    readonly revision: number,
  ) {}

  /** Encodes this event with `encode` once per `encoding` name and returns the same bytes afterwards. */
  encoded(encoding: string, encode: (event: WatchEvent) => Buffer): Buffer {
    let bytes = this.encodings.get(encoding);
    if (!bytes) {
      bytes = encode(this);
      this.encodings.set(encoding, bytes);
    }
    return bytes;
  }
}

/** One change to one object in the watch cache, with the object before and after. */
export interface CacheEvent {
  readonly type: 'ADDED' | 'MODIFIED' | 'DELETED';
  readonly key: string;
  readonly revision: number;
  /** The object after the write; for DELETED, the last state with resourceVersion set to the deletion's revision. */
  readonly object: KubeObject;
  /** The object before the write (absent for ADDED). */
  readonly prevObject?: KubeObject;
  /** When the cache saw it (for the history window). */
  readonly time: number;
  /** Memo of the WatchEvent per type this event was delivered as. */
  views?: Partial<Record<'ADDED' | 'MODIFIED' | 'DELETED', WatchEvent>>;
}

/** The shared WatchEvent for `event` seen as `type` (built once). */
export function viewOf(event: CacheEvent, type: 'ADDED' | 'MODIFIED' | 'DELETED', deletedObject?: () => KubeObject): WatchEvent {
  const views = (event.views ??= {});
  let view = views[type];
  if (!view) {
    const object = type === 'DELETED' && event.type !== 'DELETED' && deletedObject ? deletedObject() : event.object;
    view = new WatchEvent(type, object, event.revision);
    views[type] = view;
  }
  return view;
}
