/**
 * Reads manifests as kubectl's `-f` does: files, directories (`.json`, `.yaml`, `.yml`; `-R` for
 * subdirectories) and `-` for stdin; many YAML documents per file, JSON, and `kind: List`. Every
 * document keeps where it came from (file and index) and the paths of fields it gave twice, found
 * on the YAML syntax tree because the parsed value keeps only one of them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { isMap, isScalar, isSeq, parseAllDocuments, type Node as YamlNode } from 'yaml';
import { isJsonObject, type JsonObject } from '../api/index.js';
import { CtlError } from './ctl-error.js';

/** One object read from a manifest. */
export interface ManifestDocument {
  /** The file as named on the command line (`STDIN` for `-`). */
  readonly source: string;
  /** 1-based index of the document within its file. */
  readonly index: number;
  readonly json: JsonObject;
  /** Paths of fields given twice (`spec.replicas`). */
  readonly duplicates: readonly string[];
}

const EXTENSIONS = new Set(['.json', '.yaml', '.yml']);

function filesOf(path: string, recursive: boolean, top: boolean): string[] {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new CtlError(`the path "${path}" does not exist`);
  }
  if (!st.isDirectory()) return [path];
  if (!top && !recursive) return [];
  const out: string[] = [];
  for (const entry of readdirSync(path).sort()) {
    const p = join(path, entry);
    if (statSync(p).isDirectory()) out.push(...(recursive ? filesOf(p, recursive, false) : []));
    else if (EXTENSIONS.has(extname(entry))) out.push(p);
  }
  return out;
}

function scalarKey(node: unknown): string {
  return isScalar(node) ? String(node.value) : String(node);
}

/** Paths of keys given twice anywhere under `node`. */
export function duplicatePaths(node: YamlNode | null | undefined, path = ''): string[] {
  const out: string[] = [];
  if (isMap(node)) {
    const seen = new Set<string>();
    for (const pair of node.items) {
      const key = scalarKey(pair.key);
      const p = path === '' ? key : `${path}.${key}`;
      if (seen.has(key)) out.push(p);
      seen.add(key);
      out.push(...duplicatePaths(pair.value as YamlNode, p));
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => out.push(...duplicatePaths(item as YamlNode, `${path}[${i}]`)));
  }
  return out;
}

/** Parses the text of one manifest file into its documents. */
export function parseManifest(text: string, source: string): ManifestDocument[] {
  const out: ManifestDocument[] = [];
  const docs = parseAllDocuments(text, { uniqueKeys: false, prettyErrors: false });
  const list = Array.isArray(docs) ? docs : [docs];
  list.forEach((doc, i) => {
    if (doc.errors.length > 0) {
      throw new CtlError(`error parsing ${source}: error converting YAML to JSON: yaml: ${doc.errors[0]!.message}`);
    }
    const value: unknown = doc.toJS({ maxAliasCount: 100 });
    if (value === null || value === undefined) return;
    if (!isJsonObject(value as never)) throw new CtlError(`error parsing ${source} (document ${i + 1}): the document is not an object`);
    const json = value as JsonObject;
    const duplicates = duplicatePaths(doc.contents as YamlNode);
    if (typeof json['kind'] === 'string' && /List$/.test(json['kind']) && Array.isArray(json['items'])) {
      for (const item of json['items']) if (isJsonObject(item)) out.push({ source, index: i + 1, json: item, duplicates: [] });
      return;
    }
    out.push({ source, index: i + 1, json, duplicates });
  });
  return out;
}

/** Reads every `-f` source; `-` reads stdin once. */
export async function readManifests(sources: readonly string[], recursive: boolean, readStdin: () => Promise<string>, verb: string): Promise<ManifestDocument[]> {
  const out: ManifestDocument[] = [];
  for (const s of sources) {
    if (s === '-') {
      out.push(...parseManifest(await readStdin(), 'STDIN'));
      continue;
    }
    if (/^https?:\/\//.test(s)) throw new CtlError(`reading manifests from URLs is not supported: ${s}`);
    for (const f of filesOf(s, recursive, true)) out.push(...parseManifest(readFileSync(f, 'utf8'), f));
  }
  if (out.length === 0) throw new CtlError(`no objects passed to ${verb}`);
  return out;
}
