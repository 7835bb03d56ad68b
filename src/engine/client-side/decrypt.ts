/**
 * S3EC v2 decryption: read the envelope from the object's metadata, unwrap the content key, open
 * the body. Objects whose metadata mixes format versions (V1 `x-amz-key`, V3 `x-amz-3`/`x-amz-c`
 * with V2 `x-amz-key-v2`) are refused, as the S3EC spec requires (spec §9).
 */
import { aesGcmDecrypt, bufferView, GCM_IV_BYTES, GCM_TAG_BYTES, importAesKey } from '../crypto/aes-gcm.ts';
import { type Bytes, fromBase64 } from '../crypto/bytes.ts';
import { leadingBytes, type ObjectData } from '../crypto/chunked-bytes.ts';
import { parseStringMap } from '../json.ts';
import { err, ok, type Result } from '../result.ts';
import type { ClientSideError, ClientWrapping } from './types.ts';
import { CEK_ALG, unwrapCek } from './wrapping.ts';

const OTHER_VERSION_KEYS = [
  'x-amz-meta-x-amz-key',
  'x-amz-meta-x-amz-3',
  'x-amz-meta-x-amz-c',
  'x-amz-meta-x-amz-w',
];

interface Envelope {
  keyV2: Bytes;
  iv: Bytes;
  wrapAlg: string;
  matdesc: Record<string, string>;
  plaintextLength?: number;
}

const fail = (code: Extract<ClientSideError, { code: string }>['code'], message: string) =>
  err({ code, message });

export function readEnvelope(metadata: Record<string, string>): Result<Envelope, ClientSideError> {
  const meta = Object.fromEntries(Object.entries(metadata).map(([k, v]) => [k.toLowerCase(), v]));
  const keyText = meta['x-amz-meta-x-amz-key-v2'];
  if (keyText === undefined)
    return fail('MissingEnvelope', 'The object has no x-amz-key-v2 metadata: it is not S3EC v2 encrypted.');
  const mixed = OTHER_VERSION_KEYS.filter((k) => k in meta);
  if (mixed.length > 0) {
    return fail(
      'MixedEnvelopeVersions',
      `The metadata mixes format versions: x-amz-key-v2 with ${mixed.join(', ')}.`,
    );
  }
  if (meta['x-amz-meta-x-amz-cek-alg'] !== CEK_ALG || meta['x-amz-meta-x-amz-tag-len'] !== '128') {
    return fail('UnsupportedAlgorithm', `Only ${CEK_ALG} content with a 128-bit tag is supported.`);
  }
  const keyV2 = fromBase64(keyText);
  const iv = fromBase64(meta['x-amz-meta-x-amz-iv'] ?? '');
  // The material description defaults to `{}` (S3EC content-metadata.md).
  const matdesc = parseStringMap(meta['x-amz-meta-x-amz-matdesc'] ?? '{}');
  if (!keyV2 || !iv || iv.length !== GCM_IV_BYTES || !matdesc) {
    return fail('Tampered', 'The envelope metadata is malformed (key, IV or material description).');
  }
  const lengthText = meta['x-amz-meta-x-amz-unencrypted-content-length'];
  const envelope: Envelope = { keyV2, iv, wrapAlg: meta['x-amz-meta-x-amz-wrap-alg'] ?? '', matdesc };
  if (lengthText !== undefined) envelope.plaintextLength = Number(lengthText);
  return ok(envelope);
}

export async function decryptClientSide(input: {
  /** The GET's object data: one buffer, or a large read's segments (joined here, in the engine). */
  body: ObjectData;
  metadata: Record<string, string>;
  wrapping: ClientWrapping;
}): Promise<Result<Bytes, ClientSideError>> {
  const envelope = readEnvelope(input.metadata);
  if (!envelope.ok) return envelope;
  const { keyV2, iv, wrapAlg, matdesc, plaintextLength } = envelope.value;
  const expected = input.wrapping.kind === 'kms' ? 'kms+context' : 'AES/GCM';
  if (wrapAlg !== expected) {
    return fail(
      'WrappingMismatch',
      `The object's content key is wrapped with ${wrapAlg || 'nothing'}, not ${expected}.`,
    );
  }
  const cek = await unwrapCek(input.wrapping, keyV2, matdesc);
  if (!cek.ok) return cek;
  const contentKey = await importAesKey(cek.value);
  cek.value.fill(0);
  const body = bufferView(leadingBytes(input.body));
  const cut = body.length - GCM_TAG_BYTES;
  if (cut < 0) return fail('Tampered', 'The body is shorter than a GCM tag.');
  const opened = await aesGcmDecrypt(contentKey, {
    iv,
    // Views of one buffer, side by side: aesGcmDecrypt hands them to WebCrypto without joining.
    ciphertext: body.subarray(0, cut),
    tag: body.subarray(cut),
  });
  if (!opened || (plaintextLength !== undefined && opened.length !== plaintextLength)) {
    return fail('Tampered', 'The body does not authenticate: its bytes, IV or tag were changed.');
  }
  return ok(opened);
}
