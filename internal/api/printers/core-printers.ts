/**
 * Printers of the small core kinds whose rows are counts and a phase: Namespace (NAME STATUS AGE),
 * ConfigMap (NAME DATA AGE), Secret (NAME TYPE DATA AGE) and ServiceAccount (NAME SECRETS AGE).
 */
import type { ConfigMap__Output } from '../generated/skiff/core/v1/ConfigMap.js';
import type { Namespace__Output } from '../generated/skiff/core/v1/Namespace.js';
import type { Secret__Output } from '../generated/skiff/core/v1/Secret.js';
import type { ServiceAccount__Output } from '../generated/skiff/core/v1/ServiceAccount.js';
import { translateTimestampSince } from './human-duration.js';
import { type KindPrinter, ageColumn, column, definePrinter, nameColumn } from './kind-printer.js';

/** The Namespace printer. */
export const namespacePrinter: KindPrinter<Namespace__Output> = definePrinter({
  kind: 'Namespace',
  columns: [nameColumn(), column('Status', 'string', 'The status of the namespace'), ageColumn()],
  cells(ns, now) {
    return [ns.metadata?.name ?? '', ns.status?.phase ?? '', translateTimestampSince(ns.metadata?.creationTimestamp, now)];
  },
});

/** The ConfigMap printer: DATA counts string and binary keys together. */
export const configMapPrinter: KindPrinter<ConfigMap__Output> = definePrinter({
  kind: 'ConfigMap',
  columns: [nameColumn(), column('Data', 'string', 'How many keys the config map holds.'), ageColumn()],
  cells(cm, now) {
    const count = Object.keys(cm.data ?? {}).length + Object.keys(cm.binaryData ?? {}).length;
    return [cm.metadata?.name ?? '', count, translateTimestampSince(cm.metadata?.creationTimestamp, now)];
  },
});

/** The Secret printer. */
export const secretPrinter: KindPrinter<Secret__Output> = definePrinter({
  kind: 'Secret',
  columns: [
    nameColumn(),
    column('Type', 'string', 'The type of the secret, which fixes the keys it must hold.'),
    column('Data', 'string', 'How many keys the secret holds.'),
    ageColumn(),
  ],
  cells(secret, now) {
    // Kubernetes folds stringData into data when it stores a secret; count the union in case it was not.
    const keys = new Set([...Object.keys(secret.data ?? {}), ...Object.keys(secret.stringData ?? {})]);
    return [
      secret.metadata?.name ?? '',
      secret.type ?? '',
      keys.size,
      translateTimestampSince(secret.metadata?.creationTimestamp, now),
    ];
  },
});

/** The ServiceAccount printer. */
export const serviceAccountPrinter: KindPrinter<ServiceAccount__Output> = definePrinter({
  kind: 'ServiceAccount',
  columns: [nameColumn(), column('Secrets', 'string', 'How many secrets the service account lists.'), ageColumn()],
  cells(sa, now) {
    return [sa.metadata?.name ?? '', (sa.secrets ?? []).length, translateTimestampSince(sa.metadata?.creationTimestamp, now)];
  },
});
