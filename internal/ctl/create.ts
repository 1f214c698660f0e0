/**
 * `skiffctl create`: `-f` files, or one object from a generator shaped as kubectl's generators make
 * it: `namespace NAME`, `configmap NAME --from-literal --from-file`, `secret generic NAME ...`,
 * `deployment NAME --image ... [--replicas N] [--port P]`. With `--dry-run=client -o yaml` the
 * object is only printed.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { objectFromJSON, restMapper, type JsonObject, type KindInfo } from '../api/index.js';
import { defineCommand } from './command.js';
import type { CommandContext } from './command-context.js';
import { LAST_APPLIED_ANNOTATION, lastAppliedValue } from './client-apply.js';
import { CtlError } from './ctl-error.js';
import { DRY_RUN_FLAG, FILE_FLAGS, dryRunSuffix, fileError, forEachManifest } from './file-objects.js';
import { qualifiedName } from './object-json.js';
import { parseOutputFormat, printItems } from './output-format.js';

function kind(resource: string): KindInfo {
  return restMapper.resolve(resource)[0]!;
}

function splitKeyValue(spec: string, flag: string): [string, string] {
  const eq = spec.indexOf('=');
  if (eq <= 0) throw new CtlError(`invalid ${flag}: ${spec}; expected key=value`);
  return [spec.slice(0, eq), spec.slice(eq + 1)];
}

/** Reads `--from-literal` and `--from-file` into a key/value map, keys checked for duplicates. */
export function sourceData(literals: readonly string[], files: readonly string[]): Map<string, Buffer> {
  const data = new Map<string, Buffer>();
  const put = (k: string, v: Buffer): void => {
    if (data.has(k)) throw new CtlError(`cannot add key ${k}, another key by that name already exists in data`);
    data.set(k, v);
  };
  for (const l of literals) {
    const [k, v] = splitKeyValue(l, '--from-literal');
    put(k, Buffer.from(v));
  }
  for (const f of files) {
    const eq = f.indexOf('=');
    const key = eq > 0 ? f.slice(0, eq) : undefined;
    const path = eq > 0 ? f.slice(eq + 1) : f;
    let st;
    try {
      st = statSync(path);
    } catch {
      throw new CtlError(`error reading ${path}: no such file or directory`);
    }
    if (st.isDirectory()) {
      if (key) throw new CtlError(`cannot give a key name for a directory path`);
      for (const e of readdirSync(path).sort()) if (statSync(join(path, e)).isFile()) put(e, readFileSync(join(path, e)));
    } else put(key ?? basename(path), readFileSync(path));
  }
  return data;
}

/** The container name kubectl derives from an image (`registry/team/nginx:1.14` → `nginx`). */
export function containerNameOf(image: string): string {
  const last = image.split('/').pop() ?? image;
  return last.split('@')[0]!.split(':')[0]!.replace(/[^a-z0-9-]/g, '-');
}

/** The Deployment `create deployment` makes. */
export function deploymentFor(name: string, namespace: string | undefined, images: readonly string[], replicas: number, port?: number): JsonObject {
  const labels = { app: name };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { labels, name, ...(namespace ? { namespace } : {}) },
    spec: {
      replicas,
      selector: { matchLabels: labels },
      strategy: {},
      template: {
        metadata: { labels },
        spec: { containers: images.map((image) => ({ image, name: containerNameOf(image), ...(port !== undefined ? { ports: [{ containerPort: port }] } : {}), resources: {} })) },
      },
    },
  };
}

async function createGenerated(ctx: CommandContext, o: { dryRun: string; output?: string; saveConfig: boolean }, k: KindInfo, json: JsonObject): Promise<void> {
  const name = String((json['metadata'] as JsonObject)['name']);
  if (o.saveConfig) {
    const meta = json['metadata'] as JsonObject;
    json = { ...json, metadata: { ...meta, annotations: { [LAST_APPLIED_ANNOTATION]: lastAppliedValue(json) } } };
  }
  const obj = objectFromJSON(json).object;
  if (o.dryRun === 'client') {
    if (o.output) {
      const format = parseOutputFormat(o.output);
      if (format.type !== 'table') {
        ctx.out(printItems(format, [{ kind: k, json }], false));
        return;
      }
    }
    ctx.out(`${qualifiedName(k, name)} created (dry run)\n`);
    return;
  }
  const rc = ctx.client().resource(k.resource);
  await (k.namespaced ? rc.namespace(ctx.namespace) : rc).create(obj, { dryRun: o.dryRun === 'server' });
  ctx.out(`${qualifiedName(k, name)} created${dryRunSuffix(o.dryRun)}\n`);
}

