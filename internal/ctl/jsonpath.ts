/**
 * Kubernetes' JSONPath templates (k8s.io/client-go/util/jsonpath), the subset kubectl users write:
 * text with `{...}` actions; paths `$`, `@`, `.field`, `['field']`, `..field`, `[*]`, `.*`,
 * `[n]`, `[a:b:c]`, unions `['a','b']`, filters `[?(@.type=="Ready")]` (==, !=, <, <=, >, >=, or
 * existence); `{range ...}...{end}`; quoted literals `{"\n"}`. Several results print separated by a
 * space; strings bare, everything else as JSON with sorted keys. Missing keys print nothing, as
 * kubectl's `allowMissingKeys` does.
 */
import { CtlError } from './ctl-error.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

type Segment =
  | { readonly t: 'field'; readonly names: readonly string[] }
  | { readonly t: 'recursive'; readonly name: string }
  | { readonly t: 'wildcard' }
  | { readonly t: 'index'; readonly indexes: readonly number[] }
  | { readonly t: 'slice'; readonly start?: number; readonly end?: number; readonly step?: number }
  | { readonly t: 'filter'; readonly filter: Filter };

interface Path {
  readonly root: boolean;
  readonly segments: readonly Segment[];
}

type Operand = { readonly t: 'path'; readonly path: Path } | { readonly t: 'literal'; readonly value: Json };

interface Filter {
  readonly left: Operand;
  readonly op?: '==' | '!=' | '<' | '<=' | '>' | '>=';
  readonly right?: Operand;
}

type TemplateNode =
  | { readonly t: 'text'; readonly text: string }
  | { readonly t: 'path'; readonly paths: readonly Path[] }
  | { readonly t: 'range'; readonly path: Path; readonly body: readonly TemplateNode[] };

/** A parsed template. */
export class JsonPath {
  private constructor(
    readonly source: string,
    private readonly nodes: readonly TemplateNode[],
  ) {}

  /** Parses a template; a syntax error is a CtlError. */
  static parse(template: string): JsonPath {
    const actions = splitTemplate(template);
    const stack: TemplateNode[][] = [[]];
    const ranges: Path[] = [];
    for (const a of actions) {
      const top = stack[stack.length - 1]!;
      if (a.text !== undefined) {
        if (a.text !== '') top.push({ t: 'text', text: a.text });
        continue;
      }
      const body = a.action!.trim();
      if (body === 'end') {
        const path = ranges.pop();
        if (!path) throw new CtlError(`error parsing jsonpath ${template}: not in range, nothing to end`);
        const inner = stack.pop()!;
        stack[stack.length - 1]!.push({ t: 'range', path, body: inner });
      } else if (body.startsWith('range ')) {
        ranges.push(parsePath(body.slice(6).trim(), template));
        stack.push([]);
      } else if (/^"(?:[^"\\]|\\.)*"$/.test(body) || /^'[^']*'$/.test(body)) {
        top.push({ t: 'text', text: unquote(body) });
      } else if (body === '') {
        continue;
      } else {
        top.push({ t: 'path', paths: splitTopLevel(body, ',').map((p) => parsePath(p.trim(), template)) });
      }
    }
    if (ranges.length > 0) throw new CtlError(`error parsing jsonpath ${template}: unclosed action`);
    return new JsonPath(template, stack[0]!);
  }

  /** Evaluates the template against `data`; the text it prints. */
  execute(data: unknown): string {
    return run(this.nodes, data as Json, data as Json);
  }

  /** The values of the template's first path (for --sort-by, custom columns and wait). */
  values(data: unknown): unknown[] {
    for (const n of this.nodes) if (n.t === 'path') return n.paths.flatMap((p) => evalPath(p, data as Json, data as Json));
    return [];
  }
}

/** kubectl's RelaxedJSONPathExpression: `.a.b`, `a.b` and `{.a.b}` all mean `{.a.b}`. */
export function relaxedJsonPath(expr: string): string {
  const e = expr.trim();
  if (e.startsWith('{') && e.endsWith('}')) return e;
  if (e.startsWith('.') || e.startsWith('$') || e.startsWith('@')) return `{${e}}`;
  return `{.${e}}`;
}

/** The text of a value as a template prints it. */
export function jsonPathText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === undefined) return '';
  return JSON.stringify(sortKeys(v as Json));
}

function sortKeys(v: Json): Json {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const out: { [k: string]: Json } = {};
    for (const k of Object.keys(v).sort()) out[k] = sortKeys(v[k]!);
    return out;
  }
  return v;
}

