/**
 * Object data kept as the pieces it was made in. A GetObject of many segments answers with each
 * segment's plaintext as WebCrypto returned it, instead of copying the segments into one buffer of
 * the object's size. Why: WebCrypto hands back a new buffer per segment, and V8 frees a buffer
 * only at its next collection, so copying held the answer, every stored segment and up to about
 * 30 MiB of copied-from segments at once (peakRssMiB64 of 160 for a 64 MiB object, issue 10).
 * Data of one piece stays a plain Uint8Array; only many pieces take this shape.
 */
import type { Bytes } from './bytes.ts';

export interface ChunkedBytes {
  readonly kind: 'chunked-bytes';
  /** The data in order; each is a view, possibly of part of a larger buffer. */
  readonly chunks: readonly Bytes[];
  /** The sum of the chunks' lengths. */
  readonly length: number;
}

/** Object data: one buffer, or many pieces. */
export type ObjectData = Uint8Array | ChunkedBytes;

export function isChunkedBytes(value: unknown): value is ChunkedBytes {
  if (typeof value !== 'object' || value === null || !('kind' in value) || !('chunks' in value)) return false;
  return value.kind === 'chunked-bytes' && Array.isArray(value.chunks);
}

/** Whether a response body is object data rather than the JSON of a bucket, KMS or attribute read. */
export const isObjectData = (value: unknown): value is ObjectData =>
  value instanceof Uint8Array || isChunkedBytes(value);

/** The chunks as object data: none is an empty buffer, one is itself, more are kept as they are. */
export function fromChunks(chunks: Bytes[]): Bytes | ChunkedBytes {
  if (chunks.length === 0) return new Uint8Array(0);
  if (chunks.length === 1) return chunks[0]!;
  return { kind: 'chunked-bytes', chunks, length: chunks.reduce((n, chunk) => n + chunk.length, 0) };
}

/** The pieces of object data, in order (one buffer is one piece). */
export const chunksOf = (data: ObjectData): readonly Uint8Array[] =>
  data instanceof Uint8Array ? [data] : data.chunks;

/**
 * The first `limit` bytes (all of them by default) in one buffer: the data itself when it is one
 * piece and wholly wanted, otherwise a copy of only the wanted bytes.
 */
export function leadingBytes(data: ObjectData, limit = Number.POSITIVE_INFINITY): Uint8Array {
  const length = Math.min(data.length, limit);
  if (data instanceof Uint8Array) return length === data.length ? data : data.subarray(0, length);
  const first = data.chunks[0];
  if (first && first.length >= length) return first.subarray(0, length);
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of data.chunks) {
    if (offset >= length) break;
    const piece = chunk.subarray(0, length - offset);
    out.set(piece, offset);
    offset += piece.length;
  }
  return out;
}

/** All of the data in a new buffer of its own (to keep it while the original moves elsewhere). */
export function copyOfData(data: ObjectData): Bytes {
  const out = new Uint8Array(data.length);
  let offset = 0;
  for (const chunk of chunksOf(data)) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
