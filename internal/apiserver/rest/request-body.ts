/**
 * Request bodies: read under Kubernetes' 3 MiB limit (413 past it, before or while reading), then
 * parsed as JSON or YAML with the duplicate keys found on the way, so `fieldValidation` can report
 * them (a Kubernetes protobuf body is decoded by the codec). A malformed body is a 400 Status, never
 * a crash. Malformed JSON is reported as Kubernetes reports it (its transformDecodeError over the
 * JSON serializer's `couldn't get version/kind`), with the syntax error Go's encoding/json gives,
 * since clients and people match on those words rather than on V8's.
 */
import type { IncomingMessage } from 'node:http';
import { parseDocument, isMap, isSeq, isScalar, type Node as YamlNode } from 'yaml';
import { findDuplicateKeys, newBadRequest, newRequestEntityTooLarge, type StatusError } from '../../api/index.js';
import { goJSONSyntaxError } from '../../api/validation/index.js';
import type { BodyFormat } from './content-negotiation.js';

/** A parsed body and the paths of keys it gave twice. */
export interface ParsedBody {
  readonly value: unknown;
  readonly duplicates: readonly string[];
}

/** Reads the whole body, refusing one larger than `limit` bytes with 413. */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooLarge(limit);
    chunks.push(chunk);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}

function tooLarge(limit: number): Error {
  return newRequestEntityTooLarge(`limit is ${limit}`);
}

/** Parses a body as JSON or YAML (Kubernetes' protobuf bodies go to the codec instead); `kind` is the Kind it must be. */
export function parseBody(bytes: Buffer, format: Exclude<BodyFormat, 'protobuf'>, kind: string): ParsedBody {
  const text = bytes.toString('utf8');
  if (format === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      throw unrecognizedJSON(bytes, kind, goJSONSyntaxError(bytes) ?? (err as Error).message);
    }
    return { value, duplicates: findDuplicateKeys(text) };
  }
  if (text.trim() === '') throw newBadRequest('the request body is empty');
  const doc = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length > 0) throw newBadRequest(`the request body is not valid YAML: ${doc.errors[0]!.message}`);
  const duplicates: string[] = [];
  collectYamlDuplicates(doc.contents, '', duplicates);
  return { value: doc.toJS() as unknown, duplicates };
}

/** Kubernetes' 400 for a body its JSON serializer cannot read: the Kind expected, Go's error, the body's start. */
function unrecognizedJSON(bytes: Buffer, kind: string, syntaxError: string): StatusError {
  return newBadRequest(
    `the object provided is unrecognized (must be of type ${kind}): couldn't get version/kind; json parse error: ${syntaxError} (${summarizeBody(bytes)})`,
  );
}

/** How much of a body Kubernetes quotes in a decode error. */
const SUMMARY_BYTES = 30;

/** The body as Kubernetes quotes it: its first 30 bytes, as text when it opens an object, else in hex. */
export function summarizeBody(bytes: Buffer): string {
  if (bytes.length === 0) return '<empty>';
  const head = bytes.subarray(0, SUMMARY_BYTES);
  const more = bytes.length > SUMMARY_BYTES ? ' ...' : '';
  return (bytes[0] === 0x7b ? head.toString('utf8') : head.toString('hex')) + more;
}

function collectYamlDuplicates(node: YamlNode | null | undefined | unknown, path: string, out: string[]): void {
  if (isMap(node)) {
    const seen = new Set<string>();
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const child = path === '' ? key : `${path}.${key}`;
      if (seen.has(key)) out.push(child);
      seen.add(key);
      collectYamlDuplicates(pair.value, child, out);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => collectYamlDuplicates(item, `${path}[${i}]`, out));
  }
}
