/**
 * FlagSet: the declarative command-line parser of every Skiff binary, with pflag's surface
 * (`--name value`, `--name=value`, `-x value`, `-x=value`, `-xvalue`, bare `--bool`, `--bool=false`,
 * flags and positional arguments interspersed, `--` ends the flags).
 *
 * A binary declares its flags once, as an object keyed by the flag's kebab-case name; TypeScript
 * infers the options object from that declaration (keys in camelCase: `--max-requests-inflight`
 * becomes `maxRequestsInflight`). Bad input is an expected outcome, so `parse` returns it as a value
 * whose message is the one line the user sees; a bad declaration is a bug and throws at construction.
 */
import { parseDuration } from './duration.js';

interface FlagDeclBase {
  /** One line for `--help`. */
  readonly help: string;
  /** A one-letter alias, written `-x`. */
  readonly alias?: string;
}

/** A string flag. `validate` returns the rule a value breaks (`must be HOST:PORT`), or undefined. */
export interface StringFlagDecl extends FlagDeclBase {
  readonly type: 'string';
  readonly default?: string;
  readonly required?: boolean;
  readonly validate?: (value: string) => string | undefined;
}

/** An integer flag, optionally bounded (inclusive). */
export interface IntFlagDecl extends FlagDeclBase {
  readonly type: 'int';
  readonly default?: number;
  readonly required?: boolean;
  readonly min?: number;
  readonly max?: number;
}

/** A boolean flag: bare `--name` is true; it is false unless given. */
export interface BoolFlagDecl extends FlagDeclBase {
  readonly type: 'bool';
  readonly default?: boolean;
}

/** A Go-style duration (`60s`, `1h30m`), parsed into milliseconds; the default is written the same way. */
export interface DurationFlagDecl extends FlagDeclBase {
  readonly type: 'duration';
  readonly default?: string;
  readonly required?: boolean;
}

/** One of a fixed set of strings; the option's type is their union. */
export interface EnumFlagDecl extends FlagDeclBase {
  readonly type: 'enum';
  readonly values: readonly string[];
  readonly default?: string;
  readonly required?: boolean;
}

/**
 * A list of strings, repeatable and comma-separated (`--x a,b --x c`); empty unless given. With
 * `split: false` each occurrence is one item, commas included (pflag's stringArray, as kubectl's
 * `--from-literal=key=a,b`).
 */
export interface StringListFlagDecl extends FlagDeclBase {
  readonly type: 'stringList';
  readonly split?: boolean;
  readonly default?: readonly string[];
  readonly validate?: (value: string) => string | undefined;
}

/** Any flag declaration. */
export type FlagDecl =
  | StringFlagDecl
  | IntFlagDecl
  | BoolFlagDecl
  | DurationFlagDecl
  | EnumFlagDecl
  | StringListFlagDecl;

/** A binary's flags, keyed by kebab-case name (`max-requests-inflight`). */
export type FlagDecls = Readonly<Record<string, FlagDecl>>;

/** `max-requests-inflight` → `maxRequestsInflight`, at the type level. */
export type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

type Presence<F, T> = F extends { readonly default: unknown }
  ? T
  : F extends { readonly required: true }
    ? T
    : T | undefined;

/** The option type one declaration yields. */
export type FlagValue<F extends FlagDecl> = F['type'] extends 'bool'
  ? boolean
  : F['type'] extends 'stringList'
    ? string[]
    : F extends { readonly values: readonly (infer V extends string)[] }
      ? Presence<F, V>
      : F['type'] extends 'int' | 'duration'
        ? Presence<F, number>
        : Presence<F, string>;

/** The options object a set of declarations yields. */
export type FlagOptions<D extends FlagDecls> = {
  -readonly [K in keyof D & string as CamelCase<K>]: FlagValue<D[K]>;
};

/** Why a command line was refused. */
export type FlagErrorCode = 'UnknownFlag' | 'MissingValue' | 'InvalidValue' | 'RequiredFlag' | 'UnexpectedArgument';

/** A refused command line; `message` is the one line shown after `error: `. */
export class FlagError extends Error {
  override readonly name = 'FlagError';
  constructor(
    readonly code: FlagErrorCode,
    /** The flag as the user spelled it (`-v`, `--listen`), or the argument for UnexpectedArgument. */
    readonly flag: string,
    message: string,
  ) {
    super(message);
  }
}

/** The outcome of parsing: options and positional arguments, a request for help, or an error. */
export type FlagParseResult<O> =
  | { readonly kind: 'parsed'; readonly options: O; readonly positionals: string[]; readonly set: ReadonlySet<string> }
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly error: FlagError };

/** What `help` prints around the flag table. */
export interface HelpOptions {
  /** The binary's name, as typed. */
  readonly name: string;
  /** Replaces `[flags]` after the name in the usage line (`[flags] TYPE [NAME]`). */
  readonly usage?: string;
  /** A paragraph printed above the usage line. */
  readonly description?: string;
}

/** Returns its argument; lets TypeScript infer literal types when flags are declared apart from use. */
export function defineFlags<const D extends FlagDecls>(decls: D): D {
  return decls;
}

const NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const BOOL_VALUES: Readonly<Record<string, boolean>> = {
  true: true, TRUE: true, True: true, t: true, T: true, '1': true,
  false: false, FALSE: false, False: false, f: false, F: false, '0': false,
};
const DURATION_RULE = 'must be a duration such as 30s, 5m or 1h30m';

type Converted = { ok: true; value: unknown } | { ok: false; rule: string };

/** Parses command lines against one set of declarations. */
export class FlagSet<const D extends FlagDecls> {
  private readonly byAlias = new Map<string, string>();
  private readonly defaults = new Map<string, unknown>();

  constructor(readonly decls: D) {
    for (const [name, decl] of Object.entries(decls)) {
      this.checkDecl(name, decl);
      if (decl.alias !== undefined) this.byAlias.set(decl.alias, name);
    }
  }

  /** Parses `argv` (without the node and script paths). `--help`/`-h` anywhere before `--` wins. */
  parse(argv: readonly string[]): FlagParseResult<FlagOptions<D>> {
    const values = new Map<string, unknown>();
    const set = new Set<string>();
    const positionals: string[] = [];
    let error: FlagError | undefined;
    // The first error is the one reported, but scanning goes on so `--help` still wins after a typo.
    const fail = (e: FlagError): void => {
      error ??= e;
    };

    for (let i = 0; i < argv.length; i++) {
      const arg = argv[i]!;
      if (arg === '--') {
        positionals.push(...argv.slice(i + 1));
        break;
      }
      if (arg === '--help' || arg === '-h') return { kind: 'help' };
      if (!arg.startsWith('-') || arg === '-') {
        positionals.push(arg);
        continue;
      }

      let spelled: string;
      let name: string | undefined;
      let inline: string | undefined;
      if (arg.startsWith('--')) {
        const eq = arg.indexOf('=');
        const key = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
        spelled = `--${key}`;
        name = Object.hasOwn(this.decls, key) ? key : undefined;
        inline = eq < 0 ? undefined : arg.slice(eq + 1);
      } else {
        spelled = arg.slice(0, 2);
        name = this.byAlias.get(arg[1]!);
        const rest = arg.slice(2);
        if (rest.startsWith('=')) inline = rest.slice(1);
        else if (rest !== '') {
          // `-v2` is pflag's shorthand with its value attached; bundled booleans (`-abc`) are not offered.
          if (name !== undefined && this.decls[name]!.type !== 'bool') {
            inline = rest;
          } else {
            name = undefined;
            spelled = arg;
          }
        }
      }
      if (name === undefined) {
        fail(new FlagError('UnknownFlag', spelled, `unknown flag: ${spelled}`));
        continue;
      }

      const decl = this.decls[name]!;
      let raw: string;
      if (inline !== undefined) raw = inline;
      else if (decl.type === 'bool') raw = 'true';
      else if (i + 1 < argv.length) raw = argv[++i]!;
      else {
        fail(new FlagError('MissingValue', spelled, `missing value for flag ${spelled}`));
        continue;
      }

      const converted = convert(decl, raw);
      if (!converted.ok) {
        fail(new FlagError('InvalidValue', spelled, `invalid value ${JSON.stringify(raw)} for flag ${spelled}: ${converted.rule}`));
        continue;
      }
      if (decl.type === 'stringList') {
        // The first occurrence replaces the default; later ones append, as pflag's StringSlice does.
        const prior = set.has(name) ? (values.get(name) as string[]) : [];
        values.set(name, [...prior, ...(converted.value as string[])]);
      } else {
        values.set(name, converted.value);
      }
      set.add(name);
    }
    if (error !== undefined) return { kind: 'error', error };

    const options: Record<string, unknown> = {};
    for (const [name, decl] of Object.entries(this.decls)) {
      if (!values.has(name) && 'required' in decl && decl.required === true) {
        const e = new FlagError('RequiredFlag', `--${name}`, `required flag --${name} is not set`);
        return { kind: 'error', error: e };
      }
      const value = values.has(name) ? values.get(name) : this.defaults.get(name);
      options[camelCase(name)] = Array.isArray(value) ? [...(value as unknown[])] : value;
    }
    // The mapped type cannot be built key by key; the loop above fills every declared key.
    return { kind: 'parsed', options: options as FlagOptions<D>, positionals, set };
  }

  /** The `--help` text: description, usage line, then every flag with its type, default and help. */
  help(opts: HelpOptions): string {
    const rows: [string, string][] = [];
    for (const [name, decl] of Object.entries(this.decls)) {
      const alias = decl.alias !== undefined ? `-${decl.alias}, ` : '    ';
      const type = typeName(decl);
      const left = `  ${alias}--${name}${type === '' ? '' : ` ${type}`}`;
      const suffix = this.defaultNote(name, decl);
      rows.push([left, suffix === '' ? decl.help : `${decl.help} ${suffix}`]);
    }
    rows.push(['  -h, --help', 'show this help and exit']);
    const width = Math.max(...rows.map(([left]) => left.length)) + 3;

    const lines: string[] = [];
    if (opts.description !== undefined) lines.push(opts.description, '');
    lines.push('Usage:', `  ${opts.name} ${opts.usage ?? '[flags]'}`, '', 'Flags:');
    for (const [left, right] of rows) lines.push(left.padEnd(width) + right);
    return lines.join('\n') + '\n';
  }

