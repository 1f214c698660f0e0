import { describe, expect, it } from 'vitest';
import { formatReadyLine, parseReadyLine, printReady } from './ready-line.js';

describe('ready line', () => {
  it('prints one line on the given stream', () => {
    let out = '';
    printReady({ grpc: '127.0.0.1:41234', http: '127.0.0.1:41235' }, { write: (s: string) => (out += s) });
    expect(out).toBe('ready grpc=127.0.0.1:41234 http=127.0.0.1:41235\n');
  });

  it.each([
    [{}],
    [{ grpc: '127.0.0.1:41234' }],
    [{ grpc: '[::1]:41234', http: '127.0.0.1:0', 'metrics-addr': 'a=b' }],
  ])('round-trips %j', (fields) => {
    expect(parseReadyLine(formatReadyLine(fields) + '\n')).toEqual(fields);
  });

  it.each([
    'I1124 20:55:08.123456 apiserver] ready',
    'readyish grpc=x',
    'ready grpc',
    'ready grpc=',
    'ready Grpc=x',
    'ready grpc=a grpc=b',
    'ready  grpc=a',
    '',
  ])('%j is not a ready line', (line) => {
    expect(parseReadyLine(line)).toBeUndefined();
  });

  it.each([[{ 'bad key': 'x' }], [{ grpc: 'has space' }], [{ grpc: '' }]])('refuses to print %j', (fields) => {
    expect(() => formatReadyLine(fields)).toThrow();
  });
});