function run(nodes: readonly TemplateNode[], root: Json, current: Json): string {
  let out = '';
  for (const n of nodes) {
    if (n.t === 'text') out += n.text;
    else if (n.t === 'path') out += n.paths.flatMap((p) => evalPath(p, root, current)).map(jsonPathText).join(' ');
    else {
      let items = evalPath(n.path, root, current);
      if (items.length === 1 && Array.isArray(items[0])) items = items[0];
      for (const item of items) out += run(n.body, root, item);
    }
  }
  return out;
}

function splitTemplate(template: string): { text?: string; action?: string }[] {
  const out: { text?: string; action?: string }[] = [];
  let i = 0;
  let text = '';
  while (i < template.length) {
    const c = template[i]!;
    if (c !== '{') {
      text += c;
      i++;
      continue;
    }
    out.push({ text });
    text = '';
    let j = i + 1;
    let quote = '';
    let depth = 0;
    for (; j < template.length; j++) {
      const d = template[j]!;
      if (quote) {
        if (d === '\\') j++;
        else if (d === quote) quote = '';
      } else if (d === '"' || d === "'") quote = d;
      else if (d === '[' || d === '(') depth++;
      else if (d === ']' || d === ')') depth--;
      else if (d === '}' && depth <= 0) break;
    }
    if (j >= template.length) throw new CtlError(`error parsing jsonpath ${template}: unclosed action`);
    out.push({ action: template.slice(i + 1, j) });
    i = j + 1;
  }
  out.push({ text });
  return out;
}

function unquote(s: string): string {
  if (s.startsWith("'")) return s.slice(1, -1);
  try {
    return JSON.parse(s) as string;
  } catch {
    return s.slice(1, -1);
  }
}

