/**
 * The one table of printers, by kind, and the functions both faces print with: columnsFor and rowFor
 * for skiffctl, toTable for the REST face's server-side Table. A kind with no printer of its own
 * gets kubectl's default: NAME AGE.
 */
import type { ListMeta__Output } from '../generated/skiff/meta/v1/ListMeta.js';
import type { TableCell__Output } from '../generated/skiff/meta/v1/TableCell.js';
import type { TableRow__Output } from '../generated/skiff/meta/v1/TableRow.js';
import type { Table__Output } from '../generated/skiff/meta/v1/Table.js';
import { cronJobPrinter, jobPrinter } from './batch-printers.js';
import { leasePrinter, podDisruptionBudgetPrinter, priorityClassPrinter } from './cluster-printers.js';
import { configMapPrinter, namespacePrinter, secretPrinter, serviceAccountPrinter } from './core-printers.js';
import { eventPrinter } from './event-printer.js';
import { translateTimestampSince } from './human-duration.js';
import {
  type ColumnDefinition,
  type KindPrinter,
  type PrintableObject,
  type TableCellValue,
  ageColumn,
  definePrinter,
  nameColumn,
} from './kind-printer.js';
import { nodePrinter } from './node-printer.js';
import { podPrinter } from './pod-printer.js';
import { endpointsPrinter, servicePrinter } from './service-printers.js';
import { persistentVolumeClaimPrinter, persistentVolumePrinter, storageClassPrinter } from './storage-printers.js';
import {
  controllerRevisionPrinter,
  daemonSetPrinter,
  deploymentPrinter,
  podTemplatePrinter,
  replicaSetPrinter,
  replicationControllerPrinter,
  statefulSetPrinter,
} from './workload-printers.js';

/** The apiVersion of a Table and of the PartialObjectMetadata rows carry. */
export const TABLE_API_VERSION = 'meta.k8s.io/v1';

/** kubectl's printer for kinds without their own: NAME AGE. */
export const defaultPrinter: KindPrinter = definePrinter({
  kind: '',
  columns: [nameColumn(), ageColumn()],
  cells(obj, now) {
    return [obj.metadata?.name ?? '', translateTimestampSince(obj.metadata?.creationTimestamp, now)];
  },
});

// Method parameters are bivariant, so each kind's printer stands in for one over any object; the
// registry trusts callers to pass an object of the kind they name.
const PRINTERS: ReadonlyMap<string, KindPrinter> = new Map<string, KindPrinter>(
  [
    podPrinter,
    nodePrinter,
    namespacePrinter,
    servicePrinter,
    endpointsPrinter,
    configMapPrinter,
    secretPrinter,
    serviceAccountPrinter,
    eventPrinter,
    replicationControllerPrinter,
    persistentVolumePrinter,
    persistentVolumeClaimPrinter,
    podTemplatePrinter,
    deploymentPrinter,
    replicaSetPrinter,
    statefulSetPrinter,
    daemonSetPrinter,
    controllerRevisionPrinter,
    jobPrinter,
    cronJobPrinter,
    leasePrinter,
    priorityClassPrinter,
    podDisruptionBudgetPrinter,
    storageClassPrinter,
  ].map((p): [string, KindPrinter] => [p.kind, p]),
);

/** The printer of a kind (`Pod`), or the default NAME AGE printer. */
export function printerFor(kind: string): KindPrinter {
  return PRINTERS.get(kind) ?? defaultPrinter;
}

/** Whether a kind has a printer of its own rather than the default. */
export function hasPrinter(kind: string): boolean {
  return PRINTERS.has(kind);
}

/** The column definitions of a kind, wide ones included (priority 1). */
export function columnsFor(kind: string): readonly ColumnDefinition[] {
  return printerFor(kind).columns;
}

/** The cells of one object of a kind at `now` (ms since the epoch), one per column of columnsFor. */
export function rowFor(kind: string, obj: PrintableObject, now: number): TableCellValue[] {
  return printerFor(kind).cells(obj, now);
}

/** A cell value as a meta/v1 TableCell (the proto's oneof). */
export function toTableCell(value: TableCellValue): TableCell__Output {
  if (typeof value === 'string') return { stringValue: value };
  if (typeof value === 'boolean') return { boolValue: value };
  return Number.isInteger(value) ? { intValue: value } : { numberValue: value };
}

/** A meta/v1 TableCell as the bare value Kubernetes' JSON carries; undefined for an empty cell. */
export function cellValue(cell: TableCell__Output): TableCellValue | undefined {
  if (cell.stringValue !== undefined && cell.stringValue !== null) return cell.stringValue;
  if (cell.intValue !== undefined && cell.intValue !== null) return cell.intValue;
  if (cell.numberValue !== undefined && cell.numberValue !== null) return cell.numberValue;
  if (cell.boolValue !== undefined && cell.boolValue !== null) return cell.boolValue;
  return undefined;
}

/** How toTable builds its Table. */
export interface ToTableOptions {
  /**
   * Put each object's metadata in its row as a PartialObjectMetadata (`includeObject=Metadata`,
   * Kubernetes' default when a request does not say); kubectl reads namespaces and labels from it.
   */
  readonly includeObject?: boolean;
  /** Leave out the column definitions (TableOptions.noHeaders), as for watch events after the first. */
  readonly noHeaders?: boolean;
  /** The list's resourceVersion, continue token and remaining count. */
  readonly listMeta?: ListMeta__Output;
}

/** Objects of one kind as a meta/v1 Table, the body of a server-side printing response. */
export function toTable(
  kind: string,
  objects: readonly PrintableObject[],
  now: number,
  options: ToTableOptions = {},
): Table__Output {
  const printer = printerFor(kind);
  const rows = objects.map((obj): TableRow__Output => {
    const row: TableRow__Output = { cells: printer.cells(obj, now).map(toTableCell) };
    const conditions = printer.conditions?.(obj) ?? [];
    if (conditions.length > 0) row.conditions = conditions;
    if (options.includeObject) {
      row.object = { apiVersion: TABLE_API_VERSION, kind: 'PartialObjectMetadata', metadata: obj.metadata ?? {} };
    }
    return row;
  });
  return {
    apiVersion: TABLE_API_VERSION,
    kind: 'Table',
    metadata: options.listMeta ?? {},
    columnDefinitions: options.noHeaders ? [] : printer.columns.map((c) => ({ ...c })),
    rows,
  };
}
