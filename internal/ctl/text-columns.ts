/**
 * Column layout as kubectl's tabwriter does it (minimum width 6, padding 3, the last column never
 * padded), for the tables skiffctl builds itself: custom columns, api-resources, get-contexts, events.
 */

const MIN_WIDTH = 6;
const PADDING = 3;

/** Lays out rows of cells; each line ends with a newline and carries no trailing spaces. */
export function layoutColumns(rows: readonly (readonly string[])[]): string {
  const count = rows.reduce((n, r) => Math.max(n, r.length), 0);
  const widths: number[] = [];
  for (let c = 0; c < count - 1; c++) {
    let w = MIN_WIDTH;
    for (const r of rows) if (c < r.length - 1 || (c < r.length && r.length === count)) w = Math.max(w, [...(r[c] ?? '')].length + PADDING);
    widths.push(w);
  }
  return rows
    .map((r) => r.map((cell, c) => (c < r.length - 1 ? cell + ' '.repeat(Math.max(0, widths[c]! - [...cell].length)) : cell)).join('').replace(/\s+$/, '') + '\n')
    .join('');
}
