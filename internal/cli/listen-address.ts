/**
 * Listen addresses as the `--listen`-style flags take them: `HOST:PORT` where HOST is an IPv4
 * address, a bracketed IPv6 address (`[::1]:6443`) or `localhost`, and PORT is 0 to 65535. Port 0
 * asks the kernel for a free port; the binary then reports the real one on its ready line.
 */
import { isIPv4, isIPv6 } from 'node:net';

/** A parsed listen address; `host` is bare (`::1`, not `[::1]`). */
export interface ListenAddress {
  readonly host: string;
  readonly port: number;
}

/** A parsed address, or the rule the text breaks (one clause, fit for a flag error line). */
export type ListenAddressResult =
  | { readonly ok: true; readonly address: ListenAddress }
  | { readonly ok: false; readonly error: string };

const EXAMPLE = 'as in 127.0.0.1:6443';

/** Parses `HOST:PORT`. */
export function parseListenAddress(text: string): ListenAddressResult {
  const fail = (error: string): ListenAddressResult => ({ ok: false, error });
  let host: string;
  let port: string;
  if (text.startsWith('[')) {
    const close = text.indexOf(']');
    if (close < 0 || text[close + 1] !== ':') return fail('must be [HOST]:PORT, as in [::1]:6443');
    host = text.slice(1, close);
    port = text.slice(close + 2);
    if (!isIPv6(host)) return fail(`host ${JSON.stringify(host)} in brackets must be an IPv6 address`);
  } else {
    const colon = text.lastIndexOf(':');
    if (colon < 0) return fail(`must be HOST:PORT, ${EXAMPLE}`);
    host = text.slice(0, colon);
    port = text.slice(colon + 1);
    if (host === '') {
      // Go reads ":8080" as every interface; Skiff wants that choice spelled out.
      return fail('host is missing (use 0.0.0.0 or [::] to listen on every interface)');
    }
    if (host.includes(':')) return fail('an IPv6 address must be in brackets, as in [::1]:6443');
    if (!isIPv4(host) && host !== 'localhost') {
      return fail(`host ${JSON.stringify(host)} must be an IPv4 address, a bracketed IPv6 address or localhost`);
    }
  }

  if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) {
    return fail(`port ${JSON.stringify(port)} must be a number from 0 to 65535`);
  }
  return { ok: true, address: { host, port: Number(port) } };
}

/** The rule `text` breaks, or `undefined` when it is a good address; fits `StringFlagDecl.validate`. */
export function validateListenAddress(text: string): string | undefined {
  const result = parseListenAddress(text);
  return result.ok ? undefined : result.error;
}

/** `HOST:PORT`, with brackets around an IPv6 host; `parseListenAddress` reads it back. */
export function formatListenAddress(address: ListenAddress): string {
  return isIPv6(address.host) ? `[${address.host}]:${address.port}` : `${address.host}:${address.port}`;
}
