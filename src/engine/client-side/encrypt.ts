/**
 * S3EC v2 encryption in the browser, before the request: AES-256-GCM content encryption with a
 * random 32-byte content key and 12-byte IV, the 16-byte tag appended to the body (spec §9).
 */
import { aesGcmEncrypt, GCM_IV_BYTES, importAesKey } from '../crypto/aes-gcm.ts';
import { concatBytes, toBase64 } from '../crypto/bytes.ts';
import type { EngineDeps } from '../deps.ts';
import { ok, type Result } from '../result.ts';
import type { ClientSideError, ClientSideObject, ClientWrapping } from './types.ts';
import { CEK_ALG, newWrappedCek } from './wrapping.ts';

export async function encryptClientSide(input: {
  plaintext: Uint8Array;
  wrapping: ClientWrapping;
  deps: EngineDeps;
}): Promise<Result<ClientSideObject, ClientSideError>> {
  const wrapped = await newWrappedCek(input.wrapping, input.deps);
  if (!wrapped.ok) return wrapped;
  const { cek, keyV2, wrapAlg, matdesc } = wrapped.value;
  const contentKey = await importAesKey(cek);
  cek.fill(0);
  const sealed = await aesGcmEncrypt(contentKey, input.deps.randomBytes(GCM_IV_BYTES), input.plaintext);
  return ok({
    body: concatBytes(sealed.ciphertext, sealed.tag),
    metadata: {
      'x-amz-meta-x-amz-key-v2': toBase64(keyV2),
      'x-amz-meta-x-amz-iv': toBase64(sealed.iv),
      'x-amz-meta-x-amz-cek-alg': CEK_ALG,
      'x-amz-meta-x-amz-wrap-alg': wrapAlg,
      'x-amz-meta-x-amz-matdesc': JSON.stringify(matdesc),
      'x-amz-meta-x-amz-tag-len': '128',
      'x-amz-meta-x-amz-unencrypted-content-length': String(input.plaintext.length),
    },
  });
}
