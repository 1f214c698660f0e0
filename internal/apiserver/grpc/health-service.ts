/**
 * The standard gRPC health service (grpc.health.v1.Health): SERVING while the API server is up,
 * NOT_SERVING once it starts shutting down. As the protocol asks, the server's overall status is
 * kept under "" and each registered service under its full name; `Check` of a name the server
 * does not know fails with NOT_FOUND, while `Watch` of one answers SERVICE_UNKNOWN and stays open,
 * so the watcher learns of the service if it is registered later. `Watch` streams every change.
 */
import { status as GrpcStatus, type ServerUnaryCall, type ServerWritableStream, type sendUnaryData, type UntypedServiceImplementation } from '@grpc/grpc-js';

/** The serving states of grpc.health.v1 (SERVICE_UNKNOWN only ever comes from `Watch`). */
export type ServingStatus = 'SERVING' | 'NOT_SERVING' | 'SERVICE_UNKNOWN';

/** The services the API server serves besides the overall "": the `Api` service. */
const DEFAULT_SERVICES: readonly string[] = ['skiff.api.v1.Api'];

/** Options of a HealthService. */
export interface HealthServiceOptions {
  /** The services whose status follows the server's; the default is the `Api` service. */
  readonly services?: readonly string[];
}

type Watcher = ServerWritableStream<{ service?: string }, unknown>;

/** Holds the serving state of the server and its services, and implements the Health service over it. */
export class HealthService {
  private readonly serverServices: readonly string[];
  private readonly statuses = new Map<string, Exclude<ServingStatus, 'SERVICE_UNKNOWN'>>();
  private readonly watchers = new Map<string, Set<Watcher>>();

  constructor(options: HealthServiceOptions = {}) {
    this.serverServices = options.services ?? DEFAULT_SERVICES;
    for (const service of ['', ...this.serverServices]) this.statuses.set(service, 'NOT_SERVING');
  }

  /**
   * Sets the status of `service`, registering it if it is new; without a name, sets the server's
   * (""), and every service given at construction with it. Watchers hear only of changes.
   */
  set(status: Exclude<ServingStatus, 'SERVICE_UNKNOWN'>, service?: string): void {
    for (const name of service === undefined ? ['', ...this.serverServices] : [service]) {
      if (this.statuses.get(name) === status) continue;
      this.statuses.set(name, status);
      for (const w of this.watchers.get(name) ?? []) w.write({ status });
    }
  }

  /** Ends every Watch stream. */
  close(): void {
    for (const set of this.watchers.values()) for (const w of set) w.end();
    this.watchers.clear();
  }

  private statusFor(service: string): ServingStatus {
    return this.statuses.get(service) ?? 'SERVICE_UNKNOWN';
  }

  private unwatch(service: string, call: Watcher): void {
    const set = this.watchers.get(service);
    set?.delete(call);
    if (set?.size === 0) this.watchers.delete(service);
  }

  /** The handlers. */
  implementation(): UntypedServiceImplementation {
    return {
      Check: (call: ServerUnaryCall<{ service?: string }, unknown>, callback: sendUnaryData<unknown>) => {
        const service = call.request.service ?? '';
        const status = this.statuses.get(service);
        if (status === undefined) callback({ code: GrpcStatus.NOT_FOUND, details: `unknown service "${service}"` });
        else callback(null, { status });
      },
      Watch: (call: Watcher) => {
        const service = call.request.service ?? '';
        call.write({ status: this.statusFor(service) });
        let set = this.watchers.get(service);
        if (!set) this.watchers.set(service, (set = new Set()));
        set.add(call);
        call.on('cancelled', () => this.unwatch(service, call));
        call.on('close', () => this.unwatch(service, call));
      },
    };
  }
}
