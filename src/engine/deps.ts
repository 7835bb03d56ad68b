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

export function systemDeps(): EngineDeps {
  return {
    now: () => Date.now(),
    randomBytes: (n) => globalThis.crypto.getRandomValues(new Uint8Array(n)),
  };
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
