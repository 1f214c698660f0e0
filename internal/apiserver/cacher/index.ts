/**
 * cacher: the API server's watch cache. One Cacher per resource holds every object (frozen,
 * shared) and a window of events; the CacherHub feeds them all from one storage watch. Watches are
 * ordered, never miss or repeat an event, resume from the storage's event log when older than the
 * window (410 Expired once compacted), and a slow watcher is cut off without blocking anyone.
 */
export { Cacher, INITIAL_EVENTS_END_ANNOTATION, type CacherOptions, type CacheWatchRequest } from './cacher.js';
export { CacherHub } from './cacher-hub.js';
export { CacheWatcher, type WatchFilter, type WatchCloseReason } from './cache-watcher.js';
export { EventRing, DEFAULT_EVENT_RING, type EventRingOptions } from './event-ring.js';
export { WatchEvent, type WatchEventType, type CacheEvent } from './watch-event.js';
