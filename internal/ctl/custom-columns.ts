/**
 * `-o custom-columns=HEADER:PATH,...` and `-o custom-columns-file=FILE` (a header line and a path
 * line), as kubectl prints them: paths in relaxed JSONPath (`.metadata.name`), several values joined
 * with commas, `<none>` for a missing one.
 */
import { CtlError } from './ctl-error.js';
import { JsonPath, jsonPathText, relaxedJsonPath } from './jsonpath.js';
import { layoutColumns } from './text-columns.js';

/** One column: its header and its path. */
export interface CustomColumn {
  readonly header: string;
  readonly path: JsonPath;
}

/** Parses `NAME:.metadata.name,IMAGE:.spec.containers[*].image`. */
export function parseCustomColumns(spec: string): CustomColumn[] {
  if (spec.trim() === '') throw new CtlError('custom-columns format specified but no custom columns given');
  return spec.split(',').map((part) => {
    const colon = part.indexOf(':');
    if (colon <= 0) throw new CtlError(`unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>`);
    return { header: part.slice(0, colon), path: JsonPath.parse(relaxedJsonPath(part.slice(colon + 1))) };
  });
}

/** Parses a custom-columns file: headers on the first line, paths on the second, whitespace-separated. */
export function parseCustomColumnsFile(text: string): CustomColumn[] {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length !== 2) throw new CtlError(`unexpected custom-columns file: expected 2 lines, saw ${lines.length}`);
  const headers = lines[0]!.trim().split(/\s+/);
  const paths = lines[1]!.trim().split(/\s+/);
  if (headers.length !== paths.length) throw new CtlError(`number of headers (${headers.length}) does not match number of columns (${paths.length})`);
  return headers.map((header, i) => ({ header, path: JsonPath.parse(relaxedJsonPath(paths[i]!)) }));
}

/** The cells of one object. */
export function customColumnCells(columns: readonly CustomColumn[], obj: unknown): string[] {
  return columns.map((c) => {
    const values = c.path.values(obj);
    return values.length === 0 ? '<none>' : values.map(jsonPathText).join(',');
  });
}

/** The printed table of objects. */
export function formatCustomColumns(columns: readonly CustomColumn[], objects: readonly unknown[], noHeaders = false): string {
  const rows = objects.map((o) => customColumnCells(columns, o));
  return layoutColumns(noHeaders ? rows : [columns.map((c) => c.header), ...rows]);
}
