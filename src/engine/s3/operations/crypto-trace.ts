/**
 * The crypto stage's data, so a view can draw data key → wrapped key → ciphertext from the trace
 * alone: where the data key came from, what S3 stored to recover it (first bytes and length, the
 * KMS key and encryption context), and each AES-256-GCM layer's IV and tag. Plaintext keys are
 * never recorded; for SSE-C only that the customer key was used, its MD5 and S3's salted HMAC.
 */
import { toHex } from '../../crypto/bytes.ts';
import { SEGMENT_BYTES } from '../../modes/index.ts';
import type { KmsWrappedKey, StoredCiphertext, StoredKeyMaterial } from '../../modes/types.ts';
import type { CryptoData, WrappedKeyData } from '../../trace/index.ts';

const FIRST_BYTES = 16;

const firstBytes = (bytes: Uint8Array) => toHex(bytes.subarray(0, FIRST_BYTES));

function kmsBlob(label: string, wrapped: KmsWrappedKey): WrappedKeyData {
  return {
    label,
    wrappedBy: wrapped.keyArn,
    encryptionContext: { ...wrapped.encryptionContext },
    firstBytesHex: firstBytes(wrapped.ciphertextBlob),
    length: wrapped.ciphertextBlob.length,
  };
}

/** The data key's origin and what S3 stores to get it back, per mode (DESIGN.md "How each mode really encrypts"). */
export function keyMaterialData(stored: StoredKeyMaterial): CryptoData {
  switch (stored.mode) {
    case 'SSE-S3': {
      const { iv, ciphertext, tag } = stored.wrappedKey;
      return {
        mode: 'SSE-S3',
        dataKey: { source: 'a fresh random 256-bit key made by S3 for this object', bytes: 32 },
        wrappedKeys: [
          {
            label: 'data key wrapped by the S3-owned root key (nobody can read that key)',
            wrappedBy: 'S3-owned root key',
            firstBytesHex: firstBytes(ciphertext),
            length: iv.length + ciphertext.length + tag.length,
          },
        ],
      };
    }
    case 'SSE-KMS':
      if (stored.bucketKey) {
        return {
          mode: 'SSE-KMS',
          keyArn: stored.keyArn,
          encryptionContext: { ...stored.encryptionContext },
          bucketKey: true,
          dataKey: {
            source: 'derived with HKDF-SHA-256 from the S3 Bucket Key and a per-object salt',
            bytes: 32,
            saltHex: toHex(stored.salt),
          },
          wrappedKeys: [
            kmsBlob('S3 Bucket Key, wrapped by KMS (context: the bucket ARN)', stored.wrappedBucketKey),
          ],
        };
      }
      return {
        mode: 'SSE-KMS',
        keyArn: stored.keyArn,
        encryptionContext: { ...stored.wrappedKey.encryptionContext },
        bucketKey: false,
        dataKey: { source: 'KMS GenerateDataKey', bytes: 32 },
        wrappedKeys: [kmsBlob('data key, wrapped by KMS', stored.wrappedKey)],
      };
    case 'DSSE-KMS':
      return {
        mode: 'DSSE-KMS',
        keyArn: stored.keyArn,
        encryptionContext: { ...stored.layers[0].encryptionContext },
        dataKey: { source: 'two KMS GenerateDataKey calls, one data key per layer', bytes: 32 },
        wrappedKeys: stored.layers.map((layer, index) =>
          kmsBlob(`layer ${index + 1} data key, wrapped by KMS`, layer),
        ),
      };
    case 'SSE-C':
      return {
        mode: 'SSE-C',
        customerKey: {
          used: true,
          keyMd5: stored.keyMd5,
          stored: 'a salted HMAC-SHA-256 of the key, never the key',
          hmacFirstBytesHex: firstBytes(stored.keyHmac),
        },
      };
  }
}

/**
 * The AES-256-GCM output of one part: ciphertext first bytes and total length, the first segment's
 * IV and tag per layer, and how many segments (each with its own IVs and tags) the part has.
 */
export function ciphertextData(segments: StoredCiphertext[]): CryptoData {
  const first = segments[0] ?? { ciphertext: new Uint8Array(0), layers: [] };
  return {
    ciphertext: {
      firstBytesHex: firstBytes(first.ciphertext),
      length: segments.reduce((n, segment) => n + segment.ciphertext.length, 0),
    },
    ciphertextFirstBytesHex: firstBytes(first.ciphertext),
    layers: first.layers.length,
    ivHex: first.layers.map((layer) => toHex(layer.iv)),
    ivBytes: first.layers[0]?.iv.length ?? 0,
    tagHex: first.layers.map((layer) => toHex(layer.tag)),
    tagBytes: first.layers[0]?.tag.length ?? 0,
    segments: segments.length,
    segmentBytes: SEGMENT_BYTES,
  };
}

/**
 * A write's crypto data: the key chain and the ciphertext it produced, plus `more` (the caller's
 * fields). Joined with Object.assign, not spreads: both objects are made here with fixed keys, and
 * in Node 20's V8 a spread into an object that already has properties takes a slow path, 15 µs
 * for these two, a tenth of a small PUT in the CLI and the benchmarks (Chromium's V8 spreads them
 * at about the same speed as Object.assign).
 */
export const writeCryptoData = (
  stored: StoredKeyMaterial,
  segments: StoredCiphertext[],
  more: CryptoData = {},
): CryptoData => Object.assign(keyMaterialData(stored), ciphertextData(segments), more);

/**
 * How a read opened the object's key: S3's root key, KMS Decrypt (or a bucket key S3 already
 * held, so no call), or the customer key once its salted HMAC matched the stored one (spec §4.4).
 */
export function openedKeyData(stored: StoredKeyMaterial, kmsDecrypts: number | undefined): CryptoData {
  switch (stored.mode) {
    case 'SSE-S3':
      return { mode: 'SSE-S3', openedWith: 'the S3-owned root key unwrapped the stored data key' };
    case 'SSE-C':
      return {
        mode: 'SSE-C',
        openedWith: 'the customer key sent with the request',
        hmacMatch: true,
        customerKeyMd5: stored.keyMd5,
      };
    default: {
      const material = keyMaterialData(stored);
      const calls = kmsDecrypts ?? 0;
      return {
        mode: stored.mode,
        keyArn: stored.keyArn,
        encryptionContext: material.encryptionContext ?? null,
        openedWith:
          calls === 0
            ? 'an S3 Bucket Key S3 already held for this time window (no KMS call)'
            : `KMS Decrypt (${calls} call${calls === 1 ? '' : 's'}) under ${stored.keyArn}`,
        kmsDecryptCalls: calls,
      };
    }
  }
}
