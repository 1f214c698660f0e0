/**
 * Clock: the only way Skiff's machinery reads time or waits, so tests can drive time by hand
 * (FakeClock) instead of sleeping. Every duration in the machinery is an option; every component
 * takes a Clock and defaults to the real one.
 */

/** A cancellable timer handle. */
export interface Timer {
  cancel(): void;
}

/** Reads the time and schedules callbacks. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Calls `fn` once after `ms` milliseconds. */
  setTimeout(fn: () => void, ms: number): Timer;
  /** Calls `fn` every `ms` milliseconds until cancelled. */
  setInterval(fn: () => void, ms: number): Timer;
  /** Resolves after `ms` milliseconds, or rejects when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new Error('aborted');
}

function sleepWith(clock: Clock, ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    const onAbort = (): void => {
      timer.cancel();
      reject(abortError(signal!));
    };
    const timer = clock.setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The real clock. Its timers do not keep the process alive on their own. */
export class RealClock implements Clock {
  now(): number {
    return Date.now();
  }
  setTimeout(fn: () => void, ms: number): Timer {
    const t = setTimeout(fn, ms);
    t.unref();
    return { cancel: () => clearTimeout(t) };
  }
  setInterval(fn: () => void, ms: number): Timer {
    const t = setInterval(fn, ms);
    t.unref();
    return { cancel: () => clearInterval(t) };
  }
  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return sleepWith(this, ms, signal);
  }
}

/** The process-wide real clock. */
export const realClock: Clock = new RealClock();

interface Scheduled {
  at: number;
  seq: number;
  fn: () => void;
  every?: number;
  cancelled: boolean;
}

/** A clock that moves only when a test calls `advance` or `set`. */
export class FakeClock implements Clock {
  private current: number;
  private seq = 0;
  private queue: Scheduled[] = [];

  constructor(start = Date.UTC(2026, 0, 1)) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  setTimeout(fn: () => void, ms: number): Timer {
    return this.schedule(fn, ms);
  }

  setInterval(fn: () => void, ms: number): Timer {
    return this.schedule(fn, ms, Math.max(1, ms));
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return sleepWith(this, ms, signal);
  }

  /** How many timers are waiting. */
  pending(): number {
    return this.queue.filter((s) => !s.cancelled).length;
  }

  /** Moves time forward by `ms`, firing due timers in order. */
  advance(ms: number): void {
    this.set(this.current + ms);
  }

  /** Moves time forward to `t`, firing due timers in order. */
  set(t: number): void {
    for (;;) {
      this.queue = this.queue.filter((s) => !s.cancelled);
      this.queue.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = this.queue[0];
      if (!next || next.at > t) break;
      this.current = next.at;
      if (next.every !== undefined) next.at += next.every;
      else next.cancelled = true;
      next.fn();
    }
    this.current = Math.max(this.current, t);
  }

  private schedule(fn: () => void, ms: number, every?: number): Timer {
    const s: Scheduled = { at: this.current + Math.max(0, ms), seq: this.seq++, fn, every, cancelled: false };
    this.queue.push(s);
    return { cancel: () => (s.cancelled = true) };
  }
}
