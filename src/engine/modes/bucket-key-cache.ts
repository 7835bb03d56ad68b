/**
 * The bucket keys S3 holds. AWS documents only that S3 uses a bucket-level key "for a limited time
 * period" (UG `bucket-key.md`); the simulator picks a fixed window of 60 simulated seconds from the
 * key's creation, short enough for a lesson to show a second GenerateDataKey with `afterMs`.
 */
import { toBase64 } from '../crypto/bytes.ts';
import { canonicalContext } from '../kms/context.ts';
import { ok } from '../result.ts';
import type {
  BucketKeyCache,
  BucketKeySlot,
  BucketKeySnapshot,
  CachedBucketKey,
  KmsWrappedKey,
} from './types.ts';

export const BUCKET_KEY_WINDOW_MS = 60_000;

function slotId(slot: BucketKeySlot): string {
  const base = [slot.use, slot.bucketArn, slot.principalArn, slot.keyArn];
  return JSON.stringify(slot.use === 'read' ? [...base, slot.wrappedKeyId] : base);
}

interface Entry {
  slot: BucketKeySlot;
  key: CachedBucketKey;
  createdMs: number;
}

export function createBucketKeyCache(
  windowMs = BUCKET_KEY_WINDOW_MS,
  entries: Map<string, Entry> = new Map(),
): BucketKeyCache {
  const inFlight = new Map<string, ReturnType<BucketKeyCache['obtain']>>();
  const live = (entry: Entry | undefined, nowMs: number) =>
    entry && nowMs >= entry.createdMs && nowMs < entry.createdMs + windowMs ? entry : undefined;
  return {
    windowMs,
    obtain(slot, nowMs, make, usable = () => true) {
      const id = slotId(slot);
      const cached = live(entries.get(id), nowMs);
      if (cached && usable()) return Promise.resolve(ok(cached.key));
      if (cached) entries.delete(id);
      const pending = inFlight.get(id);
      if (pending) return pending;
      const made = make().then((result) => {
        inFlight.delete(id);
        if (result.ok) entries.set(id, { slot, key: result.value, createdMs: nowMs });
        return result;
      });
      inFlight.set(id, made);
      return made;
    },
    snapshot(nowMs) {
      const rows: BucketKeySnapshot[] = [];
      for (const entry of entries.values()) {
        if (!live(entry, nowMs)) continue;
        const { use, bucketArn, principalArn, keyArn } = entry.slot;
        rows.push({
          use,
          bucketArn,
          principalArn,
          keyArn,
          createdMs: entry.createdMs,
          expiresMs: entry.createdMs + windowMs,
        });
      }
      return rows;
    },
    clear() {
      entries.clear();
    },
    // Entries are never mutated once made, so the copy shares them; requests in flight stay behind.
    fork: () => createBucketKeyCache(windowMs, new Map(entries)),
  };
}

/** A wrapped key's identity for the read cache: a changed blob or context is another key. */
export const wrappedKeyId = (wrapped: KmsWrappedKey) =>
  `${toBase64(wrapped.ciphertextBlob)} ${canonicalContext(wrapped.encryptionContext)}`;
