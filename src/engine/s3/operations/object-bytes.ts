/**
 * Opening stored key material that needs no KMS (SSE-S3 unwraps with S3's root key, SSE-C checks
 * the salted HMAC first) and turning segments into bytes and back.
 */
import { bufferView } from '../../crypto/aes-gcm.ts';
import { type ChunkedBytes, fromChunks } from '../../crypto/chunked-bytes.ts';
import { decryptBytes, encryptBytes, tamperedError } from '../../modes/index.ts';
import type { SegmentPlace, StoredKeyMaterial } from '../../modes/types.ts';
import { err, ok, type Result } from '../../result.ts';
import type { ObjectVersion } from '../../world/types.ts';
import type { CustomerKey } from '../customer-key.ts';
import type { S3Failure } from '../failure.ts';
import { modeFailure } from '../kms-failure.ts';
import { createKeys, openKeys, usesKms } from '../object-keys.ts';
import { type Exchange, letQueuedEventsRun, type WritePlan } from '../pipeline/exchange.ts';

/** Keys the KMS stage already opened, or the local opening for SSE-S3 and SSE-C. */
export async function keysFor(
  x: Exchange,
  where: { bucket: string; key: string },
  stored: StoredKeyMaterial,
  opened: CryptoKey[] | undefined,
  customer?: CustomerKey,
): Promise<Result<CryptoKey[], S3Failure>> {
  if (opened) return ok(opened);
  if (usesKms(stored)) throw new Error('KMS keys are opened in the KMS stage');
  return openKeys(x, where, stored, customer?.key);
}

/** The new object key: from the KMS stage, or made here for SSE-S3 and SSE-C. */
export async function newKeyFor(
  x: Exchange,
  where: { bucket: string; key: string },
  plan: WritePlan,
): Promise<Result<{ stored: StoredKeyMaterial; dataKeys: CryptoKey[] }, S3Failure>> {
  if (x.newKey) return ok(x.newKey);
  if (plan.mode === 'SSE-S3') return createKeys(x, where, { mode: 'SSE-S3' });
  if (plan.mode === 'SSE-C') {
    return createKeys(x, where, {
      mode: 'SSE-C',
      customerKey: plan.customer.key,
      keyMd5: plan.customer.keyMd5,
    });
  }
  throw new Error('KMS keys are created in the KMS stage');
}

/** Where a version's segments belong: its upload id if it was completed from one, else its version id. */
export const placeOf = (bucket: string, version: Pick<ObjectVersion, 'key' | 'versionId' | 'uploadId'>) => ({
  bucket,
  key: version.key,
  objectId: version.uploadId ?? version.versionId,
});

/** How much a read with a Cancel decrypts between two looks at it (see openParts). */
const YIELD_BYTES = 4 * 1024 * 1024;

/** What a read needs of a version. */
type Readable = Pick<ObjectVersion, 'key' | 'versionId' | 'uploadId' | 'parts' | 'partNumbers'>;

/** What a read of a version's plaintext asks for. */
export interface PartsRead {
  /** One part's index instead of all parts. */
  only?: number;
  range?: { start: number; end: number };
  /** The caller's progress line (Exchange.onBytes): plaintext bytes decrypted so far, of all. */
  onBytes?: (done: number, total: number) => void;
  /** The caller's Cancel (Exchange.signal): the reading stops after the segment in hand. */
  signal?: AbortSignal;
}

/** Whether every wanted segment was read, or a Cancel stopped the reading. */
export type PartsReading = 'read' | 'stopped';

/**
 * The plaintext of a version's parts (all, or `only` one part's index), or of bytes [start, end)
 * of what is read, decrypted segment by segment; segments outside the range are not touched. Part
 * i is opened as part `partNumbers[i]`, the number S3 recorded. Each verified segment goes to
 * `emit` in order, as a view of WebCrypto's output.
 */
