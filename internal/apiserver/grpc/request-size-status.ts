/**
 * The Kubernetes Status of a request over the size limit. grpc-js refuses a message larger than
 * the server's receive limit as soon as it reads the message's length, before a handler runs (so
 * the body is never buffered), and answers RESOURCE_EXHAUSTED with no trailer of Skiff's. This
 * interceptor wraps the status every call sends, that refusal included, and gives it the Status
 * the REST face answers with: 413 RequestEntityTooLarge, `limit is 3145728`. It replaces the
 * innermost call's `sendStatus` (a method of the interceptor interface) instead of only adding a
 * responder, since that refusal is sent by the innermost call itself and never passes a responder:
 * so it must stay the server's first interceptor (insecure credentials add none before it), and its
 * `limit` must be the server's `grpc.max_receive_message_length` (both come from MAX_REQUEST_BYTES).
 */
import { status as GrpcStatus, type ServerInterceptingCall, type ServerInterceptor, type StatusObject } from '@grpc/grpc-js';
import { newRequestEntityTooLarge, toServiceError } from '../../api/index.js';

/** grpc-js's own words for a message over the receive limit. */
const SIZE_REFUSAL = /^Received message (larger than max|that decompresses to a size larger than)/;

/** An interceptor giving grpc-js's refusal of a request over `limit` bytes its Kubernetes Status. */
export function requestSizeStatus(limit: number): ServerInterceptor {
  return (_method, call) => {
    const send = call.sendStatus.bind(call);
    call.sendStatus = (status: StatusObject) => {
      if (status.code !== GrpcStatus.RESOURCE_EXHAUSTED || !SIZE_REFUSAL.test(status.details)) return send(status);
      const { metadata } = toServiceError(newRequestEntityTooLarge(`limit is ${limit}`));
      send({ ...status, metadata: metadata! });
    };
    // grpc-js uses what an interceptor returns only through the call interface: the call itself
    // serves, where a ServerInterceptingCall around it would add a layer to every request.
    return call as ServerInterceptingCall;
  };
}
