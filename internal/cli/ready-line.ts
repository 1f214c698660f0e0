/**
 * The ready line: the one line a server binary prints on stdout once every listener is bound, such as
 * `ready grpc=127.0.0.1:41234 http=127.0.0.1:41235`. Tests and `skiff up` start binaries with port 0
 * and read the real addresses from it instead of guessing ports. Logs go to stderr, so stdout carries
 * nothing else a reader must skip.
 */
import type { TextSink } from './logger.js';

const KEY = /^[a-z][a-z0-9-]*$/;
const VALUE = /^\S+$/;

/** The ready line for `fields`, without its newline. Keys are kebab-case; values have no spaces. */
export function formatReadyLine(fields: Readonly<Record<string, string>>): string {
  let line = 'ready';
  for (const [key, value] of Object.entries(fields)) {
    // A malformed pair would make the line unparseable for the supervisor: a bug, so throw.
    if (!KEY.test(key)) throw new Error(`ready line key ${JSON.stringify(key)} must be kebab-case`);
    if (!VALUE.test(value)) throw new Error(`ready line value ${JSON.stringify(value)} must be non-empty without spaces`);
    line += ` ${key}=${value}`;
  }
  return line;
}

/** Prints the ready line to `stream` (stdout by default). */
export function printReady(fields: Readonly<Record<string, string>>, stream: TextSink = process.stdout): void {
  stream.write(formatReadyLine(fields) + '\n');
}

/** The fields of a ready line, or `undefined` when `line` is not one (trailing CR/LF tolerated). */
export function parseReadyLine(line: string): Record<string, string> | undefined {
  const words = line.replace(/\r?\n$/, '').split(' ');
  if (words[0] !== 'ready') return undefined;
  const fields: Record<string, string> = {};
  for (const word of words.slice(1)) {
    const eq = word.indexOf('=');
    if (eq < 0) return undefined;
    const key = word.slice(0, eq);
    const value = word.slice(eq + 1);
    if (!KEY.test(key) || !VALUE.test(value) || Object.hasOwn(fields, key)) return undefined;
    fields[key] = value;
  }
  return fields;
}
