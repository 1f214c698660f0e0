/**
 * The protobufjs reflection root for every .proto under proto/, loaded once per process. The codec,
 * the patch engine's schema and the gRPC service definitions all read types from here.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import protobuf from 'protobufjs';
import loaderOptionsJson from './loader-options.json' with { type: 'json' };

/** The proto-loader options used by `npm run gen` and at run time: one set for the whole project. */
export const LOADER_OPTIONS = Object.freeze({
  ...loaderOptionsJson,
  longs: Number,
  enums: String,
  bytes: Buffer,
}) as Readonly<protobuf.IConversionOptions & { keepCase: boolean; json: boolean }>;

/** Finds the repository's proto/ folder from this module, whether run from source or from dist/. */
export function protoDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'proto');
    if (existsSync(join(candidate, 'skiff', 'options.proto'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('proto/ folder not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

/** Every .proto file under proto/, relative to it, sorted. */
export function protoFiles(dir = protoDir()): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.proto') ? [join(d, e.name)] : [],
    );
  return walk(dir)
    .map((f) => relative(dir, f))
    .sort();
}

let cached: protobuf.Root | undefined;

/** The resolved reflection root of every proto file (loaded on first use). */
export function protoRoot(): protobuf.Root {
  if (cached) return cached;
  const dir = protoDir();
  const protobufDir = dirname(createRequire(import.meta.url).resolve('protobufjs/package.json'));
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) =>
    target.startsWith('google/protobuf/') ? join(protobufDir, target) : join(dir, target);
  // alternateCommentMode keeps `//` comments too: they are the OpenAPI descriptions (`kubectl explain`).
  root.loadSync(protoFiles(dir), { keepCase: true, alternateCommentMode: true });
  root.resolveAll();
  cached = root;
  return root;
}

const typesByName = new Map<string, protobuf.Type>();

/** Looks up a message type by its full name (`skiff.core.v1.Pod`); throws if it does not exist. */
export function messageType(fullName: string): protobuf.Type {
  // The root never changes once loaded, so each name is looked up once (lookups walk the namespace
  // tree, and the request path asks for the same few types on every call).
  let type = typesByName.get(fullName);
  if (type === undefined) {
    type = protoRoot().lookupType(fullName);
    typesByName.set(fullName, type);
  }
  return type;
}
