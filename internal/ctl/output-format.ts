/**
 * `-o`: which printer a command's output goes through, and the printers for everything but
 * tables: yaml, json, name, jsonpath, custom-columns. Several objects print as one `kind: List`
 * (yaml, json, jsonpath) as kubectl does; name and custom-columns print one line per object.
 */
import { readFileSync } from 'node:fs';
import type { JsonObject, KindInfo } from '../api/index.js';
import { CtlError } from './ctl-error.js';
import { formatCustomColumns, parseCustomColumns, parseCustomColumnsFile, type CustomColumn } from './custom-columns.js';
import { listOf, toJsonText } from './json-output.js';
import { JsonPath } from './jsonpath.js';
import { qualifiedName } from './object-json.js';
import { toYaml } from './yaml-output.js';

/** A parsed `-o`. */
export type OutputFormat =
  | { readonly type: 'table'; readonly wide: boolean }
  | { readonly type: 'yaml' }
  | { readonly type: 'json' }
  | { readonly type: 'name' }
  | { readonly type: 'jsonpath'; readonly path: JsonPath }
  | { readonly type: 'custom-columns'; readonly columns: readonly CustomColumn[] };

const ALLOWED = 'custom-columns,custom-columns-file,json,jsonpath,jsonpath-file,name,wide,yaml';

/** Parses `-o`; an unknown format is kubectl's error. */
export function parseOutputFormat(value: string | undefined): OutputFormat {
  const v = value ?? '';
  const eq = v.indexOf('=');
  const name = eq < 0 ? v : v.slice(0, eq);
  const arg = eq < 0 ? '' : v.slice(eq + 1);
  switch (name) {
    case '':
      return { type: 'table', wide: false };
    case 'wide':
      return { type: 'table', wide: true };
    case 'yaml':
    case 'json':
    case 'name':
      return { type: name };
    case 'jsonpath':
      if (arg === '') throw new CtlError('template format specified but no template given');
      return { type: 'jsonpath', path: JsonPath.parse(arg) };
    case 'jsonpath-file':
      return { type: 'jsonpath', path: JsonPath.parse(readFileSync(arg, 'utf8')) };
    case 'custom-columns':
      return { type: 'custom-columns', columns: parseCustomColumns(arg) };
    case 'custom-columns-file':
      return { type: 'custom-columns', columns: parseCustomColumnsFile(readFileSync(arg, 'utf8')) };
    default:
      throw new CtlError(`unable to match a printer suitable for the output format "${v}", allowed formats are: ${ALLOWED}`);
  }
}

/** An object to print, with its kind. */
export interface PrintItem {
  readonly kind: KindInfo;
  readonly json: JsonObject;
}

/** Prints objects in a non-table format; `asList` wraps them in a List even when there is one. */
export function printItems(format: Exclude<OutputFormat, { type: 'table' }>, items: readonly PrintItem[], asList: boolean, noHeaders = false): string {
  const single = !asList && items.length === 1;
  const value = single ? items[0]!.json : listOf(items.map((i) => i.json));
  switch (format.type) {
    case 'yaml':
      return toYaml(value);
    case 'json':
      return toJsonText(value);
    case 'name':
      return items.map((i) => `${qualifiedName(i.kind, String((i.json['metadata'] as JsonObject | undefined)?.['name'] ?? ''))}\n`).join('');
    case 'jsonpath':
      return format.path.execute(value);
    case 'custom-columns':
      return formatCustomColumns(format.columns, items.map((i) => i.json), noHeaders);
  }
}
