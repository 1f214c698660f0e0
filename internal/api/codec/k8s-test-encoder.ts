/**
 * For tests: builds Kubernetes protobuf bytes by hand, field by field, the way Kubernetes' generated
 * marshallers write them (every field with its Kubernetes number; Time, Quantity and IntOrString as
 * their own messages; repeated scalars unpacked; map entries as `{key = 1; value = 2}` messages).
 */
import protobuf from 'protobufjs';
import { DecodeError } from './decode-problem.js';
import { K8S_PROTOBUF_MAGIC } from './k8s-protobuf.js';

/** One field (or several) written to a Writer. */
export type K8sPart = (w: protobuf.Writer) => void;

/** A string (or other length-delimited UTF-8) field. */
export const str = (no: number, s: string): K8sPart => (w) => void w.uint32((no << 3) | 2).string(s);

/** A bytes field. */
export const bytes = (no: number, b: Uint8Array): K8sPart => (w) => void w.uint32((no << 3) | 2).bytes(b);

/** A varint field (int32, int64, bool, written as Go writes them: negatives in ten bytes). */
export const int = (no: number, n: number | bigint): K8sPart => (w) => void w.uint32(no << 3).int64(typeof n === 'bigint' ? n.toString() : n);

/** A bool field. */
export const bool = (no: number, b: boolean): K8sPart => (w) => void w.uint32(no << 3).bool(b);

/** A fixed64 field (a double). */
export const double = (no: number, d: number): K8sPart => (w) => void w.uint32((no << 3) | 1).double(d);

/** A field holding a message. */
export const msg = (no: number, ...parts: K8sPart[]): K8sPart => (w) => {
  w.uint32((no << 3) | 2).fork();
  for (const p of parts) p(w);
  w.ldelim();
};

/** A map entry `{key = 1; value = 2}` with a string value. */
export const entry = (no: number, key: string, value: string): K8sPart => msg(no, str(1, key), str(2, value));

/** A map entry whose value is a message. */
export const entryMsg = (no: number, key: string, ...value: K8sPart[]): K8sPart => msg(no, str(1, key), msg(2, ...value));

/** metav1.Time / MicroTime `{seconds = 1; nanos = 2}`; Kubernetes writes both fields. */
export const time = (no: number, iso: string, nanos = 0): K8sPart => msg(no, int(1, Date.parse(iso) / 1000), int(2, nanos));

/** The zero metav1.Time: Kubernetes writes an empty message. */
export const zeroTime = (no: number): K8sPart => msg(no);

/** resource.Quantity `{string = 1}`. */
export const quantity = (no: number, q: string): K8sPart => msg(no, str(1, q));

/** intstr.IntOrString `{type = 1; intVal = 2; strVal = 3}`, all three written. */
export const intOrString = (no: number, v: number | string): K8sPart =>
  typeof v === 'number' ? msg(no, int(1, 0), int(2, v), str(3, '')) : msg(no, int(1, 1), int(2, 0), str(3, v));

/** The bytes of a message made of `parts`. */
export function encode(...parts: K8sPart[]): Uint8Array {
  const w = protobuf.Writer.create();
  for (const p of parts) p(w);
  return w.finish();
}

/** A whole body: the magic, then runtime.Unknown with the type and the object's bytes. */
export function k8sBody(apiVersion: string, kind: string, raw: Uint8Array, extra: K8sPart[] = []): Buffer {
  const unknown = encode(msg(1, str(1, apiVersion), str(2, kind)), bytes(2, raw), ...extra);
  return Buffer.concat([K8S_PROTOBUF_MAGIC, unknown]);
}

/** The DecodeError `fn` throws; fails when it throws nothing or something else. */
export function decodeErrorOf(fn: () => unknown): DecodeError {
  try {
    fn();
  } catch (err) {
    if (err instanceof DecodeError) return err;
    throw err;
  }
  throw new Error('expected a DecodeError');
}
