/**
 * Continue tokens of paginated lists, in Kubernetes' own shape: base64 of
 * `{"v":"meta.k8s.io/v1","rv":<revision>,"start":"<key after the prefix>"}`. Every page of a list
 * is read at the first page's revision.
 */
import { newBadRequest } from '../../api/index.js';

/** A decoded continue token. */
export interface ContinueToken {
  /** The revision every page is read at; -1 (Kubernetes' "inconsistent" token) reads at the latest. */
  readonly revision: number;
  /** The key (relative to the resource prefix) the next page starts at. */
  readonly start: string;
}

/** Encodes a continue token. */
export function encodeContinue(token: ContinueToken): string {
  return Buffer.from(JSON.stringify({ v: 'meta.k8s.io/v1', rv: token.revision, start: token.start })).toString('base64');
}

/** Decodes a continue token; a malformed one is a 400 as in Kubernetes. */
export function decodeContinue(text: string): ContinueToken {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64').toString('utf8'));
  } catch {
    throw newBadRequest(`continue key is not valid: ${text}`);
  }
  const p = parsed as { v?: unknown; rv?: unknown; start?: unknown };
  if (p.v !== 'meta.k8s.io/v1') throw newBadRequest('continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)');
  if (typeof p.rv !== 'number' || !Number.isInteger(p.rv) || p.rv === 0 || p.rv < -1) {
    throw newBadRequest('continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)');
  }
  if (typeof p.start !== 'string' || p.start.startsWith('/') || p.start.includes('..')) {
    throw newBadRequest('continue key is not valid: encoded start key is invalid');
  }
  return { revision: p.rv, start: p.start };
}
