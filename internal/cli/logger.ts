/**
 * Logger: one line per event on stderr, klog-style. Text lines read
 * `I1124 20:55:08.123456 apiserver] message key=value key2="quoted value"`; JSON lines are one object
 * each (`{"ts":...,"level":"info","component":...,"msg":...,...fields}`).
 *
 * Verbosity works as klog's `-v`: `logger.v(2).info(...)` is written only when the configured
 * verbosity is 2 or more. As in logr, errors ignore verbosity: a failure is always worth a line.
 * Each event is a single `write` call, so concurrent loggers on one stream never interleave lines.
 */
import type { Clock } from '../clock/index.js';

/** Where lines go: `process.stderr`, or a test's collector. */
export interface TextSink {
  write(chunk: string): unknown;
}

/** The line format selected by `--log-format`. */
export type LogFormat = 'text' | 'json';

/** Severity of one event. */
export type LogLevel = 'info' | 'warn' | 'error';

/** Structured context; `undefined` values are left out, Errors are written as their message. */
export type LogFields = Readonly<Record<string, unknown>>;

/** How a root logger is made. */
export interface LoggerOptions {
  /** The process role shown on every line (`apiserver`). */
  readonly component: string;
  /** Defaults to `text`. */
  readonly format?: LogFormat;
  /** Events at `v(level)` with level above this are dropped; defaults to 0; negative silences all. */
  readonly verbosity?: number;
  /** Defaults to `process.stderr`. */
  readonly stream?: TextSink;
  /** Defaults to the real time. */
  readonly clock?: Pick<Clock, 'now'>;
}

interface Sink {
  readonly component: string;
  readonly format: LogFormat;
  readonly verbosity: number;
  readonly stream: TextSink;
  readonly clock: Pick<Clock, 'now'>;
}

const SEVERITY: Readonly<Record<LogLevel, string>> = { info: 'I', warn: 'W', error: 'E' };
const RESERVED = new Set(['ts', 'level', 'component', 'msg', 'v']);
const BARE = /^[\w.:/@+,[\]-]+$/;

/** A structured, levelled logger; cheap to derive with `with` and `v`. */
export class Logger {
  private constructor(
    private readonly sink: Sink,
    private readonly level: number,
    private readonly fields: LogFields,
  ) {}

  /** A root logger at verbosity level 0. */
  static create(opts: LoggerOptions): Logger {
    const sink: Sink = {
      component: opts.component,
      format: opts.format ?? 'text',
      verbosity: opts.verbosity ?? 0,
      stream: opts.stream ?? process.stderr,
      clock: opts.clock ?? { now: () => Date.now() },
    };
    return new Logger(sink, 0, {});
  }

  /** A logger that writes nothing, for tests and callers that did not ask for logs. */
  static discard(): Logger {
    return Logger.create({ component: '', verbosity: -1, stream: { write: () => true } });
  }

  /** Whether `info` and `warn` lines of this logger are written. */
  get enabled(): boolean {
    return this.level <= this.sink.verbosity;
  }

  /** A logger whose info and warn lines need verbosity `level` or more (klog's `V(level)`). */
  v(level: number): Logger {
    return new Logger(this.sink, level, this.fields);
  }

  /** A logger that adds `fields` to every line; a call's own fields win over these. */
  with(fields: LogFields): Logger {
    return new Logger(this.sink, this.level, { ...this.fields, ...fields });
  }

  /** Logs an ordinary event. */
  info(msg: string, fields?: LogFields): void {
    if (this.enabled) this.write('info', msg, fields);
  }

  /** Logs something unexpected that Skiff recovered from. */
  warn(msg: string, fields?: LogFields): void {
    if (this.enabled) this.write('warn', msg, fields);
  }

  /** Logs a failure; written at any verbosity. Pass the cause as `{ err }`. */
  error(msg: string, fields?: LogFields): void {
    if (this.sink.verbosity >= 0) this.write('error', msg, fields);
  }

  private write(level: LogLevel, msg: string, fields: LogFields | undefined): void {
    const all = fields === undefined ? this.fields : { ...this.fields, ...fields };
    const now = this.sink.clock.now();
    const line =
      this.sink.format === 'json'
        ? jsonLine(now, level, this.level, this.sink.component, msg, all)
        : textLine(now, level, this.sink.component, msg, all);
    this.sink.stream.write(line + '\n');
  }
}

function textLine(now: number, level: LogLevel, component: string, msg: string, fields: LogFields): string {
  // UTC rather than klog's local time: lines from several processes (and test goldens) then agree.
  const d = new Date(Math.floor(now / 1000) * 1000);
  // Epoch milliseconds carry sub-millisecond clocks only approximately; round, never show 1000000.
  const micros = Math.min(999_999, Math.round((now - Math.floor(now / 1000) * 1000) * 1000));
  const stamp =
    pad(d.getUTCMonth() + 1, 2) +
    pad(d.getUTCDate(), 2) +
    ` ${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}.${pad(micros, 6)}`;
  let line = `${SEVERITY[level]}${stamp} ${component}] ${oneLine(msg)}`;
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    line += ` ${key}=${textValue(value)}`;
  }
  return line;
}

function jsonLine(now: number, level: LogLevel, v: number, component: string, msg: string, fields: LogFields): string {
  const build = (value: (field: unknown) => unknown): Record<string, unknown> => {
    const record: Record<string, unknown> = { ts: new Date(Math.floor(now)).toISOString(), level, component, msg };
    if (v > 0) record['v'] = v;
    for (const [key, field] of Object.entries(fields)) {
      // A field named like a header key must not overwrite the header that consumers parse.
      record[RESERVED.has(key) ? `_${key}` : key] = value(field);
    }
    return record;
  };
  return (
    safeStringify(build((field) => field)) ??
    safeStringify(build((field) => (safeStringify(field) === undefined ? '[unserializable]' : field)))!
  );
}

function textValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  else if (value === null) return 'null';
  else if (value instanceof Error) text = value.message;
  else if (value instanceof Date) return value.toISOString();
  else text = safeStringify(value) ?? '[unserializable]';
  return BARE.test(text) ? text : JSON.stringify(text);
}

function safeStringify(value: unknown): string | undefined {
  try {
    return JSON.stringify(value, (_key, v: unknown) => {
      if (typeof v === 'bigint') return v.toString();
      if (v instanceof Error) return v.message;
      return v;
    });
  } catch {
    // Cycles and throwing getters must cost a field, never the event.
    return undefined;
  }
}

function oneLine(msg: string): string {
  // A stray newline would forge a second event for anyone reading line by line.
  return /[\n\r]/.test(msg) ? msg.replace(/\r/g, '\\r').replace(/\n/g, '\\n') : msg;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
