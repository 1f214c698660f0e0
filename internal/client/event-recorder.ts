/**
 * EventRecorder: writes core/v1 Events about objects for a component (client-go's
 * `record.EventRecorder` with its broadcaster and sink). Writes are asynchronous and serial; the
 * correlator turns repeats into patches of one Event (count, lastTimestamp) and many similar
 * events into one combined Event. A failed write is retried a few times and logged; it never
 * reaches the caller, because an event is never worth failing the work it describes.
 */
import { isAlreadyExists, isInvalid, isNotFound, type KubeObject } from '../api/index.js';
import { realClock, type Clock } from '../clock/index.js';
import { Logger } from '../cli/index.js';
import type { ObjectReference__Output } from '../api/generated/skiff/core/v1/ObjectReference.js';
import type { Clientset } from './clientset.js';
import { EventCorrelator, formatTime, type CorrelationResult, type EventCorrelatorOptions } from './event-correlator.js';
import type { Event } from './resource-types.js';

/** Event types. */
export type EventType = 'Normal' | 'Warning';

/** Where events are written: create, and merge-patch an existing one. */
export interface EventSink {
  create(event: Event): Promise<Event>;
  patch(namespace: string, name: string, patch: Record<string, unknown>): Promise<Event>;
}

/** The sink that writes through a clientset. */
export function eventSinkFor(clientset: Clientset): EventSink {
  return {
    create: (event) => clientset.events(event.metadata?.namespace ?? 'default').create(event),
    patch: (namespace, name, patch) => clientset.events(namespace).patch(name, 'merge', patch),
  };
}

/** Options of a recorder. */
export interface EventRecorderOptions {
  readonly sink: EventSink;
  /** The reporting component (`default-scheduler`, `kubelet`). */
  readonly component: string;
  /** The host the component runs on (source.host, reportingInstance). */
  readonly host?: string;
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** Tries per event write (default 12, as client-go). */
  readonly maxTries?: number;
  /** Wait between tries in ms (default 10 s). */
  readonly retryIntervalMs?: number;
  readonly correlator?: Omit<EventCorrelatorOptions, 'clock'>;
}

/** An object, or a reference to one, that an event is about. */
export type Involved = KubeObject | ObjectReference__Output;

/** The ObjectReference of an object (or the reference itself). */
export function objectReference(obj: Involved): ObjectReference__Output {
  if (!('metadata' in obj) || obj.metadata === undefined) return obj as ObjectReference__Output;
  const o = obj as KubeObject;
  return {
    kind: o.kind,
    apiVersion: o.apiVersion,
    namespace: o.metadata?.namespace || undefined,
    name: o.metadata?.name,
    uid: o.metadata?.uid,
    resourceVersion: o.metadata?.resourceVersion,
  };
}

/** Records events for one component. */
export class EventRecorder {
  private readonly clock: Clock;
  private readonly logger: Logger;
  private readonly correlator: EventCorrelator;
  private readonly maxTries: number;
  private readonly retryIntervalMs: number;
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly options: EventRecorderOptions) {
    this.clock = options.clock ?? realClock;
    this.logger = (options.logger ?? Logger.discard()).with({ component: options.component });
    this.correlator = new EventCorrelator({ ...options.correlator, clock: this.clock });
    this.maxTries = options.maxTries ?? 12;
    this.retryIntervalMs = options.retryIntervalMs ?? 10_000;
  }

  /** Records an event about `obj`; returns at once, the write happens in the background. */
  event(obj: Involved, type: EventType, reason: string, message: string): void {
    const ref = objectReference(obj);
    const now = this.clock.now();
    const stamp = formatTime(now);
    const event: Event = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: this.correlator.uniqueName(ref.name ?? ''), namespace: ref.namespace || 'default' },
      involvedObject: ref,
      reason,
      message,
      type,
      source: { component: this.options.component, host: this.options.host },
      reportingComponent: this.options.component,
      reportingInstance: this.options.host ?? '',
      firstTimestamp: stamp,
      lastTimestamp: stamp,
      count: 1,
    };
    // Correlated now, at the event's own time; only the write waits its turn.
    const result = this.correlator.correlate(event);
    if (result.skip) {
      this.logger.v(2).info('event dropped by the spam filter', { reason, object: ref.name });
      return;
    }
    this.chain = this.chain.then(() => this.write(result));
  }

  /** Resolves once every event recorded so far has been written or given up on. */
  flush(): Promise<void> {
    return this.chain;
  }

  private async write(result: CorrelationResult): Promise<void> {
    const { sink } = this.options;
    const e = result.event;
    const ns = e.metadata?.namespace ?? 'default';
    for (let attempt = 1; ; attempt++) {
      try {
        let written: Event | undefined;
        if (result.patch) {
          try {
            written = await sink.patch(ns, e.metadata?.name ?? '', result.patch);
          } catch (err) {
            if (!isNotFound(err)) throw err;
          }
        }
        written ??= await sink.create({ ...e, metadata: { name: e.metadata?.name, namespace: ns } });
        this.correlator.updateState(written, result.key);
        return;
      } catch (err) {
        if (isAlreadyExists(err) || isInvalid(err)) {
          this.logger.error('event rejected; not retrying', { reason: e.reason, err });
          return;
        }
        if (attempt >= this.maxTries) {
          this.logger.error('cannot write event; giving up', { reason: e.reason, tries: attempt, err });
          return;
        }
        this.logger.warn('cannot write event; retrying', { reason: e.reason, err });
        await this.clock.sleep(this.retryIntervalMs);
      }
    }
  }
}
