/** Ports and protocols as Kubernetes validates them for containers, Services, Endpoints and probes. */
import type { IntOrString__Output } from '../../generated/skiff/meta/v1/IntOrString.js';
import { FieldError, type FieldPath, isValidPortName, isValidPortNum } from '../index.js';

/** The protocols a port may use, sorted as Kubernetes lists them in messages. */
export const SUPPORTED_PORT_PROTOCOLS: readonly string[] = ['SCTP', 'TCP', 'UDP'];

/** `Required value` for an empty protocol, `Unsupported value` for an unknown one. */
export function validateProtocol(protocol: string | undefined, path: FieldPath): FieldError[] {
  if (!protocol) return [FieldError.required(path)];
  return SUPPORTED_PORT_PROTOCOLS.includes(protocol) ? [] : [FieldError.notSupported(path, protocol, SUPPORTED_PORT_PROTOCOLS)];
}

/** A port given as a number (1-65535) or an IANA service name (Kubernetes' ValidatePortNumOrName). */
export function validatePortNumOrName(port: IntOrString__Output | undefined | null, path: FieldPath): FieldError[] {
  if (port?.strVal !== undefined) return isValidPortName(port.strVal).map((m) => FieldError.invalid(path, port.strVal, m));
  const n = port?.intVal ?? 0;
  return isValidPortNum(n).map((m) => FieldError.invalid(path, n, m));
}