function needName(args: readonly string[]): string {
  if (args.length !== 1) throw new CtlError(`exactly one NAME is required, got ${args.length}`, true);
  return args[0]!;
}

export const createCommand = defineCommand({
  name: 'create',
  short: 'Create a resource from a file or from stdin',
  usage: '-f FILENAME | namespace NAME | configmap NAME [--from-literal=k=v] [--from-file=[key=]path] | secret generic NAME ... | deployment NAME --image=IMAGE [--replicas=N] [flags]',
  flags: {
    ...FILE_FLAGS,
    ...DRY_RUN_FLAG,
    output: { type: 'string', alias: 'o', help: 'output format (with --dry-run=client): yaml|json|name' },
    'save-config': { type: 'bool', help: 'record the configuration in the last-applied annotation, for later applies' },
    'from-literal': { type: 'stringList', split: false, help: 'key=value to put in the configmap or secret (repeat the flag for several)' },
    'from-file': { type: 'stringList', help: '[key=]path of a file (or directory) to put in the configmap or secret' },
    image: { type: 'stringList', help: 'the image(s) of the deployment' },
    replicas: { type: 'int', default: 1, min: 0, help: 'replicas of the deployment' },
    port: { type: 'int', min: 0, max: 65535, help: 'the container port of the deployment' },
    type: { type: 'string', help: 'the type of a secret' },
  },
  async run(ctx, o, args) {
    if (o.filename.length > 0) {
      await forEachManifest(ctx, o, async (m) => {
        let json = m.json;
        if (o.saveConfig) {
          const meta = (json['metadata'] ?? {}) as JsonObject;
          json = { ...json, metadata: { ...meta, annotations: { ...((meta['annotations'] as JsonObject | undefined) ?? {}), [LAST_APPLIED_ANNOTATION]: lastAppliedValue(json) } } };
        }
        const obj = objectFromJSON(json).object;
        const name = qualifiedName(m.kind, m.name);
        if (o.dryRun !== 'client') {
          const rc = ctx.client().resource(m.kind.resource);
          try {
            await (m.kind.namespaced ? rc.namespace(m.namespace ?? ctx.namespace) : rc).create(obj, { dryRun: o.dryRun === 'server' });
          } catch (err) {
            throw fileError(err, 'creating', m.doc.source);
          }
        }
        ctx.out(`${name} created${dryRunSuffix(o.dryRun)}\n`);
      });
      return;
    }
    const [sub, ...rest] = args;
    switch (sub) {
      case 'namespace':
      case 'ns':
        return createGenerated(ctx, o, kind('namespaces'), { apiVersion: 'v1', kind: 'Namespace', metadata: { name: needName(rest) } });
      case 'configmap':
      case 'cm': {
        const name = needName(rest);
        const data: JsonObject = {};
        for (const [k, v] of sourceData(o.fromLiteral, o.fromFile)) data[k] = v.toString('utf8');
        return createGenerated(ctx, o, kind('configmaps'), { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, ...(ctx.explicitNamespace ? { namespace: ctx.namespace } : {}) }, ...(Object.keys(data).length > 0 ? { data } : {}) });
      }
      case 'secret': {
        const [flavour, ...names] = rest;
        if (flavour !== 'generic') throw new CtlError(`only "create secret generic" is supported`, true);
        const name = needName(names);
        const data: JsonObject = {};
        for (const [k, v] of sourceData(o.fromLiteral, o.fromFile)) data[k] = v.toString('base64');
        return createGenerated(ctx, o, kind('secrets'), { apiVersion: 'v1', kind: 'Secret', metadata: { name, ...(ctx.explicitNamespace ? { namespace: ctx.namespace } : {}) }, ...(Object.keys(data).length > 0 ? { data } : {}), type: o.type ?? 'Opaque' });
      }
      case 'deployment':
      case 'deploy': {
        const name = needName(rest);
        if (o.image.length === 0) throw new CtlError('required flag(s) "image" not set', true);
        return createGenerated(ctx, o, kind('deployments'), deploymentFor(name, ctx.explicitNamespace ? ctx.namespace : undefined, o.image, o.replicas, o.port));
      }
      case undefined:
        throw new CtlError('must specify one of -f and -k', true);
      default:
        throw new CtlError(`unknown resource to create: "${sub}" (skiffctl creates namespace, configmap, secret generic and deployment, or -f)`, true);
    }
  },
});
