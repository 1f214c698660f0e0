/**
 * RestServer: Kubernetes' REST API over plain `node:http`, the second thin face of the API server
 * beside gRPC. It routes non-resource paths (`/version`, health, discovery, OpenAPI) and hands
 * resource paths to the ResourceHandler; it shares the server's in-flight limiter with the gRPC
 * face (watches not counted) and answers every failure as a Kubernetes Status.
 *
 * Lifecycle: `start()` binds and returns the bound address; `stop()` stops accepting, ends every
 * watch, lets in-flight requests finish (closing idle keep-alive connections at once) and cuts off
 * what is left after a grace period.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { newServiceUnavailable, StatusError, type Status } from '../../api/index.js';
import { formatListenAddress, Logger, parseListenAddress } from '../../cli/index.js';
import { realClock, type Clock } from '../../clock/index.js';
import type { CacheWatcher } from '../cacher/index.js';
import type { InflightLimiter } from '../grpc/inflight-limiter.js';
import type { Registry } from '../registry/registry.js';
import { versionInfo } from '../version.js';
import { negotiate } from './content-negotiation.js';
import { aggregatedDiscovery, apiGroupDocument, apiGroupList, apiResourceList, apiVersions } from './discovery.js';
import { isOpenAPIPath, serveOpenAPI } from './openapi.js';
import { isMutating, requestInfo } from './request-info.js';
import { ResourceHandler } from './rest-handler.js';
import { writeError } from './status-response.js';

/** Kubernetes' request body limit. */
export const DEFAULT_MAX_BODY_BYTES = 3 * 1024 * 1024;

/** How long stop() waits for in-flight requests before cutting connections. */
const STOP_GRACE_MS = 5_000;

/** What the REST face is built from. */
export interface RestServerOptions {
  readonly registry: Registry;
  /** The server's in-flight limiter, shared with the gRPC face. */
  readonly limiter: InflightLimiter;
  /** `HOST:PORT`; port 0 picks a free one. */
  readonly listen: string;
  readonly maxBodyBytes?: number;
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** True once the server is ready to serve (for `/readyz`). */
  readonly isReady?: () => boolean;
}

/** The REST face of a running API server. */
export class RestServer {
  private server: Server | undefined;
  private readonly watchers = new Set<CacheWatcher>();
  private readonly sockets = new Set<Socket>();
  private readonly handler: ResourceHandler;
  private readonly logger: Logger;
  private stopping = false;
  /** The bound address (`127.0.0.1:41235`), once started. */
  address = '';

  constructor(private readonly options: RestServerOptions) {
    const clock = options.clock ?? realClock;
    this.logger = options.logger ?? Logger.discard();
    this.handler = new ResourceHandler({
      registry: options.registry,
      maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      now: () => clock.now(),
      track: (w) => {
        this.watchers.add(w);
        return () => this.watchers.delete(w);
      },
    });
  }

  /** Binds the listener; resolves with the bound `HOST:PORT`. */
  async start(): Promise<string> {
    const parsed = parseListenAddress(this.options.listen);
    if (!parsed.ok) throw new Error(`--http-listen: ${parsed.error}`);
    const server = createServer({ keepAliveTimeout: 65_000 }, (req, res) => void this.serve(req, res));
    server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(parsed.address.port, parsed.address.host.replace(/^\[|\]$/g, ''), () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    const port = (server.address() as AddressInfo).port;
    this.address = formatListenAddress({ host: parsed.address.host, port });
    return this.address;
  }

  /** Stops accepting, ends watches, lets in-flight requests finish, then closes every connection. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    this.stopping = true;
    if (!server) return;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const w of this.watchers) w.close('ShuttingDown');
    server.closeIdleConnections();
    const force = setTimeout(() => server.closeAllConnections(), STOP_GRACE_MS);
    await closed;
    clearTimeout(force);
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Keep-alive connections end after the response in flight once the server stops.
    if (this.stopping) res.shouldKeepAlive = false;
    const url = new URL(req.url ?? '/', 'http://localhost');
    // The request's warning recorder: a failure is answered with what was recorded before it.
    const warnings: string[] = [];
    try {
      const info = requestInfo(req.method ?? 'GET', url.pathname, url.searchParams);
      if (!info.isResourceRequest) {
        await this.options.limiter.run(false, async () => this.serveNonResource(req, res, url.pathname));
        return;
      }
      if (info.verb === 'watch') {
        await this.handler.handle(req, res, info, url.searchParams, warnings);
        return;
      }
      await this.options.limiter.run(isMutating(info.verb), async () => this.handler.handle(req, res, info, url.searchParams, warnings));
    } catch (err) {
      const se = writeError(res, err, warnings);
      // A body refused before it was read leaves bytes on the connection: close it after the answer.
      if (se.code === 413) res.on('finish', () => req.socket.destroy());
      if (se.code >= 500) this.logger.error('request failed', { method: req.method, path: url.pathname, err: se.message });
      else this.logger.v(2).info('request failed', { method: req.method, path: url.pathname, reason: se.reason, message: se.message });
    }
  }

  private serveNonResource(req: IncomingMessage, res: ServerResponse, path: string): void {
    const p = path.length > 1 ? path.replace(/\/+$/, '') : path;
    if (req.method !== 'GET' && req.method !== 'HEAD') throw notFound(p);
    if (p === '/healthz' || p === '/livez' || p === '/readyz' || p.startsWith('/healthz/') || p.startsWith('/livez/') || p.startsWith('/readyz/')) {
      const ok = !this.stopping && (p.startsWith('/livez') || (this.options.isReady?.() ?? true));
      if (!ok) throw newServiceUnavailable('the API server is not ready');
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
      res.end('ok');
      return;
    }
    if (isOpenAPIPath(p)) return serveOpenAPI(req, res, p);
    if (p === '/version') return json(res, versionInfo());
    if (p === '/api' || p === '/apis') {
      const output = negotiate(req.headers.accept, { aggregatedDiscovery: true });
      if (output.kind === 'aggregated-discovery') return json(res, aggregatedDiscovery(p === '/api'), output.contentType);
      return json(res, p === '/api' ? apiVersions(this.address) : apiGroupList());
    }
    const parts = p.split('/').filter((s) => s !== '');
    let doc: Record<string, unknown> | undefined;
    if (parts[0] === 'api' && parts.length === 2) doc = apiResourceList('', parts[1]!);
    else if (parts[0] === 'apis' && parts.length === 2) doc = apiGroupDocument(parts[1]!);
    else if (parts[0] === 'apis' && parts.length === 3) doc = apiResourceList(parts[1]!, parts[2]!);
    else if (p === '/') doc = { paths: ['/api', '/api/v1', '/apis', '/healthz', '/livez', '/openapi/v2', '/openapi/v3', '/readyz', '/version'] };
    if (!doc) throw notFound(p);
    return json(res, doc);
  }
}

function notFound(path: string): StatusError {
  return new StatusError({ code: 404, reason: 'NotFound', message: `the server could not find the requested resource (${path})`, details: { causes: [{ reason: 'UnexpectedServerResponse', message: '404 page not found' }] } } as Status);
}

function json(res: ServerResponse, value: unknown, contentType = 'application/json'): void {
  const body = JSON.stringify(value);
  res.writeHead(200, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-cache, private' });
  res.end(body);
}

