/**
 * The stored checksum a read returns with x-amz-checksum-mode: ENABLED: the whole object's for a
 * whole read, a part's for a partNumber read of an upload with checksums, none for a byte range
 * (it would not verify the range). GetObjectAttributes' Checksum attribute reads the same. S3's own CRC64NVME, stored pending, is computed here the first
 * time it is read (integrity/default-checksum.ts) and kept: from the answer's plaintext for a
 * GET, from the stored segments for a HEAD.
 */
import { chunksOf, type ObjectData } from '../../crypto/chunked-bytes.ts';
import { err, ok, type Result } from '../../result.ts';
import type { ObjectVersion, StoredChecksum } from '../../world/types.ts';
import type { S3Failure } from '../failure.ts';
import { checksumModeEnabled } from '../integrity/checksum-mode.ts';
import { checksumHeader, checksumResponseHeaders } from '../integrity/checksum-value.ts';
import { defaultChecksum, isPending } from '../integrity/default-checksum.ts';
import { cancelledRead, type Exchange } from '../pipeline/exchange.ts';
import type { RangeRead } from './byte-range.ts';
import { keysFor, openParts } from './object-bytes.ts';

export interface ChecksumRead {
  version: ObjectVersion;
  bucket: string;
  partIndex: number | undefined;
  range: RangeRead;
}

/**
 * The checksum headers of this read (none without checksum mode). `opened` is the read's data
 * keys when it opened them; `plaintext` is the whole object when a GET decrypted it.
 */
export async function readChecksumHeaders(
  x: Exchange,
  read: ChecksumRead,
  opened?: CryptoKey[],
  plaintext?: ObjectData,
): Promise<Result<Record<string, string>, S3Failure>> {
  const { version, partIndex, range } = read;
  if (!checksumModeEnabled(x.headers) || range.kind === 'range') return ok({});
  if (partIndex !== undefined) {
    const part = version.partChecksums?.[partIndex];
    return ok(part ? { [checksumHeader(part.algorithm)]: part.value } : {});
  }
  const stored = await storedChecksumOf(x, read, opened, plaintext);
  return stored.ok ? ok(checksumResponseHeaders(stored.value)) : stored;
}

/**
 * The whole object's stored checksum, as a checksum read and GetObjectAttributes' Checksum
 * attribute return it (none for an object without one); a pending default is computed and kept.
 */
export async function storedChecksumOf(
  x: Exchange,
  read: Pick<ChecksumRead, 'version' | 'bucket'>,
  opened?: CryptoKey[],
  plaintext?: ObjectData,
): Promise<Result<StoredChecksum | undefined, S3Failure>> {
  const stored = read.version.checksum;
  if (!stored || !isPending(stored)) return ok(stored);
  const computed = await computeDefault(x, read, opened, plaintext);
  if (computed.ok) read.version.checksum = computed.value;
  return computed;
}

async function computeDefault(
  x: Exchange,
  { version, bucket }: Pick<ChecksumRead, 'version' | 'bucket'>,
  opened: CryptoKey[] | undefined,
  plaintext: ObjectData | undefined,
): Promise<Result<StoredChecksum, S3Failure>> {
  const checksum = defaultChecksum();
  if (plaintext) {
    for (const chunk of chunksOf(plaintext)) checksum.update(chunk);
    return ok(checksum.stored());
  }
  // A HEAD or GetObjectAttributes: S3's root key (SSE-S3) needs no KMS call; a KMS object's keys
  // were opened in the KMS stage (reading the checksum needs kms:Decrypt), and SSE-C's by the
  // request's customer key.
  const keys = opened
    ? ok(opened)
    : await keysFor(x, { bucket, key: version.key }, version.keyMaterial!, x.sourceKeys, x.customerKey);
  if (!keys.ok) return keys;
  // The caller's progress line and Cancel follow a large HEAD's reading as they follow a GET's.
  const following = {
    ...(x.onBytes ? { onBytes: x.onBytes } : {}),
    ...(x.signal ? { signal: x.signal } : {}),
  };
  const read = await openParts(keys.value, version, bucket, following, checksum.update);
  if (!read.ok) return read;
  // A stopped reading has checksummed only part of the object: nothing is kept.
  return read.value === 'stopped' ? err(cancelledRead(x)) : ok(checksum.stored());
}
