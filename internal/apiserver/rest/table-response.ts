/**
 * Server-side printing: a list, a get or a watch event answered as a meta.k8s.io/v1 `Table` when
 * kubectl asks for one, with the columns kubectl shows against Kubernetes for the kind (wide
 * columns at priority 1) and each row carrying the object's metadata (`includeObject=Metadata`,
 * the default), the whole object (`Object`) or null (`None`).
 * The per-kind columns and cells come from internal/api/printers, the same definitions skiffctl
 * prints with; this module only writes them as Table JSON (cells as bare values).
 */
import { newBadRequest, type KubeObject } from '../../api/index.js';
import { printerFor, type KindPrinter } from '../../api/printers/index.js';
import { metadataOnly } from '../endpoints/index.js';
import type { ListMeta } from './object-json.js';
import { objectJSON } from './object-json.js';

/** What each row carries besides its cells. */
export type IncludeObject = 'None' | 'Metadata' | 'Object';

/** Parses `includeObject` (default Metadata). */
export function parseIncludeObject(v: string | null): IncludeObject {
  if (v === null || v === '') return 'Metadata';
  if (v === 'None' || v === 'Metadata' || v === 'Object') return v;
  throw newBadRequest(`includeObject: Unsupported value: "${v}": supported values: "Metadata", "None", "Object"`);
}

function rowJSON(printer: KindPrinter, obj: KubeObject, include: IncludeObject, now: number): string {
  const conditions = printer.conditions?.(obj) ?? [];
  let row = `{"cells":${JSON.stringify(printer.cells(obj, now))}`;
  if (conditions.length > 0) row += `,"conditions":${JSON.stringify(conditions)}`;
  // TableRow.object is a RawExtension, a struct that omitempty never leaves out: None writes null.
  if (include === 'Object') row += `,"object":${objectJSON(obj)}`;
  else if (include === 'Metadata') row += `,"object":${JSON.stringify(metadataOnly(obj))}`;
  else row += ',"object":null';
  return row + '}';
}

/** The JSON text of a Table of `objects`. */
export function tableJSON(kind: string, meta: ListMeta, objects: readonly KubeObject[], include: IncludeObject, now: number): string {
  const printer = printerFor(kind);
  const m: Record<string, unknown> = {};
  if (meta.resourceVersion) m.resourceVersion = meta.resourceVersion;
  if (meta.continue) m.continue = meta.continue;
  if (meta.remainingItemCount !== undefined) m.remainingItemCount = meta.remainingItemCount;
  return (
    `{"kind":"Table","apiVersion":"meta.k8s.io/v1","metadata":${JSON.stringify(m)},"columnDefinitions":${JSON.stringify(printer.columns)},"rows":[` +
    objects.map((o) => rowJSON(printer, o, include, now)).join(',') +
    ']}'
  );
}
