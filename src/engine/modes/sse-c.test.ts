import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromBase64, toBase64, utf8 } from '../crypto/bytes.ts';
import { encryptBytes, newObjectKey, openObjectKey } from './index.ts';
import { modeEnvFixture, openPart, PLACE } from './testing/mode-env.ts';

/** Spec §12 placeholder keys. */
const KEY_A = fromBase64('pO3upElrwuEXSoFwCfnZPdSsmt/xWeFa0N9KgDijwVs=')!;
const KEY_B = fromBase64('6b+WOZ1T3cqZMxgThRcXAQBrS5mXKdDUphvpxptl9/4=')!;
const SHORT10 = fromBase64('MTIzNDU2Nzg5MA==')!;
const KEY_A_MD5 = 'DWygnHRtgiJ77HCm+1rvHw==';

async function sseCObject() {
  const fx = await modeEnvFixture();
  const made = await newObjectKey({ mode: 'SSE-C', customerKey: KEY_A, keyMd5: KEY_A_MD5 }, fx.env);
  if (!made.ok) throw new Error(made.error.message);
  const bytes = await encryptBytes(made.value.dataKeys, utf8('secret'), fx.env.deps, PLACE);
  return { ...fx, stored: made.value.stored, bytes };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('SSE-C (spec §4)', () => {
  it('S3 stores the key MD5 and a salted HMAC, never the key', async () => {
    const { stored } = await sseCObject();
    expect(stored).toMatchObject({ mode: 'SSE-C', keyMd5: KEY_A_MD5 });
    expect(JSON.stringify(stored)).not.toContain(toBase64(KEY_A));
    if (stored.mode !== 'SSE-C') throw new Error('setup');
    expect(stored.keyHmac).toHaveLength(32);
    expect(Object.keys(stored).sort()).toEqual(['keyHmac', 'keyMd5', 'mode', 'salt']);
  });

  const wrongKeys = [
    { name: 'another valid key is refused before any decryption', key: KEY_B },
    { name: 'no key at all is refused', key: undefined },
    { name: 'a key of the wrong length is refused', key: SHORT10 },
  ];
  it.each(wrongKeys)('$name', async ({ key }) => {
    const { env, stored } = await sseCObject();
    const decrypt = vi.spyOn(globalThis.crypto.subtle, 'decrypt');
    const opened = await openObjectKey(stored, env, key);
    expect(opened).toEqual({
      ok: false,
      error: {
        code: 'SseCKeyMismatch',
        message:
          'Requests specifying Server Side Encryption with Customer provided keys must provide the correct secret key.',
      },
    });
    expect(decrypt).not.toHaveBeenCalled();
  });

  it('the right key opens the object', async () => {
    const { env, stored, bytes } = await sseCObject();
    const opened = await openObjectKey(stored, env, KEY_A);
    if (!opened.ok) throw new Error(opened.error.message);
    expect(await openPart(opened.value, bytes)).toEqual({ ok: true, value: utf8('secret') });
  });

  it('two objects under the same key get different salts and HMACs', async () => {
    const { env } = await modeEnvFixture();
    const a = await newObjectKey({ mode: 'SSE-C', customerKey: KEY_A, keyMd5: KEY_A_MD5 }, env);
    const b = await newObjectKey({ mode: 'SSE-C', customerKey: KEY_A, keyMd5: KEY_A_MD5 }, env);
    if (!a.ok || !b.ok || a.value.stored.mode !== 'SSE-C' || b.value.stored.mode !== 'SSE-C')
      throw new Error('setup');
    expect(a.value.stored.salt).not.toEqual(b.value.stored.salt);
    expect(a.value.stored.keyHmac).not.toEqual(b.value.stored.keyHmac);
  });

  it('a write with a key that is not 32 bytes is refused with S3’s message', async () => {
    const { env } = await modeEnvFixture();
    const made = await newObjectKey(
      { mode: 'SSE-C', customerKey: SHORT10, keyMd5: '6Afx/PgtEy+bsBjKZzihnw==' },
      env,
    );
    expect(made).toEqual({
      ok: false,
      error: {
        code: 'InvalidCustomerKey',
        message: 'The secret key was invalid for the specified algorithm.',
      },
    });
  });
});
