/**
 * Errors as Kubernetes answers them: a `Status` body with the HTTP code it stands for, a
 * `Retry-After` header when the Status carries a retry hint, and kubectl's own reading of it
 * (`Error from server (NotFound): pods "web" not found`). Anything that is not a StatusError is a
 * bug or an I/O failure and answers 500 InternalError; a response already under way is cut off
 * rather than finished with a body that would not parse.
 */
import type { ServerResponse } from 'node:http';
import { DecodeError, limitWarnings, newBadRequest, newInternalError, StatusError, type Status } from '../../api/index.js';

/** The StatusError an exception stands for. */
export function toStatusError(err: unknown): StatusError {
  if (err instanceof StatusError) return err;
  if (err instanceof DecodeError) return newBadRequest(err.message);
  return newInternalError(err);
}

/**
 * Formats warnings, under the apiserver's limit (limitWarnings), as `Warning` header values
 * (`299 - "unknown field \"spec.foo\""`). A value is the UTF-8 bytes of its text, given to Node as
 * the latin1 string of those bytes: Node refuses a header character above U+00FF, and clients (Go,
 * kubectl) read header bytes as UTF-8. Control characters, which no header may hold, become spaces.
 */
export function warningHeaders(warnings: readonly string[]): string[] {
  return limitWarnings(warnings).map((w) => {
    // eslint-disable-next-line no-control-regex -- control characters are what is being replaced
    const text = `299 - "${w.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\x00-\x1f\x7f]+/g, ' ')}"`;
    return Buffer.from(text, 'utf8').toString('latin1');
  });
}

/**
 * Writes `err` as a Status response, with the warnings the request recorded before it failed (as
 * Kubernetes, whose recorder writes each warning header as it is added), or cuts the connection
 * off if the response has begun.
 */
export function writeError(res: ServerResponse, err: unknown, warnings: readonly string[] = []): StatusError {
  const se = toStatusError(err);
  if (res.headersSent) {
    res.destroy();
    return se;
  }
  writeStatus(res, se.status, warnings);
  return se;
}

/** Writes a Status with its code, and `warnings` as `Warning` headers. */
export function writeStatus(res: ServerResponse, status: Status, warnings: readonly string[] = []): void {
  // As bytes with warnings, so Node writes the head as latin1 and warningHeaders' values go out as UTF-8.
  const body = warnings.length > 0 ? Buffer.from(JSON.stringify(status), 'utf8') : JSON.stringify(status);
  const headers: Record<string, string | number | string[]> = { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-cache, private' };
  const retry = status.details?.retryAfterSeconds;
  if (retry !== undefined && retry > 0) headers['Retry-After'] = retry;
  if (warnings.length > 0) headers.Warning = warningHeaders(warnings);
  res.writeHead(status.code ?? 500, headers);
  res.end(body);
}
