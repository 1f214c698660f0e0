/**
 * The writer kubectl's describers print through: lines at indentation levels (two spaces each),
 * cells separated by tabs, laid out at the end by Go's text/tabwriter algorithm (minimum width 0,
 * padding 2): a column's width is set per block of consecutive lines that have a cell in it, so
 * sections line up exactly as kubectl's do, trailing padding included.
 */

const PADDING = 2;

/** Collects describe output and lays it out. */
export class PrefixWriter {
  private readonly lines: string[] = [];

  /** Writes `text` (which may hold tabs and end in a newline) at `level`. */
  write(level: number, text: string): void {
    this.lines.push('  '.repeat(level) + text);
  }

  /** Writes `Label:\tvalue` lines at a level. */
  field(level: number, label: string, value: string | number): void {
    this.write(level, `${label}:\t${value}\n`);
  }

  /** The laid-out text. */
  toString(): string {
    return tabwriter(this.lines.join(''));
  }
}

function width(s: string): number {
  return [...s].length;
}

/** Go's text/tabwriter over `text` with minwidth 0, padding 2, padchar ' ', no flags. */
export function tabwriter(text: string): string {
  const raw = text.split('\n');
  const trailingNewline = raw[raw.length - 1] === '';
  if (trailingNewline) raw.pop();
  const lines = raw.map((l) => l.split('\t'));
  const widths: number[] = [];
  let out = '';
  const writeLines = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const line = lines[i]!;
      let s = '';
      line.forEach((cell, j) => {
        s += cell;
        if (j < widths.length && j < line.length - 1) s += ' '.repeat(Math.max(0, widths[j]! - width(cell)));
        else if (j < widths.length && cell === '' && j === line.length - 1) s += '';
      });
      out += s + (i < lines.length - 1 || trailingNewline ? '\n' : '');
    }
  };
  const format = (line0: number, line1: number): void => {
    const column = widths.length;
    let start = line0;
    for (let t = line0; t < line1; t++) {
      if (column >= lines[t]!.length - 1) continue;
      writeLines(start, t);
      start = t;
      let w = 0;
      for (; t < line1; t++) {
        const line = lines[t]!;
        if (column >= line.length - 1) break;
        w = Math.max(w, width(line[column]!) + PADDING);
      }
      widths.push(w);
      format(start, t);
      widths.pop();
      start = t;
      t--;
    }
    writeLines(start, line1);
  };
  format(0, lines.length);
  return out;
}
