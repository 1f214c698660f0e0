/**
 * Helpers for specifications that hold on both faces: a registry with Skiff's strategies, served
 * over REST by a real HTTP server and over gRPC by the Api service's handlers, called in process.
 */
import type { ServiceError } from '@grpc/grpc-js';
import { afterEach } from 'vitest';
import { apiTypes, encodeProto, fromServiceError, type Status } from '../../api/index.js';
import { apiService, InflightLimiter } from '../grpc/index.js';
import { startRegistry, type RegistryFixture } from '../registry/registry-test-helpers.js';
import { DEFAULT_STRATEGIES } from '../registry/strategies/index.js';
import { RestServer } from './rest-server.js';

/** What a REST request was answered with. */
export interface RestAnswer {
  readonly code: number;
  readonly body: Record<string, unknown>;
}

/** A registry and its two faces. */
export interface Faces {
  readonly f: RegistryFixture;
  /** The REST face's URL, for requests `rest` does not shape. */
  readonly base: string;
  /** Sends a REST request (a body as JSON unless `contentType` says otherwise). */
  rest(method: string, path: string, body?: string, contentType?: string): Promise<RestAnswer>;
  /** Calls a unary method of the gRPC face: the Status it fails with, or undefined when it succeeds. */
  grpc(method: string, request: Record<string, unknown>): Promise<Status | undefined>;
}

type Handler = (call: unknown, callback: (err: ServiceError | null) => void) => void;

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
    stop = async () => {
      await server.stop();
      await f.dispose();
    };
    return {
      f,
      base,
      async rest(method, path, body, contentType = 'application/json') {
        const res = await fetch(base + path, { method, body, headers: body === undefined ? {} : { 'Content-Type': contentType } });
        return { code: res.status, body: (await res.json()) as Record<string, unknown> };
      },
      grpc(method, request) {
        const handler = service[method] as Handler;
        const call = { request: encodeProto(apiTypes.message(`${method === 'UpdateStatus' ? 'Update' : method}Request`), request) };
        return new Promise((resolve) => handler(call, (err) => resolve(err ? fromServiceError(err).status : undefined)));
      },
    };
  };
}
