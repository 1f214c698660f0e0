/**
 * The plain-text table kubectl prints from a meta/v1 Table (cli-runtime's HumanReadablePrinter over
 * a tabwriter with minimum width 6 and padding 3): headers in upper case, every column but the last
 * padded to its widest cell, wide columns only with `-o wide`, and the decorations of `-A`
 * (NAMESPACE first), `--show-labels`, `-L key` and `kind/` name prefixes. Lines carry no trailing
 * spaces.
 */
import type { TableCell__Output } from '../generated/skiff/meta/v1/TableCell.js';
import type { TableColumnDefinition__Output } from '../generated/skiff/meta/v1/TableColumnDefinition.js';
import type { TableRow__Output } from '../generated/skiff/meta/v1/TableRow.js';
import type { Table__Output } from '../generated/skiff/meta/v1/Table.js';
import { KINDS } from '../meta/kinds.js';
import { formatLabels, groupKindText } from './cell-format.js';
import { cellValue } from './printer-registry.js';

// kubectl's tabwriter settings (cli-runtime printers.GetNewTabWriter).
const MIN_WIDTH = 6;
const PADDING = 3;
// Characters a tabwriter would treat as line ends; kubectl cuts a cell there and adds "...".
const CELL_BREAK = /[\f\n\r]/;

/** The kubectl flags that shape a printed table. */
export interface FormatTableOptions {
  /** `-o wide`: show priority-1 columns too. */
  readonly wide?: boolean;
  /** `--no-headers`. */
  readonly noHeaders?: boolean;
  /** `--show-labels`: a LABELS column last. */
  readonly showLabels?: boolean;
  /** `-A`: a NAMESPACE column first, read from each row's object metadata. */
  readonly showNamespace?: boolean;
  /** Prefix names with `<prefix>/` (`pod`, `deployment.apps`; see kindPrefix), as kubectl does when several kinds print. */
  readonly withKind?: string;
  /** `-L key,...`: one column per label key, headed by the key's last path segment. */
  readonly labelColumns?: readonly string[];
}

/** The prefix kubectl writes before names of a kind: `pod`, `deployment.apps`, `job.batch`. */
export function kindPrefix(kind: string): string {
  const info = KINDS.find((k) => k.kind === kind);
  return groupKindText(kind, info?.group ?? '');
}

/** A cell's text as kubectl writes it: empty for an absent cell, cut at the first line break. */
export function cellText(cell: TableCell__Output | undefined): string {
  const v = cell === undefined ? undefined : cellValue(cell);
  if (v === undefined) return '';
  if (typeof v !== 'string') return String(v);
  const cut = v.search(CELL_BREAK);
  return cut < 0 ? v : `${v.slice(0, cut)}...`;
}

function width(text: string): number {
  // A tabwriter measures in characters (runes), not UTF-16 units.
  return [...text].length;
}

function labelHeader(key: string): string {
  const parts = key.split('/');
  return parts[parts.length - 1].toUpperCase();
}

/**
 * Prints tables as one kubectl `get` (or `get -w`) does: headers once, unless the columns change,
 * and column widths remembered from earlier output so streamed rows stay aligned with the first
 * table. Call reset() between kinds, as kubectl does.
 */
export class TableWriter {
  private widths: number[] = [];
  private columns: readonly TableColumnDefinition__Output[] = [];
  private lastColumns = '';
  private printedHeaders = false;

  constructor(private readonly options: FormatTableOptions = {}) {}

  /** Forgets remembered widths and headers, for the next kind's table. */
  reset(): void {
    this.widths = [];
    this.columns = [];
    this.lastColumns = '';
    this.printedHeaders = false;
  }

  /** The text of the table's rows, with headers unless already printed for the same columns; '' when there are no rows. */
  write(table: Table__Output): string {
    // A watch event's table may leave out the columns; it means the ones seen last.
    if ((table.columnDefinitions ?? []).length > 0) {
      const key = JSON.stringify(table.columnDefinitions);
      if (key !== this.lastColumns) {
        this.lastColumns = key;
        this.columns = table.columnDefinitions ?? [];
        this.printedHeaders = false;
      }
    }
    const columns = this.columns;
    const rows = table.rows ?? [];
    if (rows.length === 0) return '';
    const lines: string[][] = [];
    if (!this.options.noHeaders && !this.printedHeaders) lines.push(this.headers(columns));
    this.printedHeaders = true;
    for (const row of rows) lines.push(this.cells(columns, row));
    return this.layout(lines);
  }

  private visible(columns: readonly TableColumnDefinition__Output[]): number[] {
    const out: number[] = [];
    columns.forEach((c, i) => {
      if ((c.priority ?? 0) === 0 || this.options.wide) out.push(i);
    });
    return out;
  }

  private headers(columns: readonly TableColumnDefinition__Output[]): string[] {
    const o = this.options;
    return [
      ...(o.showNamespace ? ['NAMESPACE'] : []),
      ...this.visible(columns).map((i) => (columns[i].name ?? '').toUpperCase()),
      ...(o.labelColumns ?? []).map(labelHeader),
      ...(o.showLabels ? ['LABELS'] : []),
    ];
  }

  private cells(columns: readonly TableColumnDefinition__Output[], row: TableRow__Output): string[] {
    const o = this.options;
    const meta = row.object?.metadata;
    const nameIndex = o.withKind ? columns.findIndex((c) => c.format === 'name' && c.type === 'string') : -1;
    const cells = this.visible(columns).map((i) => {
      const text = cellText(row.cells?.[i]);
      return i === nameIndex ? `${o.withKind}/${text}` : text;
    });
    const labels = meta?.labels ?? {};
    return [
      ...(o.showNamespace ? [meta?.namespace ?? ''] : []),
      ...cells,
      ...(o.labelColumns ?? []).map((k) => (meta ? (labels[k] ?? '') : '')),
      ...(o.showLabels ? [meta ? formatLabels(labels) : ''] : []),
    ];
  }

  private layout(lines: readonly string[][]): string {
    const count = lines.reduce((n, l) => Math.max(n, l.length), 0);
    // The last column is never padded, as a tabwriter leaves text after the last tab alone.
    for (let c = 0; c < count - 1; c++) {
      let w = Math.max(MIN_WIDTH, this.widths[c] ?? 0);
      for (const line of lines) if (c < line.length) w = Math.max(w, width(line[c]) + PADDING);
      this.widths[c] = w;
    }
    return lines
      .map((line) =>
        line
          .map((cell, c) => (c === line.length - 1 ? cell : cell + ' '.repeat(this.widths[c] - width(cell))))
          .join('')
          .trimEnd(),
      )
      .map((l) => `${l}\n`)
      .join('');
  }
}

/** A Table as the text `kubectl get` prints for it; '' when it has no rows (kubectl then says "No resources found"). */
export function formatTable(table: Table__Output, options: FormatTableOptions = {}): string {
  return new TableWriter(options).write(table);
}
