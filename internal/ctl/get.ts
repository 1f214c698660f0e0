/**
 * `skiffctl get`: tables from the printers in internal/api (one per kind, kind-prefixed names when
 * several kinds print), or yaml, json, name, jsonpath, custom-columns; `-w` streams rows as the
 * objects change, through a watch from the list's resourceVersion.
 */
import type { KindInfo } from '../api/index.js';
import { TableWriter, kindPrefix, toTable } from '../api/printers/index.js';
import { defineCommand } from './command.js';
import type { CommandContext } from './command-context.js';
import { CtlError, ExitError, errorText } from './ctl-error.js';
import { JsonPath, relaxedJsonPath } from './jsonpath.js';
import { readManifests } from './manifest-reader.js';
import { kindOfObject, toJson, withTypeMeta } from './object-json.js';
import { parseOutputFormat, printItems, type OutputFormat, type PrintItem } from './output-format.js';
import { parseResourceArgs, showKinds, type ResourceRequest } from './resource-args.js';
import { fetchObjects, namespaceFor, type FetchedObject } from './resource-fetcher.js';
import { toYaml } from './yaml-output.js';
import { toJsonText } from './json-output.js';

/** The flags that select objects, shared by get, describe, delete, label, annotate, wait. */
export const SELECT_FLAGS = {
  'all-namespaces': { type: 'bool', alias: 'A', help: 'list the requested objects across all namespaces' },
  selector: { type: 'string', alias: 'l', help: 'label selector to filter on (-l key1=value1,key2=value2)' },
  'field-selector': { type: 'string', help: 'field selector to filter on (--field-selector key1=value1)' },
  filename: { type: 'stringList', alias: 'f', help: 'files, directories or - naming the objects' },
  recursive: { type: 'bool', alias: 'R', help: 'process the directories of -f recursively' },
} as const;

/** Requests from arguments, or from `-f` files (by kind and name). */
export async function requestsFrom(ctx: CommandContext, args: readonly string[], filenames: readonly string[], recursive: boolean): Promise<ResourceRequest[]> {
  if (filenames.length === 0) return parseResourceArgs(args);
  if (args.length > 0) throw new CtlError(`when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well`);
  const docs = await readManifests(filenames, recursive, () => ctx.io.readStdin(), ctx.verb);
  const out: { kind: KindInfo; names: string[]; namespace?: string }[] = [];
  for (const d of docs) {
    const kind = kindOfObject(String(d.json['apiVersion'] ?? ''), String(d.json['kind'] ?? ''));
    if (!kind) throw new CtlError(`resource mapping not found from "${d.source}": no matches for kind "${String(d.json['kind'] ?? '')}" in version "${String(d.json['apiVersion'] ?? '')}"`);
    const meta = d.json['metadata'] as Record<string, unknown> | undefined;
    const name = String(meta?.['name'] ?? '');
    const namespace = kind.namespaced ? (typeof meta?.['namespace'] === 'string' && meta['namespace'] !== '' ? meta['namespace'] : ctx.namespace) : undefined;
    const last = out[out.length - 1];
    if (last && last.kind === kind && last.namespace === namespace) last.names.push(name);
    else out.push({ kind, names: [name], namespace });
  }
  return out;
}

function sortObjects(objects: FetchedObject[], sortBy: string | undefined, ctxKind: KindInfo): FetchedObject[] {
  if (!sortBy) return objects;
  const path = JsonPath.parse(relaxedJsonPath(sortBy));
  const keyed = objects.map((o) => ({ o, v: path.values(toJson(ctxKind, o.object))[0] }));
  keyed.sort((a, b) => {
    if (a.v === undefined) return b.v === undefined ? 0 : 1;
    if (b.v === undefined) return -1;
    if (typeof a.v === 'number' && typeof b.v === 'number') return a.v - b.v;
    return String(a.v) < String(b.v) ? -1 : String(a.v) > String(b.v) ? 1 : 0;
  });
  return keyed.map((k) => k.o);
}

/** "No resources found in default namespace." or "No resources found", as kubectl words it. */
export function noResourcesMessage(namespace: string | undefined): string {
  return namespace ? `No resources found in ${namespace} namespace.\n` : 'No resources found\n';
}

