/**
 * The wire checks as pipeline steps: a conditional write against the key's current version
 * (before KMS is asked for a data key, so a refused write costs no KMS call), and the body
 * against its Content-MD5 and checksum (after S3 read it, before anything is stored).
 */
import type { ChecksumAlgorithm } from '../../crypto/checksums.ts';
import type { JsonObject } from '../../types.ts';
import type { MultipartUpload } from '../../world/types.ts';
import { checkWriteCondition } from '../conditional/write-conditions.ts';
import { type VerifiedBody, verifyBody } from '../integrity/verify-body.ts';
import { type Exchange, type StageVerdict, touches } from '../pipeline/exchange.ts';
import type { ChoiceRecorder, CryptoRecorder } from '../pipeline/handler.ts';

export function checkWritePrecondition(
  x: Exchange,
  record: ChoiceRecorder,
  key: string,
  upload?: MultipartUpload,
): StageVerdict {
  const condition = x.writeCondition;
  if (!condition) return undefined;
  const refused = checkWriteCondition(condition, x.bucket!, key, upload);
  const sent = `${condition.header}: ${condition.value}`;
  if (!refused) return undefined;
  if (refused.code === 'ConditionalRequestConflict') touches(x, 'conditional-complete-conflict');
  return record.fail(
    refused,
    `${condition.header} does not hold`,
    preconditionFails(refused.code, condition.header),
    refused.code === 'ConditionalRequestConflict'
      ? 'Start a new multipart upload (CreateMultipartUpload) and upload the parts again.'
      : condition.header === 'If-None-Match'
        ? 'The key is taken: write under another key, or drop If-None-Match to overwrite on purpose.'
        : 'Read the current ETag (HeadObject) and send that one, or drop If-Match.',
    { condition: sent },
  );
}

/** The held condition, recorded after the step that says how the write is encrypted. */
export function recordPreconditionHeld(x: Exchange, record: ChoiceRecorder): void {
  const condition = x.writeCondition;
  if (!condition) return;
  record.step('pass', `${condition.header} holds`, preconditionHolds(condition.header), {
    condition: `${condition.header}: ${condition.value}`,
  });
}

function preconditionHolds(header: string): string {
  return header === 'If-None-Match'
    ? 'No current object has this key, so the create-only write goes ahead.'
    : 'The current object still has the ETag the request names, so the write replaces it.';
}

function preconditionFails(code: string, header: string): string {
  if (code === 'NoSuchKey') return 'If-Match names an ETag, but no current object has this key.';
  if (code === 'ConditionalRequestConflict')
    return 'The key was written or deleted after this multipart upload began, so S3 cannot tell whether the condition held for the whole upload.';
  return header === 'If-None-Match'
    ? 'If-None-Match: * writes only when the key is free, and a current object has it.'
    : 'If-Match names an ETag the current object does not have: someone replaced it since it was read.';
}

/** Checks the body; on success returns what S3 will store of its checksum (recordBodyMatch records it). */
export async function checkBody(
  x: Exchange,
  record: CryptoRecorder,
  plaintext: Uint8Array,
  computeIfAbsent: ChecksumAlgorithm | undefined,
): Promise<VerifiedBody | Exclude<StageVerdict, undefined>> {
  const verified = await verifyBody(plaintext, x.integrity ?? {}, computeIfAbsent);
  if (!verified.ok) {
    const error = verified.error;
    const md5 = error.message.includes('Content-MD5');
    return record.fail(
      error,
      md5 ? 'Content-MD5 does not match the body' : 'Checksum does not match the body',
      md5
        ? `S3 computed the MD5 of the ${plaintext.length} bytes it received and it differs from Content-MD5: the body changed on the way, or the header was computed over other bytes. Nothing was stored.`
        : `S3 computed the checksum over the ${plaintext.length} bytes it received (the plaintext, before any server-side encryption) and it differs from the header. Nothing was stored.`,
      md5
        ? 'Compute Content-MD5 over exactly the bytes you send.'
        : 'Compute the checksum over exactly the bytes you send, or let the SDK or CLI compute it.',
    );
  }
  return verified.value;
}

/** The passing check, recorded after the crypto step that stored the bytes (it comes first in the trace). */
export function recordBodyMatch(record: CryptoRecorder, verified: VerifiedBody): void {
  if (verified.compared.length === 0) return;
  record.step(
    'pass',
    `Body matches ${verified.compared.join(' and ')}`,
    'S3 computed the digests over the plaintext it received, before encrypting it, and they match the request; the checksum is stored with the object.',
    { compared: verified.compared, ...checksumData(verified) },
  );
}

const checksumData = (verified: VerifiedBody): JsonObject =>
  verified.checksum ? { checksum: { ...verified.checksum } } : {};
