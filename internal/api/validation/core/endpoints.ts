/** Endpoints validation: every subset has addresses, addresses are usable IPs, ports are valid. */
import type { EndpointAddress__Output } from '../../generated/skiff/core/v1/EndpointAddress.js';
import type { Endpoints__Output } from '../../generated/skiff/core/v1/Endpoints.js';
import { FieldError, FieldPath, isValidIP, isValidPortNum, nameIsDNSSubdomain } from '../index.js';
import { validateDNS1123Label, validateQualifiedName } from './formats.js';
import { validateNonSpecialIP } from './non-special-ip.js';
import { validateProtocol } from './ports.js';

/** Validates Endpoints, on create and on update alike. */
export function validateEndpoints(ep: Endpoints__Output): FieldError[] {
  const errs: FieldError[] = [];
  (ep.subsets ?? []).forEach((ss, i) => {
    const p = FieldPath.root('subsets').index(i);
    const addresses = ss.addresses ?? [];
    const notReady = ss.notReadyAddresses ?? [];
    if (addresses.length === 0 && notReady.length === 0) errs.push(FieldError.required(p, 'must specify `addresses` or `notReadyAddresses`'));
    addresses.forEach((a, j) => errs.push(...validateAddress(a, p.child('addresses').index(j))));
    notReady.forEach((a, j) => errs.push(...validateAddress(a, p.child('notReadyAddresses').index(j))));
    const ports = ss.ports ?? [];
    ports.forEach((port, j) => {
      const pp = p.child('ports').index(j);
      const name = port.name ?? '';
      if (ports.length > 1 && name === '') errs.push(FieldError.required(pp.child('name')));
      else if (name !== '') errs.push(...validateDNS1123Label(name, pp.child('name')));
      const n = port.port ?? 0;
      errs.push(...isValidPortNum(n).map((m) => FieldError.invalid(pp.child('port'), n, m)));
      errs.push(...validateProtocol(port.protocol, pp.child('protocol')));
      if (port.appProtocol !== undefined) errs.push(...validateQualifiedName(port.appProtocol, pp.child('appProtocol')));
    });
  });
  return errs;
}

function validateAddress(a: EndpointAddress__Output, path: FieldPath): FieldError[] {
  const ip = a.ip ?? '';
  const errs = isValidIP(path.child('ip'), ip);
  if (a.hostname) errs.push(...validateDNS1123Label(a.hostname, path.child('hostname')));
  if (a.nodeName !== undefined) {
    const nodeName = a.nodeName;
    errs.push(...nameIsDNSSubdomain(nodeName, false).map((m) => FieldError.invalid(path.child('nodeName'), nodeName, m)));
  }
  errs.push(...validateNonSpecialIP(ip, path.child('ip')));
  return errs;
}
