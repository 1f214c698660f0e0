import { describe, expect, it } from 'vitest';
import { Logger, type LogFormat } from './logger.js';

// 2026-11-24T20:55:08.123456Z, as a sub-millisecond clock would report it.
const NOW = Date.UTC(2026, 10, 24, 20, 55, 8, 123) + 0.456;

function capture(format: LogFormat, verbosity = 0): { logger: Logger; lines: () => string[] } {
  let out = '';
  const logger = Logger.create({
    component: 'apiserver',
    format,
    verbosity,
    stream: { write: (s: string) => (out += s) },
    clock: { now: () => NOW },
  });
  return { logger, lines: () => out.split('\n').slice(0, -1) };
}

describe('Logger text format', () => {
  it('writes klog-style lines with severity, date, time, component and fields', () => {
    const { logger, lines } = capture('text');
    logger.info('serving', { grpc: '127.0.0.1:6443', workers: 4, tls: false });
    logger.warn('slow write', { took: '1.2s', reason: 'quoted value' });
    logger.error('watch failed', { err: new Error('connection reset'), resource: 'pods' });
    expect(lines()).toEqual([
      'I1124 20:55:08.123456 apiserver] serving grpc=127.0.0.1:6443 workers=4 tls=false',
      'W1124 20:55:08.123456 apiserver] slow write took=1.2s reason="quoted value"',
      'E1124 20:55:08.123456 apiserver] watch failed err="connection reset" resource=pods',
    ]);
  });

  it.each<[string, unknown, string]>([
    ['plain string', 'default', 'k=default'],
    ['empty string', '', 'k=""'],
    ['string with a quote', 'say "hi"', 'k="say \\"hi\\""'],
    ['IPv6 address', '[::1]:6443', 'k=[::1]:6443'],
    ['string with an equals sign', 'a=b', 'k="a=b"'],
    ['null', null, 'k=null'],
    ['bigint', 10n, 'k=10'],
    ['array', ['a', 'b'], 'k="[\\"a\\",\\"b\\"]"'],
    ['object', { n: 1 }, 'k="{\\"n\\":1}"'],
    ['date', new Date(0), 'k=1970-01-01T00:00:00.000Z'],
    ['undefined (left out)', undefined, ''],
  ])('writes a %s as %s', (_what, value, written) => {
    const { logger, lines } = capture('text');
    logger.info('m', { k: value });
    expect(lines()).toEqual([`I1124 20:55:08.123456 apiserver] m${written === '' ? '' : ` ${written}`}`]);
  });

  it('keeps a multi-line message on one line', () => {
    const { logger, lines } = capture('text');
    logger.info('first\nsecond');
    expect(lines()).toEqual(['I1124 20:55:08.123456 apiserver] first\\nsecond']);
  });

  it('adds context fields with `with`, the call’s own fields winning', () => {
    const { logger, lines } = capture('text');
    const pods = logger.with({ controller: 'replicaset', key: 'default/web' });
    pods.info('synced', { key: 'default/api' });
    logger.info('unchanged');
    expect(lines()).toEqual([
      'I1124 20:55:08.123456 apiserver] synced controller=replicaset key=default/api',
      'I1124 20:55:08.123456 apiserver] unchanged',
    ]);
  });
});

describe('Logger verbosity', () => {
  it.each([
    [0, ['v0', 'error at v3']],
    [1, ['v0', 'v1', 'error at v3']],
    [2, ['v0', 'v1', 'v2', 'warn at v2', 'error at v3']],
    [5, ['v0', 'v1', 'v2', 'warn at v2', 'v3', 'error at v3']],
  ])('at -v %d writes %j', (verbosity, messages) => {
    const { logger, lines } = capture('text', verbosity);
    logger.info('v0');
    logger.v(1).info('v1');
    logger.v(2).info('v2');
    logger.v(2).warn('warn at v2');
    logger.v(3).with({ x: 1 }).info('v3');
    logger.v(3).error('error at v3');
    expect(lines().map((line) => line.replace(/^.*\] /, '').replace(/ x=1$/, ''))).toEqual(messages);
  });

  it('tells whether a level is enabled', () => {
    const { logger } = capture('text', 2);
    expect([logger.enabled, logger.v(2).enabled, logger.v(3).enabled]).toEqual([true, true, false]);
  });

  it('discard() writes nothing, not even errors', () => {
    const logger = Logger.discard();
    expect(() => logger.error('x', { err: new Error('y') })).not.toThrow();
    expect(logger.enabled).toBe(false);
  });
});

describe('Logger JSON format', () => {
  it('writes one object per line with ts, level, component, msg and the fields', () => {
    const { logger, lines } = capture('json', 2);
    logger.info('serving', { grpc: '127.0.0.1:6443' });
    logger.v(2).with({ resource: 'pods' }).warn('slow', { ms: 1200 });
    logger.error('failed', { err: new Error('boom'), size: 10n });
    expect(lines().map((line) => JSON.parse(line) as unknown)).toEqual([
      { ts: '2026-11-24T20:55:08.123Z', level: 'info', component: 'apiserver', msg: 'serving', grpc: '127.0.0.1:6443' },
      { ts: '2026-11-24T20:55:08.123Z', level: 'warn', component: 'apiserver', msg: 'slow', v: 2, resource: 'pods', ms: 1200 },
      { ts: '2026-11-24T20:55:08.123Z', level: 'error', component: 'apiserver', msg: 'failed', err: 'boom', size: '10' },
    ]);
  });

  it('keeps the header when a field has a header key’s name', () => {
    const { logger, lines } = capture('json');
    logger.info('real', { msg: 'field', level: 'x' });
    expect(JSON.parse(lines()[0]!)).toMatchObject({ msg: 'real', level: 'info', _msg: 'field', _level: 'x' });
  });

  it('still writes the event when a field cannot be serialized', () => {
    const { logger, lines } = capture('json');
    const cycle: Record<string, unknown> = {};
    cycle['self'] = cycle;
    logger.info('odd', { cycle, fine: 1 });
    expect(JSON.parse(lines()[0]!)).toMatchObject({ msg: 'odd', cycle: '[unserializable]', fine: 1 });
  });
});
