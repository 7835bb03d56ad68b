import { describe, expect, it } from 'vitest';
import { systemDeps } from './deps.ts';

const { randomBytes } = systemDeps();

describe('systemDeps().randomBytes (system randomness, served from a pool)', () => {
  it.each([
    { name: 'nothing', n: 0 },
    { name: 'an IV', n: 12 },
    { name: 'a data key', n: 32 },
    { name: 'the whole pool at once', n: 4096 },
    { name: 'more than the pool holds', n: 5000 },
  ])('gives $name as a buffer of its own, of the length asked', ({ n }) => {
    const bytes = randomBytes(n);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(bytes.length).toBe(n);
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.buffer.byteLength).toBe(n);
  });

  it('never gives the same 32 bytes twice, across many refills of the pool', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) seen.add(Buffer.from(randomBytes(32)).toString('hex'));
    expect(seen.size).toBe(2000);
  });

  it('gives bytes that are not all zero (the pool is filled before it is served)', () => {
    const draws = Array.from({ length: 300 }, () => randomBytes(32));
    expect(draws.every((bytes) => bytes.some((b) => b !== 0))).toBe(true);
  });

  it('gives bytes that wiping the pool later does not change', () => {
    const kept = randomBytes(32);
    const copy = kept.slice();
    for (let i = 0; i < 300; i++) randomBytes(32);
    expect(kept).toEqual(copy);
  });
});
