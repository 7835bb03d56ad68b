import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importAesKey } from '../crypto/aes-gcm.ts';
import { deterministicDeps } from '../deps.ts';
import { encryptBytes } from './layers.ts';
import { openPart, PLACE } from './testing/mode-env.ts';

describe('AES-GCM layers (properties)', () => {
  it('any bytes under one to three layers decrypt back to themselves', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }),
        fc.array(fc.uint8Array({ minLength: 32, maxLength: 32 }), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 1000 }),
        async (plaintext, rawKeys, seed) => {
          const keys = await Promise.all(rawKeys.map((raw) => importAesKey(raw)));
          const stored = await encryptBytes(keys, plaintext, deterministicDeps(seed), PLACE);
          expect(stored[0]?.layers).toHaveLength(keys.length);
          expect(await openPart(keys, stored)).toEqual({ ok: true, value: Uint8Array.from(plaintext) });
        },
      ),
      { numRuns: 40, seed: 42 },
    );
  });

  it('flipping any single ciphertext bit is always detected', async () => {
    const key = await importAesKey(new Uint8Array(32).fill(7));
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 1, maxLength: 100 }),
        fc.nat(),
        fc.nat(7),
        async (plaintext, at, bit) => {
          const [stored] = await encryptBytes([key], plaintext, deterministicDeps(1), PLACE);
          if (!stored) throw new Error('one segment');
          const ciphertext = stored.ciphertext.slice();
          const i = at % ciphertext.length;
          ciphertext[i] = (ciphertext[i] ?? 0) ^ (1 << bit);
          const read = await openPart([key], [{ ...stored, ciphertext }]);
          expect(read.ok || read.error.code).toBe('Tampered');
        },
      ),
      { numRuns: 40, seed: 42 },
    );
  });
});
