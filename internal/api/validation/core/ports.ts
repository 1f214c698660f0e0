/** Ports and protocols as Kubernetes validates them for containers, Services, Endpoints and probes. */
import type { IntOrString__Output } from '../../generated/skiff/meta/v1/IntOrString.js';
import { appendInvalid, FieldError, type FieldPath, isValidPortName, isValidPortNum } from '../index.js';

/** The protocols a port may use, sorted as Kubernetes lists them in messages. */
export const SUPPORTED_PORT_PROTOCOLS: readonly string[] = ['SCTP', 'TCP', 'UDP'];

/** Whether a protocol is set and one Kubernetes supports. */
export function isSupportedProtocol(protocol: string | undefined): boolean {
  return !!protocol && SUPPORTED_PORT_PROTOCOLS.includes(protocol);
}

/** `Required value` for an empty protocol, `Unsupported value` for an unknown one. */
export function validateProtocol(protocol: string | undefined, path: FieldPath): FieldError[] {
  if (!protocol) return [FieldError.required(path)];
  return SUPPORTED_PORT_PROTOCOLS.includes(protocol) ? [] : [FieldError.notSupported(path, protocol, SUPPORTED_PORT_PROTOCOLS)];
}

/** A port given as a number (1-65535) or an IANA service name (Kubernetes' ValidatePortNumOrName). */
export function validatePortNumOrName(port: IntOrString__Output | undefined | null, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  appendPortNumOrNameErrors(errs, port, path);
  return errs;
}

/** As validatePortNumOrName, appending to `errs`: a valid port allocates nothing. */
export function appendPortNumOrNameErrors(errs: FieldError[], port: IntOrString__Output | undefined | null, path: FieldPath): void {
  if (port?.strVal !== undefined) appendInvalid(errs, path, port.strVal, isValidPortName(port.strVal));
  else {
    const n = port?.intVal ?? 0;
    appendInvalid(errs, path, n, isValidPortNum(n));
  }
}
