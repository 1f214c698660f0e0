/**
 * The shape of one kind's printer: its column definitions (meta/v1 TableColumnDefinition) and a
 * pure function from an object to its cells. Cells are always computed for every column, wide ones
 * included, as the apiserver does for server-side printing; whoever prints drops priority-1
 * columns unless asked for wide output.
 */
import type { ObjectMeta__Output } from '../generated/skiff/meta/v1/ObjectMeta.js';
import type { TableRowCondition__Output } from '../generated/skiff/meta/v1/TableRowCondition.js';

/** The OpenAPI type of a column, as Kubernetes declares it. */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

/** One cell's value as Kubernetes' Table JSON carries it: a bare string, number or boolean. */
export type TableCellValue = string | number | boolean;

/** A meta/v1 TableColumnDefinition with every field present, as Kubernetes serves it. */
export interface ColumnDefinition {
  readonly name: string;
  readonly type: ColumnType;
  /** `name` for the column holding the object's name (where kubectl puts `pod/`), else empty. */
  readonly format: string;
  readonly description: string;
  /** 0: always shown; 1: only in wide output (`-o wide`). */
  readonly priority: number;
}

/** Anything with object metadata: every persisted kind's generated type fits. */
export interface PrintableObject {
  readonly metadata?: ObjectMeta__Output;
}

/** The printer of one kind: its columns and how an object fills them. */
export interface KindPrinter<T extends PrintableObject = PrintableObject> {
  readonly kind: string;
  readonly columns: readonly ColumnDefinition[];
  /** One cell per column, wide columns included; `now` is milliseconds since the epoch. */
  cells(obj: T, now: number): TableCellValue[];
  /** Row conditions (a finished pod is `Completed`); most kinds have none. */
  conditions?(obj: T): TableRowCondition__Output[];
}

/** A column shown always. */
export function column(name: string, type: ColumnType, description: string): ColumnDefinition {
  return Object.freeze({ name, type, format: '', description, priority: 0 });
}

/** A column shown only in wide output. */
export function wideColumn(name: string, type: ColumnType, description: string): ColumnDefinition {
  return Object.freeze({ name, type, format: '', description, priority: 1 });
}

/** The NAME column every kind starts with. */
export function nameColumn(priority = 0): ColumnDefinition {
  return Object.freeze({
    name: 'Name',
    type: 'string',
    format: 'name',
    description: 'The name of the object, unique within its namespace for its kind.',
    priority,
  });
}

/** The AGE column: time since the object was created. */
export function ageColumn(): ColumnDefinition {
  return column('Age', 'string', 'Time since the object was created (metadata.creationTimestamp).');
}

/** The wide CONTAINERS column of kinds with a pod template. */
export function containersColumn(priority = 1): ColumnDefinition {
  return Object.freeze({
    name: 'Containers', type: 'string', format: '', description: 'Names of each container in the template.', priority,
  });
}

/** The wide IMAGES column of kinds with a pod template. */
export function imagesColumn(priority = 1): ColumnDefinition {
  return Object.freeze({
    name: 'Images', type: 'string', format: '', description: 'Images referenced by each container in the template.', priority,
  });
}

/** The wide SELECTOR column of kinds that select pods. */
export function selectorColumn(): ColumnDefinition {
  return wideColumn('Selector', 'string', 'The label query over pods that this object manages.');
}

/** Freezes a kind's printer so the registry can hand it out shared. */
export function definePrinter<T extends PrintableObject>(printer: KindPrinter<T>): KindPrinter<T> {
  Object.freeze(printer.columns);
  return Object.freeze(printer);
}
