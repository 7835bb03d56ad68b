/**
 * Wrapping the content encryption key (CEK).
 * - `kms+context`: GenerateDataKey with the context plus the reserved pair
 *   `aws:x-amz-cek-alg: AES/GCM/NoPadding`; key-v2 is the ciphertext blob, matdesc the context
 *   (S3EC Java `KmsKeyring.java`).
 * - `AES/GCM`: the CEK sealed under the wrapping key with a random 12-byte nonce and the content
 *   cipher name as additional data; key-v2 = nonce || ciphertext || tag (S3EC Java `AesKeyring.java`).
 */
import {
  AES_KEY_BYTES,
  aesGcmDecrypt,
  aesGcmEncrypt,
  GCM_IV_BYTES,
  GCM_TAG_BYTES,
  importAesKey,
} from '../crypto/aes-gcm.ts';
import { type Bytes, concatBytes, utf8 } from '../crypto/bytes.ts';
import type { EngineDeps } from '../deps.ts';
import { err, ok, type Result } from '../result.ts';
import type { ClientSideError, ClientWrapping } from './types.ts';

export const CEK_ALG = 'AES/GCM/NoPadding';
export const CEK_ALG_CONTEXT_KEY = 'aws:x-amz-cek-alg';

export interface WrappedCek {
  cek: Bytes;
  keyV2: Bytes;
  wrapAlg: 'kms+context' | 'AES/GCM';
  matdesc: Record<string, string>;
}

const badWrappingKey = (): ClientSideError => ({
  code: 'InvalidWrappingKey',
  message: 'An AES/GCM wrapping key must be 32 bytes (AES-256).',
});

export async function newWrappedCek(
  wrapping: ClientWrapping,
  deps: EngineDeps,
): Promise<Result<WrappedCek, ClientSideError>> {
  if (wrapping.kind === 'aes') {
    if (wrapping.key.length !== AES_KEY_BYTES) return err(badWrappingKey());
    const cek = deps.randomBytes(AES_KEY_BYTES);
    const sealed = await aesGcmEncrypt(
      await importAesKey(wrapping.key),
      deps.randomBytes(GCM_IV_BYTES),
      cek,
      utf8(CEK_ALG),
    );
    return ok({
      cek,
      keyV2: concatBytes(sealed.iv, sealed.ciphertext, sealed.tag),
      wrapAlg: 'AES/GCM',
      matdesc: {},
    });
  }
  const supplied = wrapping.context ?? {};
  if (CEK_ALG_CONTEXT_KEY in supplied) {
    return err({
      code: 'ReservedContextKey',
      message: `${CEK_ALG_CONTEXT_KEY} is a reserved key in the encryption context.`,
    });
  }
  const context = { ...supplied, [CEK_ALG_CONTEXT_KEY]: CEK_ALG };
  const generated = await wrapping.kms.generateDataKey({
    keyArn: wrapping.keyArn,
    encryptionContext: context,
    principalArn: wrapping.principalArn,
    sourceIp: wrapping.sourceIp,
    viaS3: false,
  });
  if (!generated.ok) return generated;
  const { plaintextKey, ciphertextBlob } = generated.value;
  return ok({ cek: plaintextKey, keyV2: ciphertextBlob, wrapAlg: 'kms+context', matdesc: context });
}

export async function unwrapCek(
  wrapping: ClientWrapping,
  keyV2: Bytes,
  matdesc: Record<string, string>,
): Promise<Result<Bytes, ClientSideError>> {
  if (wrapping.kind === 'aes') {
    if (wrapping.key.length !== AES_KEY_BYTES) return err(badWrappingKey());
    const sealed = {
      iv: keyV2.slice(0, GCM_IV_BYTES),
      ciphertext: keyV2.slice(GCM_IV_BYTES, keyV2.length - GCM_TAG_BYTES),
      tag: keyV2.slice(keyV2.length - GCM_TAG_BYTES),
    };
    const cek = await aesGcmDecrypt(await importAesKey(wrapping.key), sealed, utf8(CEK_ALG));
    return cek
      ? ok(cek)
      : err({
          code: 'Tampered',
          message: 'The wrapped content key does not authenticate under this AES key.',
        });
  }
  if (matdesc[CEK_ALG_CONTEXT_KEY] !== CEK_ALG) {
    return err({
      code: 'Tampered',
      message: `The material description does not carry ${CEK_ALG_CONTEXT_KEY}: ${CEK_ALG}.`,
    });
  }
  const opened = await wrapping.kms.decrypt({
    ciphertextBlob: keyV2,
    encryptionContext: matdesc,
    principalArn: wrapping.principalArn,
    sourceIp: wrapping.sourceIp,
    viaS3: false,
  });
  return opened.ok ? ok(opened.value.plaintextKey) : opened;
}