export async function openParts(
  keys: CryptoKey[],
  version: Readable,
  bucket: string,
  read: PartsRead,
  /** Each segment's plaintext, with the size of the whole read. */
  emit: (chunk: Uint8Array<ArrayBuffer>, total: number) => void,
): Promise<Result<PartsReading, S3Failure>> {
  if (version.parts.length !== version.partNumbers.length) return err(modeFailure(tamperedError()));
  const place = placeOf(bucket, version);
  const indexes = read.only === undefined ? version.parts.map((_, i) => i) : [read.only];
  const total = wantedBytes(version, indexes, read.range);
  let told = 0;
  let yieldedAt = 0;
  const tell = async (chunk: Uint8Array<ArrayBuffer>) => {
    told += chunk.length;
    read.onBytes?.(told, total);
    emit(chunk, total);
    if (!read.signal) return true;
    // WebCrypto's answers ran before a Cancel queued in the worker, so one sent during a read was
    // heard only after it: the Cancel is let in every 4 MiB (each time costs a millisecond or two
    // in Chromium, which every segment made 30 % of a GET).
    if (told - yieldedAt >= YIELD_BYTES || told === total) {
      yieldedAt = told;
      await letQueuedEventsRun();
    }
    return !read.signal.aborted;
  };
  let offset = 0;
  for (const index of indexes) {
    const segments = version.parts[index] ?? [];
    const size = segments.reduce((n, segment) => n + segment.ciphertext.length, 0);
    const range = read.range;
    const within = range && { start: range.start - offset, end: range.end - offset };
    offset += size;
    if (within && (within.end <= 0 || within.start >= size)) continue;
    const partNumber = version.partNumbers[index] ?? 0;
    const plain = await decryptBytes(keys, segments, { ...place, partNumber }, within, tell);
    if (!plain.ok) return err(modeFailure(plain.error));
    if (read.signal?.aborted) return ok('stopped');
  }
  return ok('read');
}

/**
 * The plaintext as GetObject answers it: the decrypted segments as they came, not copied into one
 * buffer (crypto/chunked-bytes.ts says why); one segment is just its bytes.
 */
export async function readParts(
  keys: CryptoKey[],
  version: Readable,
  bucket: string,
  read: PartsRead = {},
): Promise<Result<Uint8Array<ArrayBuffer> | ChunkedBytes | 'stopped', S3Failure>> {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  const opened = await openParts(keys, version, bucket, read, (chunk) => chunks.push(chunk));
  if (!opened.ok) return opened;
  return ok(opened.value === 'stopped' ? 'stopped' : fromChunks(chunks));
}

/**
 * The plaintext in one buffer, for a copy or a re-encryption that reads it as a whole: one
 * segment comes back as the decrypted bytes themselves; more are copied, one at a time as each is
 * verified, into one buffer of the final size.
 */
export async function decryptParts(
  keys: CryptoKey[],
  version: Readable,
  bucket: string,
  read: PartsRead = {},
): Promise<Result<Uint8Array<ArrayBuffer>, S3Failure>> {
  const out = new PlaintextBuffer();
  // No signal reaches here: a copy or re-encryption is cancelled before it stores (put-object.ts).
  const opened = await openParts(keys, version, bucket, read, out.emit);
  return opened.ok ? ok(out.bytes()) : opened;
}

/** How many plaintext bytes a read of these parts (and range) returns: GCM keeps lengths. */
function wantedBytes(
  version: Pick<ObjectVersion, 'parts'>,
  indexes: number[],
  range: { start: number; end: number } | undefined,
): number {
  let offset = 0;
  let wanted = 0;
  for (const index of indexes) {
    const size = (version.parts[index] ?? []).reduce((n, segment) => n + segment.ciphertext.length, 0);
    const from = range ? Math.max(range.start, offset) : offset;
    const to = range ? Math.min(range.end, offset + size) : offset + size;
    wanted += Math.max(0, to - from);
    offset += size;
  }
  return wanted;
}

/**
 * Collects decrypted chunks: the first is kept as it is (a one-segment read copies nothing); from
 * the second on, all go into one buffer of the final size.
 */
class PlaintextBuffer {
  private first: Uint8Array<ArrayBuffer> | undefined;
  private joined: Uint8Array<ArrayBuffer> | undefined;
  private written = 0;

  readonly emit = (chunk: Uint8Array<ArrayBuffer>, size: number): void => {
    if (!this.joined && !this.first) {
      this.first = chunk;
      return;
    }
    if (!this.joined) {
      this.joined = new Uint8Array(size);
      this.append(this.first!);
      this.first = undefined;
    }
    this.append(chunk);
  };

  bytes(): Uint8Array<ArrayBuffer> {
    return this.joined ?? this.first ?? new Uint8Array(0);
  }

  private append(chunk: Uint8Array<ArrayBuffer>): void {
    this.joined!.set(chunk, this.written);
    this.written += chunk.length;
  }
}

/** One part's segments: the plaintext read through views, under the given data keys and place. */
export const encryptPart = (x: Exchange, keys: CryptoKey[], plaintext: Uint8Array, place: SegmentPlace) =>
  encryptBytes(
    keys,
    plaintext,
    x.world.deps,
    place,
    x.onBytes ? { sealed: (done: number) => x.onBytes?.(done, plaintext.length) } : {},
  );

/** The bytes a write carries (normalised requests hold bytes for object writes): the same view, no copy. */
export function requestBytes(x: Exchange): Uint8Array<ArrayBuffer> {
  const body = x.request.body;
  return body instanceof Uint8Array ? bufferView(body) : new Uint8Array(0);
}
