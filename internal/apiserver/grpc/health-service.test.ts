import { Client, credentials, Metadata, Server, ServerCredentials, status as GrpcStatus, type ClientReadableStream, type ServiceError } from '@grpc/grpc-js';
import { afterEach, describe, expect, it } from 'vitest';
import { serviceDefinition } from '../../api/index.js';
import { HealthService } from './health-service.js';

type Response = { status?: string };

/** A real grpc-js server on loopback serving `health`, and a real client of it. */
async function serve(health: HealthService): Promise<{ client: Client; stop(): void }> {
  const server = new Server();
  server.addService(serviceDefinition('grpc.health.v1.Health'), health.implementation());
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
  );
  const client = new Client(`127.0.0.1:${port}`, credentials.createInsecure());
  return {
    client,
    stop: () => {
      client.close();
      server.forceShutdown();
    },
  };
}

const methods = serviceDefinition('grpc.health.v1.Health');

function check(client: Client, service: string): Promise<Response> {
  const def = methods.Check!;
  return new Promise((resolve, reject) =>
    client.makeUnaryRequest(def.path, def.requestSerialize, def.responseDeserialize, { service }, new Metadata(), { deadline: Date.now() + 5_000 }, (err, value) =>
      err ? reject(err) : resolve(value as Response),
    ),
  );
}

/** An open Watch: `next()` is the next message; `ended` settles when the server ends the stream. */
interface OpenWatch {
  next(): Promise<Response>;
  readonly ended: Promise<void>;
  cancel(): void;
}

function watch(client: Client, service: string): OpenWatch {
  const def = methods.Watch!;
  const stream: ClientReadableStream<unknown> = client.makeServerStreamRequest(def.path, def.requestSerialize, def.responseDeserialize, { service }, new Metadata(), {});
  const received: Response[] = [];
  const waiting: ((r: Response) => void)[] = [];
  stream.on('data', (r: Response) => {
    const w = waiting.shift();
    if (w) w(r);
    else received.push(r);
  });
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', () => resolve());
    stream.on('error', (err: ServiceError) => (err.code === GrpcStatus.CANCELLED ? resolve() : reject(err)));
  });
  // A test that does not wait for the end must not see an unhandled rejection when it cancels.
  ended.catch(() => {});
  return {
    next: () => {
      const r = received.shift();
      if (r) return Promise.resolve(r);
      return new Promise((resolve) => waiting.push(resolve));
    },
    ended,
    cancel: () => stream.cancel(),
  };
}

describe('HealthService over a real gRPC server', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const c of cleanups.splice(0).reverse()) c();
  });

  async function start(options?: ConstructorParameters<typeof HealthService>[0]): Promise<{ health: HealthService; client: Client; watch(service: string): OpenWatch }> {
    const health = new HealthService(options);
    const { client, stop } = await serve(health);
    cleanups.push(stop, () => health.close());
    return {
      health,
      client,
      watch: (service) => {
        const w = watch(client, service);
        cleanups.push(() => w.cancel());
        return w;
      },
    };
  }

  it.each([
    ['the whole server ("")', ''],
    ['the Api service', 'skiff.api.v1.Api'],
  ])('Check answers the status of %s, NOT_SERVING until the server is up', async (_, service) => {
    const { health, client } = await start();
    expect(await check(client, service)).toEqual({ status: 'NOT_SERVING' });
    health.set('SERVING');
    expect(await check(client, service)).toEqual({ status: 'SERVING' });
  });

  it('Check answers the status of a service registered by name, independently of the server', async () => {
    const { health, client } = await start();
    health.set('SERVING');
    health.set('NOT_SERVING', 'skiff.test.Other');
    expect(await check(client, 'skiff.test.Other')).toEqual({ status: 'NOT_SERVING' });
    expect(await check(client, '')).toEqual({ status: 'SERVING' });
  });

  it('Check of a service the server does not know fails with NOT_FOUND', async () => {
    const { health, client } = await start();
    health.set('SERVING');
    await expect(check(client, 'no.such.Service')).rejects.toMatchObject({ code: GrpcStatus.NOT_FOUND, details: 'unknown service "no.such.Service"' });
  });

  it('serves exactly the services it is given', async () => {
    const { health, client } = await start({ services: ['skiff.test.Only'] });
    health.set('SERVING');
    expect(await check(client, 'skiff.test.Only')).toEqual({ status: 'SERVING' });
    await expect(check(client, 'skiff.api.v1.Api')).rejects.toMatchObject({ code: GrpcStatus.NOT_FOUND });
  });

  it('Watch of a known service sends its status at once, then every change', async () => {
    const { health, watch } = await start();
    health.set('SERVING');
    const w = watch('skiff.api.v1.Api');
    expect(await w.next()).toEqual({ status: 'SERVING' });
    health.set('NOT_SERVING');
    expect(await w.next()).toEqual({ status: 'NOT_SERVING' });
    health.set('SERVING');
    expect(await w.next()).toEqual({ status: 'SERVING' });
  });

  it('Watch of the whole server hears only changes, not a status set again', async () => {
    const { health, watch } = await start();
    const w = watch('');
    expect(await w.next()).toEqual({ status: 'NOT_SERVING' });
    health.set('NOT_SERVING');
    health.set('SERVING');
    expect(await w.next()).toEqual({ status: 'SERVING' });
  });

  it('Watch of an unknown service sends SERVICE_UNKNOWN, stays open, and sends the status once it is set', async () => {
    const { health, watch } = await start();
    health.set('SERVING');
    const w = watch('skiff.test.Later');
    expect(await w.next()).toEqual({ status: 'SERVICE_UNKNOWN' });
    health.set('NOT_SERVING');
    health.set('SERVING', 'skiff.test.Later');
    expect(await w.next()).toEqual({ status: 'SERVING' });
  });

  it('close ends every open Watch', async () => {
    const { health, watch } = await start();
    const known = watch('');
    const unknown = watch('no.such.Service');
    expect(await known.next()).toEqual({ status: 'NOT_SERVING' });
    expect(await unknown.next()).toEqual({ status: 'SERVICE_UNKNOWN' });
    health.close();
    await expect(known.ended).resolves.toBeUndefined();
    await expect(unknown.ended).resolves.toBeUndefined();
  });
});
