/**
 * What the engine takes from its environment, injected so that tests and scenario runs are
 * deterministic. The browser and Node both provide `crypto.subtle`; only time and randomness vary.
 */
export interface EngineDeps {
  /** Simulated wall clock in milliseconds since the epoch. */
  now(): number;
  /** Fills a new buffer with n random bytes (IVs, data keys, salts, ids). */
  randomBytes(n: number): Uint8Array<ArrayBuffer>;
}

/** Bytes of system randomness drawn per getRandomValues call (its own limit is 65,536). */
const POOL_BYTES = 4096;
const pool = new Uint8Array(POOL_BYTES);
let poolAt = POOL_BYTES;

/**
 * System CSPRNG bytes, served from a pool filled 4 KiB at a time: a request makes about five
 * small draws (IVs, a data key, ids), and each getRandomValues call cost more than the bytes
 * (a ninth of a 1 KiB SSE-KMS PutObject's time in Node). Served bytes are wiped from the pool.
 */
function systemRandomBytes(n: number): Uint8Array<ArrayBuffer> {
  if (n > POOL_BYTES) return globalThis.crypto.getRandomValues(new Uint8Array(n));
  if (poolAt + n > POOL_BYTES) {
    globalThis.crypto.getRandomValues(pool);
    poolAt = 0;
  }
  const out = pool.slice(poolAt, poolAt + n);
  pool.fill(0, poolAt, poolAt + n);
  poolAt += n;
  return out;
}

export function systemDeps(): EngineDeps {
  return { now: () => Date.now(), randomBytes: systemRandomBytes };
}

/**
 * A seeded generator (xorshift128+) and a manual clock: same seed, same bytes, same ids.
 * Used by the scenario runner and the tests; never for anything that must be secret.
 */
export function deterministicDeps(
  seed = 1,
  startMs = Date.UTC(2026, 0, 1),
): EngineDeps & { advance(ms: number): void } {
  let s0 = (seed * 2654435761) >>> 0 || 1;
  let s1 = (seed ^ 0x9e3779b9) >>> 0 || 2;
  let clock = startMs;
  const next = () => {
    let x = s0;
    const y = s1;
    s0 = y;
    x ^= x << 23;
    x ^= x >>> 17;
    x ^= y ^ (y >>> 26);
    s1 = x >>> 0;
    return (s0 + s1) >>> 0;
  };
  return {
    now: () => clock,
    advance: (ms) => {
      clock += ms;
    },
    randomBytes: (n) => {
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i++) out[i] = next() & 0xff;
      return out;
    },
  };
}