export const getCommand = defineCommand({
  name: 'get',
  short: 'Display one or many resources',
  usage: '[(-o|--output=)json|yaml|name|wide|custom-columns=...|jsonpath=...] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags]',
  flags: {
    ...SELECT_FLAGS,
    output: { type: 'string', alias: 'o', help: 'output format: json|yaml|name|wide|jsonpath=...|jsonpath-file=...|custom-columns=...|custom-columns-file=...' },
    watch: { type: 'bool', alias: 'w', help: 'after listing, watch for changes' },
    'no-headers': { type: 'bool', help: 'do not print headers' },
    'show-labels': { type: 'bool', help: 'show all labels as the last column' },
    'show-kind': { type: 'bool', help: 'prefix names with their kind' },
    'sort-by': { type: 'string', help: 'sort by a JSONPath expression (.metadata.name)' },
    'label-columns': { type: 'stringList', alias: 'L', help: 'labels to show as columns' },
    'ignore-not-found': { type: 'bool', help: 'treat "not found" as a successful retrieval' },
  },
  async run(ctx, o, args) {
    const format = parseOutputFormat(o.output);
    const requests = await requestsFrom(ctx, args, o.filename, o.recursive);
    if (requests.length === 0) {
      ctx.err('You must specify the type of resource to get. Use "skiffctl api-resources" for a complete list of supported resources.\n\n');
      throw new CtlError('Required resource not specified.', true);
    }
    if (o.watch && new Set(requests.map((r) => r.kind)).size > 1) {
      throw new CtlError(`you may only specify a single resource type`);
    }
    const fetched = await fetchObjects(ctx, requests, { allNamespaces: o.allNamespaces, labelSelector: o.selector, fieldSelector: o.fieldSelector, ignoreNotFound: o.ignoreNotFound });
    const withKind = o.showKind || showKinds(args, requests);
    const groups = fetched.groups.map((g) => ({ ...g, objects: sortObjects(g.objects, o.sortBy, g.request.kind) }));
    const total = groups.reduce((n, g) => n + g.objects.length, 0);

    let tableWriter: TableWriter | undefined;
    if (format.type === 'table') {
      let first = true;
      for (const g of groups) {
        if (g.objects.length === 0) continue;
        const kind = g.request.kind;
        const writer = new TableWriter({ wide: format.wide, noHeaders: o.noHeaders, showLabels: o.showLabels, showNamespace: o.allNamespaces && kind.namespaced, withKind: withKind ? kindPrefix(kind.kind) : undefined, labelColumns: o.labelColumns });
        tableWriter = writer;
        const text = writer.write(toTable(kind.kind, g.objects.map((x) => x.object), ctx.io.now(), { includeObject: true }));
        if (!first && text !== '' && !o.noHeaders) ctx.out('\n');
        ctx.out(text);
        first = false;
      }
      if (total === 0 && fetched.errors.length === 0 && !o.watch) {
        const nsKind = requests.some((r) => r.kind.namespaced);
        ctx.err(noResourcesMessage(nsKind && !o.allNamespaces ? ctx.namespace : undefined));
      }
    } else {
      const items: PrintItem[] = groups.flatMap((g) => g.objects.map((x) => ({ kind: x.kind, json: toJson(x.kind, x.object) })));
      const byName = requests.every((r) => r.names.length > 0);
      const asList = !byName || items.length !== 1 || requests.reduce((n, r) => n + r.names.length, 0) > 1;
      if (!(o.watch && items.length === 0)) ctx.out(printItems(format, items, asList, o.noHeaders));
    }
    for (const e of fetched.errors) ctx.err(`${errorText(e)}\n`);
    if (o.watch) {
      const g = groups[0]!;
      await watchRows(ctx, g.request, g.resourceVersion, format, { ...o, withKind }, tableWriter);
    }
    if (fetched.errors.length > 0) throw new ExitError(1);
  },
});

async function watchRows(
  ctx: CommandContext,
  request: ResourceRequest,
  resourceVersion: string,
  format: OutputFormat,
  o: { allNamespaces: boolean; selector?: string; fieldSelector?: string; noHeaders: boolean; showLabels: boolean; labelColumns: string[]; withKind: boolean },
  initialWriter: TableWriter | undefined,
): Promise<void> {
  const kind = request.kind;
  const ns = namespaceFor(ctx, kind, o.allNamespaces);
  const client = ctx.client().resource(kind.resource);
  const scoped = ns !== undefined ? client.namespace(ns) : client;
  const fields = [o.fieldSelector, request.names.length === 1 ? `metadata.name=${request.names[0]!}` : undefined].filter((s) => s).join(',');
  // A get by name has no list resourceVersion; without one a watch would replay every object.
  if (!resourceVersion) resourceVersion = (await scoped.list({ labelSelector: o.selector || undefined, fieldSelector: fields || undefined, limit: 1 })).resourceVersion;
  const stream = scoped.watch({ resourceVersion: resourceVersion || undefined, labelSelector: o.selector || undefined, fieldSelector: fields || undefined });
  const onAbort = (): void => stream.close();
  ctx.io.signal.addEventListener('abort', onAbort);
  const writer = initialWriter ?? new TableWriter({ wide: format.type === 'table' && format.wide, noHeaders: o.noHeaders, showLabels: o.showLabels, showNamespace: o.allNamespaces && kind.namespaced, withKind: o.withKind ? kindPrefix(kind.kind) : undefined, labelColumns: o.labelColumns });
  try {
    for await (const ev of stream) {
      if (ev.type === 'BOOKMARK' || ev.type === 'ERROR') continue;
      if (request.names.length > 1 && !request.names.includes(ev.object.metadata?.name ?? '')) continue;
      const obj = withTypeMeta(kind, ev.object);
      if (format.type === 'table') {
        ctx.out(writer.write(toTable(kind.kind, [obj], ctx.io.now(), { includeObject: true })));
      } else if (format.type === 'yaml') {
        ctx.out(`---\n${toYaml(toJson(kind, obj))}`);
      } else if (format.type === 'json') {
        ctx.out(toJsonText(toJson(kind, obj)));
      } else {
        ctx.out(printItems(format, [{ kind, json: toJson(kind, obj) }], false, true));
      }
    }
  } finally {
    ctx.io.signal.removeEventListener('abort', onAbort);
  }
}
