/**
 * The object bytes under one AES-256-GCM layer per data key (DSSE-KMS: two), in segments of at
 * most 1 MiB of plaintext, so a large object never needs more than one segment of working memory
 * besides its own bytes. Each segment and layer has its own random 12-byte IV; tags are split off
 * so the objects panel shows them apart. Each segment's additional data names its place (bucket,
 * key, version or upload id, part number, index, count): see SegmentPlace.
 */
import { aesGcmDecrypt, aesGcmEncrypt, GCM_IV_BYTES } from '../crypto/aes-gcm.ts';
import { type Bytes, utf8 } from '../crypto/bytes.ts';
import type { EngineDeps } from '../deps.ts';
import { err, ok, type Result } from '../result.ts';
import type { ModeError, SegmentPlace, StoredCiphertext } from './types.ts';

export const SEGMENT_BYTES = 1024 * 1024;

export const TAMPERED_MESSAGE =
  'The stored object failed AES-GCM authentication: its bytes, IV or tag were changed or moved, or the key is not the one that encrypted it.';

export const tamperedError = (): ModeError => ({ code: 'Tampered', message: TAMPERED_MESSAGE });
const tampered = (): Result<never, ModeError> => err(tamperedError());

/** The additional data of segment `index` of `count` at `place`: a JSON array, unambiguous. */
export function segmentAad(place: SegmentPlace, index: number, count: number): Bytes {
  return utf8(
    JSON.stringify([
      's3-playground segment v1',
      place.bucket,
      place.key,
      place.objectId,
      place.partNumber,
      index,
      count,
    ]),
  );
}

async function sealSegment(
  dataKeys: CryptoKey[],
  plaintext: Uint8Array,
  deps: EngineDeps,
  aad: Uint8Array,
): Promise<StoredCiphertext> {
  let current: Bytes | undefined;
  const layers: StoredCiphertext['layers'] = [];
  for (const key of dataKeys) {
    const sealed = await aesGcmEncrypt(key, deps.randomBytes(GCM_IV_BYTES), current ?? plaintext, aad);
    layers.push({ iv: sealed.iv, tag: sealed.tag });
    current = sealed.ciphertext;
  }
  if (!current) throw new Error('encryption needs at least one data key');
  return { ciphertext: current, layers };
}

/** What the caller hears while a part is encrypted. */
export interface SealWatch {
  /** How many plaintext bytes are encrypted, after each segment. */
  sealed?(bytes: number): void;
}

/** Encrypts one part's plaintext (read through views, never copied) into its segments. */
export async function encryptBytes(
  dataKeys: CryptoKey[],
  plaintext: Uint8Array,
  deps: EngineDeps,
  place: SegmentPlace,
  watch: SealWatch = {},
): Promise<StoredCiphertext[]> {
  const count = Math.max(1, Math.ceil(plaintext.length / SEGMENT_BYTES));
  const segments: StoredCiphertext[] = [];
  for (let i = 0; i < count; i++) {
    const view = plaintext.subarray(i * SEGMENT_BYTES, (i + 1) * SEGMENT_BYTES);
    segments.push(await sealSegment(dataKeys, view, deps, segmentAad(place, i, count)));
    watch.sealed?.(Math.min((i + 1) * SEGMENT_BYTES, plaintext.length));
  }
  return segments;
}

async function openSegment(
  dataKeys: CryptoKey[],
  segment: StoredCiphertext,
  aad: Uint8Array,
): Promise<Bytes | undefined> {
  if (dataKeys.length !== segment.layers.length) return undefined;
  let current: Bytes = segment.ciphertext;
  for (let i = dataKeys.length - 1; i >= 0; i--) {
    const layer = segment.layers[i]!;
    const opened = await aesGcmDecrypt(
      dataKeys[i]!,
      { iv: layer.iv, ciphertext: current, tag: layer.tag },
      aad,
    );
    if (!opened) return undefined;
    current = opened;
  }
  return current;
}

/**
 * Decrypts one part's segments, or, given a range, only those that hold plaintext bytes
 * [start, end) of the part, and hands each segment's plaintext (a view of WebCrypto's output) to
 * `emit`, in order, as soon as it is verified: the caller copies it where it belongs, so only one
 * decrypted segment is held at a time. `emit` returning (or resolving to) false stops the reading
 * there (a Cancel).
 */
export async function decryptBytes(
  dataKeys: CryptoKey[],
  segments: StoredCiphertext[],
  place: SegmentPlace,
  range: { start: number; end: number } | undefined,
  emit: (chunk: Bytes) => unknown,
): Promise<Result<void, ModeError>> {
  if (segments.length === 0) return tampered();
  let offset = 0;
  for (const [index, segment] of segments.entries()) {
    // GCM ciphertext is as long as its plaintext, so the stored lengths give the offsets.
    const length = segment.ciphertext.length;
    const from = range ? Math.max(range.start - offset, 0) : 0;
    const to = range ? Math.min(range.end - offset, length) : length;
    offset += length;
    if (range && from >= to) continue;
    const plain = await openSegment(dataKeys, segment, segmentAad(place, index, segments.length));
    if (!plain) return tampered();
    if ((await emit(from === 0 && to === plain.length ? plain : plain.subarray(from, to))) === false) break;
  }
  return ok(undefined);
}
