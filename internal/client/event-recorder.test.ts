import { describe, expect, it } from 'vitest';
import { newNotFound, newServiceUnavailable, type KubeObject } from '../api/index.js';
import { FakeClock } from '../clock/index.js';
import { EventRecorder, type EventSink } from './event-recorder.js';
import type { Event } from './resource-types.js';

class MemorySink implements EventSink {
  readonly events = new Map<string, Event>();
  readonly calls: string[] = [];
  failures = 0;
  async create(event: Event): Promise<Event> {
    this.calls.push(`create ${event.metadata?.name}`);
    if (this.failures > 0) {
      this.failures--;
      throw newServiceUnavailable('down');
    }
    const stored = { ...event, metadata: { ...event.metadata, resourceVersion: '1' } };
    this.events.set(`${event.metadata?.namespace}/${event.metadata?.name}`, stored);
    return stored;
  }
  async patch(namespace: string, name: string, patch: Record<string, unknown>): Promise<Event> {
    this.calls.push(`patch ${name}`);
    const cur = this.events.get(`${namespace}/${name}`);
    if (!cur) throw newNotFound({ group: '', resource: 'events' }, name);
    const next = { ...cur, ...patch } as Event;
    this.events.set(`${namespace}/${name}`, next);
    return next;
  }
}

const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'prod', uid: 'u-1', resourceVersion: '42' } } as KubeObject;

function setup(): { clock: FakeClock; sink: MemorySink; rec: EventRecorder } {
  const clock = new FakeClock(Date.UTC(2026, 0, 1, 12, 0, 0));
  const sink = new MemorySink();
  return { clock, sink, rec: new EventRecorder({ sink, component: 'default-scheduler', host: 'node-1', clock, retryIntervalMs: 1000, maxTries: 3 }) };
}

describe('EventRecorder', () => {
  it('writes a core/v1 Event with the involved object, source, counts and timestamps', async () => {
    const { sink, rec } = setup();
    rec.event(pod, 'Normal', 'Scheduled', 'Successfully assigned prod/web to node-1');
    await rec.flush();
    const [e] = [...sink.events.values()];
    expect(e).toMatchObject({
      metadata: { namespace: 'prod' },
      involvedObject: { kind: 'Pod', apiVersion: 'v1', namespace: 'prod', name: 'web', uid: 'u-1', resourceVersion: '42' },
      reason: 'Scheduled',
      message: 'Successfully assigned prod/web to node-1',
      type: 'Normal',
      source: { component: 'default-scheduler', host: 'node-1' },
      reportingComponent: 'default-scheduler',
      firstTimestamp: '2026-01-01T12:00:00Z',
      lastTimestamp: '2026-01-01T12:00:00Z',
      count: 1,
    });
    expect(e!.metadata?.name).toMatch(/^web\.[0-9a-f]+$/);
  });

  it('aggregates repeats into one Event: count and lastTimestamp are patched', async () => {
    const { clock, sink, rec } = setup();
    rec.event(pod, 'Warning', 'BackOff', 'Back-off restarting failed container');
    clock.advance(5000);
    rec.event(pod, 'Warning', 'BackOff', 'Back-off restarting failed container');
    clock.advance(5000);
    rec.event(pod, 'Warning', 'BackOff', 'Back-off restarting failed container');
    await rec.flush();
    expect(sink.events.size).toBe(1);
    const [e] = [...sink.events.values()];
    expect(e).toMatchObject({ count: 3, firstTimestamp: '2026-01-01T12:00:00Z', lastTimestamp: '2026-01-01T12:00:10Z' });
    expect(sink.calls.map((c) => c.split(' ')[0])).toEqual(['create', 'patch', 'patch']);
  });

  it('keeps distinct events apart: another reason, type or object is another Event', async () => {
    const { sink, rec } = setup();
    rec.event(pod, 'Normal', 'Pulled', 'pulled');
    rec.event(pod, 'Normal', 'Created', 'created');
    rec.event({ ...pod, metadata: { ...pod.metadata, name: 'db', uid: 'u-2' } } as KubeObject, 'Normal', 'Pulled', 'pulled');
    await rec.flush();
    expect(sink.events.size).toBe(3);
  });

  it('after 10 similar events (same reason, different messages) in 10 minutes, combines them into one Event', async () => {
    const { clock, sink, rec } = setup();
    for (let i = 0; i < 15; i++) {
      rec.event(pod, 'Warning', 'FailedMount', `volume v${i} not found`);
      clock.advance(1000);
    }
    await rec.flush();
    const all = [...sink.events.values()];
    const combined = all.filter((e) => e.message?.startsWith('(combined from similar events): '));
    expect(all.length - combined.length).toBe(9);
    expect(combined).toHaveLength(1);
    expect(combined[0]).toMatchObject({ count: 6, message: '(combined from similar events): volume v14 not found' });
  });

  it('similar events spread over more than 10 minutes are not combined', async () => {
    const { clock, sink, rec } = setup();
    for (let i = 0; i < 12; i++) {
      rec.event(pod, 'Warning', 'FailedMount', `volume v${i} not found`);
      clock.advance(11 * 60_000);
    }
    await rec.flush();
    expect([...sink.events.values()].some((e) => e.message?.startsWith('(combined'))).toBe(false);
  });

  it('recreates the Event when the one it would patch is gone', async () => {
    const { sink, rec } = setup();
    rec.event(pod, 'Normal', 'Pulled', 'pulled');
    await rec.flush();
    sink.events.clear();
    rec.event(pod, 'Normal', 'Pulled', 'pulled');
    await rec.flush();
    expect(sink.calls.map((c) => c.split(' ')[0])).toEqual(['create', 'patch', 'create']);
    expect([...sink.events.values()][0]).toMatchObject({ count: 2 });
  });

  it('never throws to the caller: failed writes are retried, then dropped', async () => {
    const { clock, sink, rec } = setup();
    sink.failures = 1;
    expect(() => rec.event(pod, 'Normal', 'Pulled', 'pulled')).not.toThrow();
    await new Promise((r) => setImmediate(r));
    clock.advance(1000);
    await rec.flush();
    expect(sink.events.size).toBe(1);
    sink.failures = 10;
    rec.event(pod, 'Normal', 'Other', 'x');
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setImmediate(r));
      clock.advance(1000);
    }
    await rec.flush();
    expect(sink.events.size).toBe(1);
  });
});
