/**
 * Secret defaulting: type Opaque, and `stringData` folded into `data` (stringData wins on a shared
 * key) and then dropped, as Kubernetes' conversion does, so stringData is never stored.
 */
import type { Secret__Output } from '../../generated/skiff/core/v1/Secret.js';

/** Defaults a Secret in place. */
export function defaultSecret(secret: Secret__Output): void {
  if (!secret.type) secret.type = 'Opaque';
  const stringData = secret.stringData;
  if (stringData && Object.keys(stringData).length > 0) {
    const data = (secret.data ??= {});
    for (const [k, v] of Object.entries(stringData)) data[k] = Buffer.from(v, 'utf8');
  }
  delete secret.stringData;
}
