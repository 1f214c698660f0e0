/**
 * Helpers for specifications that hold on both faces: a registry with Skiff's strategies, served
 * over REST by a real HTTP server and over gRPC by the Api service's handlers, called in process.
 */
import type { Metadata, ServiceError } from '@grpc/grpc-js';
import { afterEach } from 'vitest';
import { apiTypes, decodeProto, encodeProto, fromServiceError, WARNINGS_TRAILER, type Status } from '../../api/index.js';
import { apiService, InflightLimiter } from '../grpc/index.js';
import { startRegistry, type RegistryFixture } from '../registry/registry-test-helpers.js';
import { DEFAULT_STRATEGIES } from '../registry/strategies/index.js';
import { RestServer } from './rest-server.js';

/** What a REST request was answered with. */
export interface RestAnswer {
  readonly code: number;
  readonly body: Record<string, unknown>;
}

/** What a REST request was answered with, its warnings included. */
export interface WarnedRestAnswer extends RestAnswer {
  /** The texts of the `Warning` headers, unquoted, in order. */
  readonly warnings: readonly string[];
}

/** What a gRPC call was answered with: the Status it failed with, if it did, and the warnings trailer's texts. */
export interface GrpcAnswer {
  readonly status?: Status;
  readonly warnings: readonly string[];
}

/** A registry and its two faces. */
export interface Faces {
  readonly f: RegistryFixture;
  /** The REST face's URL, for requests `rest` does not shape. */
  readonly base: string;
  /** Sends a REST request (a body as JSON unless `contentType` says otherwise). */
  rest(method: string, path: string, body?: string, contentType?: string): Promise<RestAnswer>;
  /** Sends a REST request as `rest` does, answering with its warnings too. */
  restCall(method: string, path: string, body?: string, contentType?: string): Promise<WarnedRestAnswer>;
  /** Calls a unary method of the gRPC face: the Status it fails with, or undefined when it succeeds. */
  grpc(method: string, request: Record<string, unknown>): Promise<Status | undefined>;
  /** Calls a unary method of the gRPC face, answering with its warnings too. */
  grpcCall(method: string, request: Record<string, unknown>): Promise<GrpcAnswer>;
}

type Handler = (call: unknown, callback: (err: ServiceError | null, value?: unknown, trailer?: Metadata) => void) => void;

/** The texts of `Warning` header values (`299 - "text"`, joined by commas when repeated). */
function warningTexts(header: string | null): string[] {
  return [...(header ?? '').matchAll(/299 - "((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1'));
}

/** The texts a warnings trailer carries. */
function trailerWarnings(trailer: Metadata | undefined): string[] {
  const raw = trailer?.get(WARNINGS_TRAILER)[0];
  if (!Buffer.isBuffer(raw)) return [];
  return (decodeProto(apiTypes.message('Warnings'), raw) as { messages?: string[] }).messages ?? [];
}

/** For a test file whose tests each need both faces: returns `start`; what it starts is stopped after each test. */
export function useFaces(): () => Promise<Faces> {
  let stop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await stop?.();
    stop = undefined;
  });
  return async () => {
    const f = await startRegistry({ strategies: DEFAULT_STRATEGIES });
    const limits = { maxReadOnly: 0, maxMutating: 0 };
    const server = new RestServer({ registry: f.registry, limiter: new InflightLimiter(limits), listen: '127.0.0.1:0' });
    const base = `http://${await server.start()}`;
    const service = apiService({ registry: f.registry, limits });
    const restCall = async (method: string, path: string, body?: string, contentType = 'application/json'): Promise<WarnedRestAnswer> => {
      const res = await fetch(base + path, { method, body, headers: body === undefined ? {} : { 'Content-Type': contentType } });
      return { code: res.status, body: (await res.json()) as Record<string, unknown>, warnings: warningTexts(res.headers.get('warning')) };
    };
    const grpcCall = (method: string, request: Record<string, unknown>): Promise<GrpcAnswer> => {
      const handler = service[method] as Handler;
      const call = { request: encodeProto(apiTypes.message(`${method === 'UpdateStatus' ? 'Update' : method}Request`), request) };
      return new Promise((resolve) =>
        handler(call, (err, _value, trailer) => resolve(err ? { status: fromServiceError(err).status, warnings: trailerWarnings(err.metadata) } : { warnings: trailerWarnings(trailer) })),
      );
    };
    stop = async () => {
      await server.stop();
      await f.dispose();
    };
    return {
      f,
      base,
      rest: async (method, path, body, contentType) => {
        const { code, body: answer } = await restCall(method, path, body, contentType);
        return { code, body: answer };
      },
      restCall,
      grpc: async (method, request) => (await grpcCall(method, request)).status,
      grpcCall,
    };
  };
}
