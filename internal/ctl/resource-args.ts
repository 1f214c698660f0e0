/**
 * Resource arguments as kubectl's resource builder reads them: `TYPE[,TYPE...] [NAME...]` or
 * `TYPE/NAME...`, types resolved through the RESTMapper (plural, singular, short names, `all`).
 */
import { restMapper, type KindInfo } from '../api/index.js';
import { CtlError } from './ctl-error.js';

/** One kind with the names asked for (none: every object the selectors match). */
export interface ResourceRequest {
  readonly kind: KindInfo;
  readonly names: readonly string[];
  /** The namespace the objects are in, when a file says so. */
  readonly namespace?: string;
}

/** Resolves one type as typed (`po`, `deployments.apps`, `all`); unknown types are kubectl's error. */
export function resolveType(type: string): KindInfo[] {
  const kinds = restMapper.resolve(type);
  if (kinds.length === 0) throw new CtlError(`the server doesn't have a resource type "${type}"`);
  // A category expands to many kinds; a name resolving to several versions takes the first.
  return restMapper.category(type.toLowerCase()).length > 0 && kinds.length > 1 ? kinds : [kinds[0]!];
}

/** Parses positional arguments into requests, one per kind, in the order typed. */
export function parseResourceArgs(args: readonly string[]): ResourceRequest[] {
  if (args.length === 0) return [];
  const slashed = args.filter((a) => a.includes('/'));
  if (slashed.length > 0) {
    if (slashed.length !== args.length) {
      throw new CtlError(
        "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'skiffctl get resource/<resource_name>' instead of 'skiffctl get resource resource/<resource_name>'",
      );
    }
    const out: { kind: KindInfo; names: string[] }[] = [];
    for (const a of args) {
      const slash = a.indexOf('/');
      const type = a.slice(0, slash);
      const name = a.slice(slash + 1);
      if (type === '' || name === '') throw new CtlError(`arguments in resource/name form must have a single resource and name`);
      const kind = resolveType(type)[0]!;
      const last = out[out.length - 1];
      if (last && last.kind === kind) last.names.push(name);
      else out.push({ kind, names: [name] });
    }
    return out;
  }
  const [types, ...names] = args;
  const kinds: KindInfo[] = [];
  for (const t of types!.split(',').filter((s) => s !== '')) {
    for (const k of resolveType(t)) if (!kinds.includes(k)) kinds.push(k);
  }
  return kinds.map((kind) => ({ kind, names }));
}

/** Whether output should prefix names with their kind (several kinds, or a category). */
export function showKinds(args: readonly string[], requests: readonly ResourceRequest[]): boolean {
  if (new Set(requests.map((r) => r.kind)).size > 1) return true;
  const types = args.length > 0 && !args[0]!.includes('/') ? args[0]!.split(',') : [];
  return types.some((t) => restMapper.category(t.toLowerCase()).length > 0);
}
