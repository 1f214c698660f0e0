/**
 * printers: every kind's table columns and cells, defined once, as kubectl shows them against
 * Kubernetes v1.32 (server-side printing, pkg/printers/internalversion). skiffctl prints with
 * columnsFor/rowFor and formatTable; the REST face answers `Accept: ...;as=Table;g=meta.k8s.io`
 * with toTable. Cells are computed for every column, wide ones included (priority 1), and are pure
 * functions of the object and a given `now` (ms since the epoch), so the same object always prints
 * the same. Nothing here reads the clock or throws on an odd object: absent fields print as
 * Kubernetes prints them for zero values.
 */
export {
  type ColumnType,
  type TableCellValue,
  type ColumnDefinition,
  type PrintableObject,
  type KindPrinter,
} from './kind-printer.js';
export { humanDuration, translateTimestampSince, timestampMillis } from './human-duration.js';
export { formatLabels, formatLabelSelector, NONE, UNSET } from './cell-format.js';
export { type PodSummary, summarizePod, restartsText } from './pod-printer.js';
export { nodeStatusText, nodeRoles } from './node-printer.js';
export { serviceExternalIP, servicePortsText, endpointsText } from './service-printers.js';
export { jobStatusText, jobCompletionsText, jobDurationText } from './batch-printers.js';
export {
  TABLE_API_VERSION,
  type ToTableOptions,
  defaultPrinter,
  printerFor,
  hasPrinter,
  columnsFor,
  rowFor,
  toTable,
  toTableCell,
  cellValue,
} from './printer-registry.js';
export { type FormatTableOptions, TableWriter, formatTable, kindPrefix, cellText } from './table-writer.js';
