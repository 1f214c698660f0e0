/**
 * FakeListerWatcher: a scripted list+watch source for informer tests. The test sets what `list`
 * returns, then pushes events into, ends or breaks the watch stream that the reflector holds.
 */
import { StatusError, type KubeObject, type Status } from '../../api/index.js';
import type { ClientListOptions, ClientWatchEvent, ClientWatchOptions, ListResult, WatchStream } from '../api-client.js';
import type { ListerWatcher } from '../reflector.js';

/** A watch stream driven by the test. */
export class FakeWatch<T = KubeObject> implements WatchStream<T> {
  private readonly events: ClientWatchEvent<T>[] = [];
  private failure: Error | undefined;
  private ended = false;
  private wake: (() => void) | undefined;
  closed = false;

  constructor(readonly options: ClientWatchOptions) {}

  /** Delivers an event. */
  push(type: ClientWatchEvent['type'], object: T): void {
    this.events.push({ type, object });
    this.notify();
  }

  /** Ends the stream cleanly. */
  end(): void {
    this.ended = true;
    this.notify();
  }

  /** Breaks the stream with an error. */
  fail(err: Error): void {
    this.failure = err;
    this.notify();
  }

  close(): void {
    this.closed = true;
    this.ended = true;
    this.notify();
  }

  private notify(): void {
    const w = this.wake;
    this.wake = undefined;
    w?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<ClientWatchEvent<T>> {
    for (;;) {
      const ev = this.events.shift();
      if (ev) {
        yield ev;
        continue;
      }
      if (this.failure) throw this.failure;
      if (this.ended) return;
      await new Promise<void>((r) => (this.wake = r));
    }
  }
}

/** A ListerWatcher whose list answer and watch streams the test controls. */
export class FakeListerWatcher<T extends KubeObject = KubeObject> implements ListerWatcher<T> {
  items: T[] = [];
  resourceVersion = '1';
  /** When set, the next list throws it (once). */
  listError: Error | undefined;
  readonly lists: ClientListOptions[] = [];
  readonly watches: FakeWatch<T>[] = [];
  private waiters: (() => void)[] = [];

  list(options: ClientListOptions): Promise<ListResult<T>> {
    this.lists.push(options);
    if (this.listError) {
      const err = this.listError;
      this.listError = undefined;
      return Promise.reject(err);
    }
    return Promise.resolve({ items: [...this.items], resourceVersion: this.resourceVersion });
  }

  watch(options: ClientWatchOptions): WatchStream<T> {
    const w = new FakeWatch<T>(options);
    this.watches.push(w);
    for (const wake of this.waiters.splice(0)) wake();
    return w;
  }

  /** The newest watch. */
  get current(): FakeWatch<T> {
    return this.watches[this.watches.length - 1]!;
  }

  /** Resolves once `n` watches have been opened. */
  async waitForWatches(n: number): Promise<FakeWatch<T>> {
    while (this.watches.length < n) await new Promise<void>((r) => this.waiters.push(r));
    return this.current;
  }
}

/** The ERROR event object of a 410. */
export function expiredStatus(message = 'too old resource version: 1 (5)'): Status {
  return new StatusError({ code: 410, reason: 'Expired', message }).status;
}