  private defaultNote(name: string, decl: FlagDecl): string {
    if ('required' in decl && decl.required === true) return '(required)';
    const value = this.defaults.get(name);
    switch (decl.type) {
      case 'bool':
        return `(default ${String(value)})`;
      case 'stringList':
        return (value as string[]).length > 0 ? `(default [${(value as string[]).join(',')}])` : '';
      case 'duration':
        return decl.default !== undefined ? `(default ${decl.default})` : '';
      case 'int':
        return value !== undefined ? `(default ${String(value)})` : '';
      case 'string':
      case 'enum':
        return value !== undefined ? `(default ${JSON.stringify(value)})` : '';
    }
  }

  private checkDecl(name: string, decl: FlagDecl): void {
    const bug = (why: string): never => {
      throw new Error(`flag --${name}: ${why}`);
    };
    if (!NAME.test(name)) bug('name must be lower-case kebab-case');
    if (name === 'help') bug('--help is built in');
    if (decl.alias !== undefined) {
      if (!/^[a-zA-Z]$/.test(decl.alias)) bug('alias must be one letter');
      if (decl.alias === 'h') bug('-h is built in');
      if (this.byAlias.has(decl.alias)) bug(`alias -${decl.alias} is taken by --${this.byAlias.get(decl.alias)}`);
    }
    if (decl.type === 'enum' && decl.values.length === 0) bug('an enum needs values');
    if (decl.type === 'int' && decl.min !== undefined && decl.max !== undefined && decl.min > decl.max) {
      bug('min is above max');
    }

    let value: unknown;
    switch (decl.type) {
      case 'bool':
        value = decl.default ?? false;
        break;
      case 'stringList':
        value = [...(decl.default ?? [])];
        for (const item of value as string[]) checkDefault(decl, item, bug);
        break;
      case 'duration':
        value = decl.default === undefined ? undefined : checkDefault(decl, decl.default, bug);
        break;
      case 'int':
        value = decl.default === undefined ? undefined : checkDefault(decl, String(decl.default), bug);
        break;
      case 'string':
      case 'enum':
        value = decl.default === undefined ? undefined : checkDefault(decl, decl.default, bug);
        break;
    }
    this.defaults.set(name, value);
  }
}

function checkDefault(decl: FlagDecl, raw: string, bug: (why: string) => never): unknown {
  const converted = convert(decl, raw);
  if (!converted.ok) return bug(`default ${JSON.stringify(raw)} ${converted.rule}`);
  return decl.type === 'stringList' ? raw : converted.value;
}

function convert(decl: FlagDecl, raw: string): Converted {
  switch (decl.type) {
    case 'string': {
      const rule = decl.validate?.(raw);
      return rule === undefined ? { ok: true, value: raw } : { ok: false, rule };
    }
    case 'bool': {
      const value = BOOL_VALUES[raw];
      return value === undefined ? { ok: false, rule: 'must be true or false' } : { ok: true, value };
    }
    case 'int': {
      const value = /^[+-]?\d+$/.test(raw) ? Number(raw) : NaN;
      const inRange =
        Number.isSafeInteger(value) &&
        (decl.min === undefined || value >= decl.min) &&
        (decl.max === undefined || value <= decl.max);
      return inRange ? { ok: true, value } : { ok: false, rule: intRule(decl) };
    }
    case 'duration': {
      const value = parseDuration(raw);
      return value === undefined ? { ok: false, rule: DURATION_RULE } : { ok: true, value };
    }
    case 'enum':
      return decl.values.includes(raw)
        ? { ok: true, value: raw }
        : { ok: false, rule: `must be one of: ${decl.values.join(', ')}` };
    case 'stringList': {
      const items = decl.split === false ? [raw] : raw.split(',').filter((item) => item !== '');
      for (const item of items) {
        const rule = decl.validate?.(item);
        if (rule !== undefined) return { ok: false, rule: items.length > 1 ? `${JSON.stringify(item)} ${rule}` : rule };
      }
      return { ok: true, value: items };
    }
  }
}

function intRule(decl: IntFlagDecl): string {
  if (decl.min !== undefined && decl.max !== undefined) return `must be an integer from ${decl.min} to ${decl.max}`;
  if (decl.min !== undefined) return `must be an integer >= ${decl.min}`;
  if (decl.max !== undefined) return `must be an integer <= ${decl.max}`;
  return 'must be an integer';
}

function typeName(decl: FlagDecl): string {
  switch (decl.type) {
    case 'bool':
      return '';
    case 'stringList':
      return 'strings';
    case 'enum':
      return decl.values.join('|');
    default:
      return decl.type;
  }
}

function camelCase(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