function splitTopLevel(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (c === sep && depth === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out;
}

const NAME_CHAR = /[^.[\]()\s=!<>,'"]/;

function parsePath(src: string, template: string): Path {
  const fail = (why: string): never => {
    throw new CtlError(`error parsing jsonpath ${template}: ${why}`);
  };
  let i = 0;
  let root = false;
  if (src[i] === '$') {
    root = true;
    i++;
  } else if (src[i] === '@') i++;
  const segments: Segment[] = [];
  const readName = (): string => {
    let name = '';
    while (i < src.length && NAME_CHAR.test(src[i]!)) name += src[i++];
    return name;
  };
  while (i < src.length) {
    const c = src[i]!;
    if (c === '.') {
      if (src[i + 1] === '.') {
        i += 2;
        const name = readName();
        if (!name) fail('a name must follow ".."');
        segments.push({ t: 'recursive', name });
      } else {
        i++;
        if (src[i] === '*') {
          i++;
          segments.push({ t: 'wildcard' });
        } else {
          const name = readName();
          if (name) segments.push({ t: 'field', names: [name] });
          else if (i < src.length && src[i] !== '[') fail(`unrecognized character in action: ${JSON.stringify(src[i])}`);
        }
      }
    } else if (c === '[') {
      let depth = 0;
      let j = i;
      let quote = '';
      for (; j < src.length; j++) {
        const d = src[j]!;
        if (quote) {
          if (d === '\\') j++;
          else if (d === quote) quote = '';
        } else if (d === '"' || d === "'") quote = d;
        else if (d === '[') depth++;
        else if (d === ']' && --depth === 0) break;
      }
      if (j >= src.length) fail('unterminated array');
      segments.push(parseBracket(src.slice(i + 1, j).trim(), fail, template));
      i = j + 1;
    } else if (/\s/.test(c)) {
      i++;
    } else {
      const name = readName();
      if (!name) fail(`unrecognized character in action: ${JSON.stringify(c)}`);
      segments.push({ t: 'field', names: [name] });
    }
  }
  return { root, segments };
}

function parseBracket(inner: string, fail: (why: string) => never, template: string): Segment {
  if (inner === '*') return { t: 'wildcard' };
  if (inner.startsWith('?')) {
    const m = /^\?\s*\((.*)\)$/.exec(inner);
    if (!m) fail(`invalid filter ${inner}`);
    return { t: 'filter', filter: parseFilter(m![1]!.trim(), fail, template) };
  }
  if (inner.startsWith("'") || inner.startsWith('"')) {
    return { t: 'field', names: splitTopLevel(inner, ',').map((p) => unquote(p.trim())) };
  }
  if (inner.includes(':')) {
    const parts = inner.split(':').map((p) => p.trim());
    const num = (p: string | undefined): number | undefined => (p === undefined || p === '' ? undefined : Number(p));
    const s = { t: 'slice' as const, start: num(parts[0]), end: num(parts[1]), step: num(parts[2]) };
    if ([s.start, s.end, s.step].some((n) => n !== undefined && !Number.isInteger(n))) fail(`invalid array index ${inner}`);
    return s;
  }
  const indexes = inner.split(',').map((p) => Number(p.trim()));
  if (indexes.some((n) => !Number.isInteger(n))) fail(`invalid array index ${inner}`);
  return { t: 'index', indexes };
}

function parseOperand(s: string, fail: (why: string) => never, template: string): Operand {
  const t = s.trim();
  if (t.startsWith('@') || t.startsWith('$')) return { t: 'path', path: parsePath(t, template) };
  if (/^"(?:[^"\\]|\\.)*"$/.test(t) || /^'[^']*'$/.test(t)) return { t: 'literal', value: unquote(t) };
  if (t === 'true' || t === 'false') return { t: 'literal', value: t === 'true' };
  if (t !== '' && !Number.isNaN(Number(t))) return { t: 'literal', value: Number(t) };
  return fail(`unrecognized filter operand ${t}`);
}

function parseFilter(src: string, fail: (why: string) => never, template: string): Filter {
  const m = /^(.*?)\s*(==|!=|<=|>=|<|>)\s*(.*)$/.exec(src);
  if (!m) return { left: parseOperand(src, fail, template) };
  return { left: parseOperand(m[1]!, fail, template), op: m[2] as Filter['op'], right: parseOperand(m[3]!, fail, template) };
}

function isObject(v: Json): v is { [key: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function evalPath(path: Path, root: Json, current: Json): Json[] {
  let values: Json[] = [path.root ? root : current];
  for (const seg of path.segments) values = values.flatMap((v) => step(seg, v, root));
  return values;
}

function step(seg: Segment, v: Json, root: Json): Json[] {
  switch (seg.t) {
    case 'field':
      if (!isObject(v)) return [];
      return seg.names.filter((n) => Object.hasOwn(v, n)).map((n) => v[n]!);
    case 'wildcard':
      if (Array.isArray(v)) return v;
      if (isObject(v)) return Object.keys(v).sort().map((k) => v[k]!);
      return [];
    case 'recursive':
      return descend(v, seg.name);
    case 'index': {
      if (!Array.isArray(v)) return [];
      return seg.indexes.map((i) => {
        const at = i < 0 ? v.length + i : i;
        if (at < 0 || at >= v.length) throw new CtlError(`array index out of bounds: index ${i}, length ${v.length}`);
        return v[at]!;
      });
    }
    case 'slice': {
      if (!Array.isArray(v)) return [];
      const norm = (n: number | undefined, dflt: number): number => (n === undefined ? dflt : Math.max(0, Math.min(v.length, n < 0 ? v.length + n : n)));
      const out: Json[] = [];
      const stepBy = seg.step ?? 1;
      for (let i = norm(seg.start, 0); i < norm(seg.end, v.length); i += stepBy > 0 ? stepBy : 1) out.push(v[i]!);
      return out;
    }
    case 'filter': {
      const items = Array.isArray(v) ? v : isObject(v) ? Object.values(v) : [];
      return items.filter((item) => matches(seg.filter, item, root));
    }
  }
}

function descend(v: Json, name: string): Json[] {
  const out: Json[] = [];
  if (isObject(v)) {
    if (Object.hasOwn(v, name)) out.push(v[name]!);
    for (const k of Object.keys(v)) out.push(...descend(v[k]!, name));
  } else if (Array.isArray(v)) for (const e of v) out.push(...descend(e, name));
  return out;
}

function operandValues(o: Operand, item: Json, root: Json): Json[] {
  return o.t === 'literal' ? [o.value] : evalPath(o.path, root, item);
}

function matches(f: Filter, item: Json, root: Json): boolean {
  const left = operandValues(f.left, item, root);
  if (!f.op || !f.right) return left.length > 0 && left[0] !== null && left[0] !== false;
  const right = operandValues(f.right, item, root);
  if (left.length === 0 || right.length === 0) return false;
  const a = left[0]!;
  const b = right[0]!;
  switch (f.op) {
    case '==':
      return JSON.stringify(a) === JSON.stringify(b);
    case '!=':
      return JSON.stringify(a) !== JSON.stringify(b);
    default: {
      if (typeof a === 'number' && typeof b === 'number') return compare(a, b, f.op);
      if (typeof a === 'string' && typeof b === 'string') return compare(a, b, f.op);
      return false;
    }
  }
}

function compare<T extends number | string>(a: T, b: T, op: '<' | '<=' | '>' | '>='): boolean {
  return op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b;
}
