/**
 * The randomness and clock of the user's world, so that its scene can be rebuilt after a reload
 * by replaying its requests (issue 8, "the scene survives a reload"). Requests name values the
 * world generated at random (a key id from CreateKey, an UploadId, a version id); a replay gives
 * them back only if the world draws the same bytes.
 *
 * Choice (documented in docs/differences.md): ONE seeded stream for everything, ids and key
 * material alike, because a replay needs both. A client-side envelope or a KMS CiphertextBlob
 * kept in a recorded request was sealed under the world's KMS key material, so that material must
 * come back too, or the object no longer opens after a reload. What keeps the keys unpredictable:
 * - the seed is 32 bytes from the system CSPRNG (crypto.getRandomValues), made per world and
 *   saved only inside the scene, which already holds the plaintexts it would protect;
 * - the stream is a hash DRBG (SHA-256 in counter mode), not xorshift: seeing ids (an UploadId
 *   is raw stream bytes in hex) reveals nothing about the bytes that became keys;
 * - each operation ("turn") draws from its own stream, SHA-256(seed || turn), so an operation
 *   that cannot be replayed (an SSE-C write saved without its key) does not shift the bytes of
 *   the ones after it.
 * Within a turn the clock stands still at the turn's recorded time, so a replay also reproduces
 * Last-Modified, KMS creation dates, the KMS quota window and bucket-key windows. Between turns
 * (snapshots) the clock is the live one, and randomness outside a turn is the system CSPRNG.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { type EngineDeps, systemDeps } from '../engine/index.ts';
import type { Turn, WorldSeed } from '../state/engine-port.ts';

export const SEED_BYTES = 32;

export interface SeededDeps extends EngineDeps {
  /** Starts a turn: randomness from SHA-256(seed || index), the clock fixed at `at`. */
  begin(turn: Turn): void;
  end(): void;
}

const u64 = (n: number) => {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt(n));
  return out;
};

const joined = (a: Uint8Array, b: Uint8Array) => {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
};

export function seededDeps(seed: Uint8Array, live: EngineDeps = systemDeps()): SeededDeps {
  let turn: { key: Uint8Array; block: number; pool: Uint8Array; used: number; at: number } | undefined;
  return {
    now: () => turn?.at ?? live.now(),
    randomBytes: (n) => {
      if (!turn) return live.randomBytes(n);
      const out = new Uint8Array(n);
      for (let filled = 0; filled < n; ) {
        if (turn.used === turn.pool.length) {
          turn.pool = sha256(joined(turn.key, u64(turn.block++)));
          turn.used = 0;
        }
        const take = Math.min(n - filled, turn.pool.length - turn.used);
        out.set(turn.pool.subarray(turn.used, turn.used + take), filled);
        turn.used += take;
        filled += take;
      }
      return out;
    },
    begin: ({ index, at }) => {
      turn = { key: sha256(joined(seed, u64(index))), block: 0, pool: new Uint8Array(0), used: 0, at };
    },
    end: () => {
      turn = undefined;
    },
  };
}

/** A fresh seed from the system CSPRNG. */
export function newWorldSeed(now = Date.now()): WorldSeed {
  return { seed: globalThis.crypto.getRandomValues(new Uint8Array(SEED_BYTES)), at: now };
}
