/**
 * Printers of the coordination, scheduling and policy kinds: Lease (NAME HOLDER AGE), PriorityClass
 * (NAME VALUE GLOBAL-DEFAULT AGE PREEMPTIONPOLICY) and PodDisruptionBudget (NAME MIN AVAILABLE
 * MAX UNAVAILABLE ALLOWED DISRUPTIONS AGE).
 */
import type { Lease__Output } from '../generated/skiff/coordination/v1/Lease.js';
import type { PodDisruptionBudget__Output } from '../generated/skiff/policy/v1/PodDisruptionBudget.js';
import type { PriorityClass__Output } from '../generated/skiff/scheduling/v1/PriorityClass.js';
import { boolValue, intOrStringText } from './cell-format.js';
import { translateTimestampSince } from './human-duration.js';
import { type KindPrinter, ageColumn, column, definePrinter, nameColumn } from './kind-printer.js';

const NOT_APPLICABLE = 'N/A';

/** The Lease printer. */
export const leasePrinter: KindPrinter<Lease__Output> = definePrinter({
  kind: 'Lease',
  columns: [nameColumn(), column('Holder', 'string', 'The identity of the current holder of the lease.'), ageColumn()],
  cells(lease, now) {
    return [
      lease.metadata?.name ?? '',
      lease.spec?.holderIdentity ?? '',
      translateTimestampSince(lease.metadata?.creationTimestamp, now),
    ];
  },
});

/**
 * The PriorityClass printer. PREEMPTIONPOLICY is an ordinary column after AGE, not a wide one:
 * Kubernetes declares it so, and kubectl shows it by default.
 */
export const priorityClassPrinter: KindPrinter<PriorityClass__Output> = definePrinter({
  kind: 'PriorityClass',
  columns: [
    nameColumn(),
    column('Value', 'integer', 'The priority of pods of this class; higher runs first.'),
    column('Global-Default', 'boolean', 'Whether pods without a class get this one.'),
    ageColumn(),
    column('PreemptionPolicy', 'string', 'Whether pods of this class may preempt others.'),
  ],
  cells(pc, now) {
    return [
      pc.metadata?.name ?? '',
      pc.value ?? 0,
      boolValue(pc.globalDefault),
      translateTimestampSince(pc.metadata?.creationTimestamp, now),
      pc.preemptionPolicy ?? '',
    ];
  },
});

/** The PodDisruptionBudget printer: a bound not set prints `N/A`. */
export const podDisruptionBudgetPrinter: KindPrinter<PodDisruptionBudget__Output> = definePrinter({
  kind: 'PodDisruptionBudget',
  columns: [
    nameColumn(),
    column('Min Available', 'string', 'The minimum number of pods that must be available.'),
    column('Max Unavailable', 'string', 'The maximum number of pods that may be unavailable.'),
    column('Allowed Disruptions', 'integer', 'Calculated number of pods that may be disrupted at this time.'),
    ageColumn(),
  ],
  cells(pdb, now) {
    const min = pdb.spec?.minAvailable;
    const max = pdb.spec?.maxUnavailable;
    return [
      pdb.metadata?.name ?? '',
      min ? intOrStringText(min) : NOT_APPLICABLE,
      max ? intOrStringText(max) : NOT_APPLICABLE,
      pdb.status?.disruptionsAllowed ?? 0,
      translateTimestampSince(pdb.metadata?.creationTimestamp, now),
    ];
  },
});
