/**
 * How skiffctl reports a failure, in kubectl's words: `error: ...` for the command line and the
 * client, `Error from server (Reason): message` for a Status, kubectl's `The Kind "name" is
 * invalid: ...` for Invalid, and the connection-refused line. Every failure exits 1.
 */
import { StatusError, type Status } from '../api/index.js';

/** A failure with the one line (or lines) the user sees, without the `error: ` prefix. */
export class CtlError extends Error {
  override readonly name = 'CtlError';
  constructor(
    message: string,
    /** A usage error: kubectl adds `See '<cmd> --help' for usage.` */
    readonly usage = false,
  ) {
    super(message);
  }
}

/** Thrown when a command already printed its errors and only the exit status is left to set. */
export class ExitError extends Error {
  override readonly name = 'ExitError';
  constructor(readonly code = 1) {
    super(`exit ${code}`);
  }
}

/** kubectl's rendering of an Invalid Status: `The Deployment "web" is invalid: spec.replicas: Invalid value: ...`. */
export function invalidMessage(status: Status): string {
  const d = status.details ?? {};
  const causes = d.causes ?? [];
  const head = `The ${d.kind ?? ''} "${d.name ?? ''}" is invalid`;
  if (causes.length === 0) return status.message ?? head;
  const parts = causes.map((c) => (c.field ? `${c.field}: ${c.message ?? ''}` : (c.message ?? '')));
  if (parts.length === 1) return `${head}: ${parts[0]!}`;
  return `${head}: \n${parts.map((p) => `* ${p}`).join('\n')}`;
}

/** The text kubectl prints for a Status error (StandardErrorMessage). */
export function statusMessage(err: StatusError, address?: string): string {
  const s = err.status;
  if (s.reason === 'ServiceUnavailable' && address && isRefused(err)) {
    return `The connection to the server ${address} was refused - did you specify the right host or port?`;
  }
  if (s.reason === 'Invalid') return invalidMessage(s);
  const reason = s.reason || 'Unknown';
  return `Error from server (${reason}): ${s.message ?? ''}`;
}

function isRefused(err: StatusError): boolean {
  const m = err.message;
  return /ECONNREFUSED|No connection established|connect|UNAVAILABLE|Connection dropped/i.test(m);
}

/** The line(s) to print on stderr for any thrown value. */
export function errorText(err: unknown, address?: string): string {
  if (err instanceof StatusError) return statusMessage(err, address);
  if (err instanceof CtlError) return `error: ${err.message}`;
  if (err instanceof Error) return `error: ${err.message}`;
  return `error: ${String(err)}`;
}
