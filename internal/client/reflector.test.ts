import { describe, expect, it } from 'vitest';
import { StatusError } from '../api/index.js';
import { FakeClock } from '../clock/index.js';
import { Reflector, type ReflectorStore } from './reflector.js';
import { FakeListerWatcher } from './testing/fake-lister-watcher.js';

/** Lets the reflector's promise chains run (no real time passes). */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((r) => setImmediate(r));
}

const store: ReflectorStore<never> = { replace: () => undefined, add: () => undefined, update: () => undefined, delete: () => undefined };
const unavailable = (): StatusError => new StatusError({ code: 503, reason: 'ServiceUnavailable', message: 'apiserver is shutting down' });

describe('Reflector backoff', () => {
  it('waits 800 ms doubling after failed lists, each wait stretched by its jitter', async () => {
    const clock = new FakeClock();
    const lw = new FakeListerWatcher();
    const reflector = new Reflector({ name: 'configmaps', listerWatcher: lw, store, clock, random: () => 0.5 });
    const ctl = new AbortController();
    lw.listError = unavailable();
    void reflector.run(ctl.signal);
    await settle();
    expect(lw.lists).toHaveLength(1);
    // First wait: 800 ms plus half of it.
    clock.advance(1199);
    await settle();
    expect(lw.lists).toHaveLength(1);
    lw.listError = unavailable();
    clock.advance(1);
    await settle();
    expect(lw.lists).toHaveLength(2);
    // Second wait: 1,600 ms plus half of it.
    clock.advance(2399);
    await settle();
    expect(lw.lists).toHaveLength(2);
    clock.advance(1);
    await settle();
    expect(lw.lists).toHaveLength(3);
    ctl.abort();
  });

  it('never waits longer than twice the cap', async () => {
    const clock = new FakeClock();
    const lw = new FakeListerWatcher();
    const reflector = new Reflector({ name: 'configmaps', listerWatcher: lw, store, clock, random: () => 0.999, initialBackoffMs: 1000, maxBackoffMs: 1000 });
    const ctl = new AbortController();
    lw.listError = unavailable();
    void reflector.run(ctl.signal);
    await settle();
    lw.listError = unavailable();
    clock.advance(1999);
    await settle();
    expect(lw.lists).toHaveLength(2);
    clock.advance(1999);
    await settle();
    expect(lw.lists).toHaveLength(3);
    ctl.abort();
  });
});
