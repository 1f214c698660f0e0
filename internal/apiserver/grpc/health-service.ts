/**
 * The standard gRPC health service (grpc.health.v1.Health): SERVING while the API server is up,
 * NOT_SERVING once it starts shutting down. `Watch` streams every change.
 */
import type { ServerUnaryCall, ServerWritableStream, sendUnaryData, UntypedServiceImplementation } from '@grpc/grpc-js';

/** The serving states of grpc.health.v1. */
export type ServingStatus = 'SERVING' | 'NOT_SERVING' | 'SERVICE_UNKNOWN';

/** Holds the serving state and implements the Health service over it. */
export class HealthService {
  private status: ServingStatus = 'NOT_SERVING';
  private readonly watchers = new Set<ServerWritableStream<unknown, unknown>>();

  /** Sets the state and tells every watcher. */
  set(status: ServingStatus): void {
    this.status = status;
    for (const w of this.watchers) w.write({ status });
  }

  /** Ends every Watch stream. */
  close(): void {
    for (const w of this.watchers) w.end();
    this.watchers.clear();
  }

  private statusFor(service: string | undefined): ServingStatus {
    return !service || service === 'skiff.api.v1.Api' ? this.status : 'SERVICE_UNKNOWN';
  }

  /** The handlers. */
  implementation(): UntypedServiceImplementation {
    return {
      Check: (call: ServerUnaryCall<{ service?: string }, unknown>, callback: sendUnaryData<unknown>) => {
        callback(null, { status: this.statusFor(call.request.service) });
      },
      Watch: (call: ServerWritableStream<{ service?: string }, unknown>) => {
        call.write({ status: this.statusFor(call.request.service) });
        this.watchers.add(call);
        call.on('cancelled', () => this.watchers.delete(call));
        call.on('close', () => this.watchers.delete(call));
      },
    };
  }
}
