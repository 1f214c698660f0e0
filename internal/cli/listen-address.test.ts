import { describe, expect, it } from 'vitest';
import { formatListenAddress, parseListenAddress, validateListenAddress } from './listen-address.js';

describe('parseListenAddress', () => {
  it.each([
    ['127.0.0.1:6443', '127.0.0.1', 6443],
    ['127.0.0.1:0', '127.0.0.1', 0],
    ['0.0.0.0:8080', '0.0.0.0', 8080],
    ['localhost:65535', 'localhost', 65535],
    ['[::1]:6443', '::1', 6443],
    ['[::]:0', '::', 0],
    ['[fe80::1]:53', 'fe80::1', 53],
  ])('%s is host %s port %d, and formats back', (text, host, port) => {
    expect(parseListenAddress(text)).toEqual({ ok: true, address: { host, port } });
    expect(formatListenAddress({ host, port })).toBe(text);
  });

  it.each([
    ['127.0.0.1', 'must be HOST:PORT, as in 127.0.0.1:6443'],
    [':8080', 'host is missing (use 0.0.0.0 or [::] to listen on every interface)'],
    ['::1:6443', 'an IPv6 address must be in brackets, as in [::1]:6443'],
    ['example.com:80', 'host "example.com" must be an IPv4 address, a bracketed IPv6 address or localhost'],
    ['256.0.0.1:80', 'host "256.0.0.1" must be an IPv4 address, a bracketed IPv6 address or localhost'],
    ['[::1]', 'must be [HOST]:PORT, as in [::1]:6443'],
    ['[::1]6443', 'must be [HOST]:PORT, as in [::1]:6443'],
    ['[127.0.0.1]:80', 'host "127.0.0.1" in brackets must be an IPv6 address'],
    ['127.0.0.1:', 'port "" must be a number from 0 to 65535'],
    ['127.0.0.1:65536', 'port "65536" must be a number from 0 to 65535'],
    ['127.0.0.1:http', 'port "http" must be a number from 0 to 65535'],
    ['127.0.0.1:-1', 'port "-1" must be a number from 0 to 65535'],
  ])('%s is refused: %s', (text, error) => {
    expect(parseListenAddress(text)).toEqual({ ok: false, error });
    expect(validateListenAddress(text)).toBe(error);
  });
});
