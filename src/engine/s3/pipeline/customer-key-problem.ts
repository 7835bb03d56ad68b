/**
 * Which SSE-C header is wrong and how to fix it (spec §4.1, §4.3). S3's messages name no header
 * (its ArgumentName is x-amz-server-side-encryption for all of them), so the header at fault is
 * found again in the order `parseCustomerKey` checks: algorithm, key, MD5, key bytes, MD5 match.
 */
import { fromBase64 } from '../../crypto/bytes.ts';
import type { CustomerKeyHeaders } from '../customer-key.ts';
import { S3Errors } from '../errors.ts';
import type { S3Failure } from '../failure.ts';
import type { HeaderBag } from '../header-bag.ts';
import type { HeaderProblem } from './operation-headers.ts';

/** 44 bytes that are themselves base64 of 32: what the CLI sends for a key given as base64. */
function encodedTwice(bytes: Uint8Array | undefined): boolean {
  if (bytes?.length !== 44) return false;
  return fromBase64(new TextDecoder().decode(bytes))?.length === 32;
}

export function customerKeyProblem(
  failure: S3Failure,
  headers: HeaderBag,
  names: CustomerKeyHeaders,
  what: string,
): HeaderProblem {
  const title = `Invalid ${what}`;
  const algorithm = headers.get(names.algorithm);
  if (algorithm === undefined) {
    return {
      failure,
      title,
      header: names.algorithm,
      why: `The request carries SSE-C key headers but not ${names.algorithm}.`,
      remedy: `Add ${names.algorithm}: AES256 next to the key and its MD5.`,
    };
  }
  if (algorithm !== 'AES256') {
    return {
      failure,
      title,
      header: names.algorithm,
      sent: algorithm,
      why: `${names.algorithm} is "${algorithm}"; SSE-C only knows AES256.`,
      remedy: `Send ${names.algorithm}: AES256.`,
    };
  }
  const key = headers.get(names.key);
  if (key === undefined || headers.get(names.keyMd5) === undefined) {
    const missing = key === undefined ? names.key : names.keyMd5;
    return {
      failure,
      title,
      header: missing,
      why: `${missing} is missing: SSE-C needs the algorithm, the key and the key's MD5 together.`,
      remedy: `Add ${missing} (${missing === names.key ? 'the base64 of your 32-byte key' : 'the base64 MD5 of the 32 raw key bytes'}).`,
    };
  }
  const bytes = fromBase64(key);
  if (failure.message === S3Errors.sseCInvalidKey().message) {
    return {
      failure,
      title,
      header: names.key,
      why: `${names.key} decodes to ${bytes?.length ? `${bytes.length} bytes` : 'no bytes (not valid base64)'}; an AES-256 key is exactly 32 bytes.${encodedTwice(bytes) ? ' Those bytes are the base64 text of a 32-byte key: it was encoded twice.' : ''}`,
      remedy: encodedTwice(bytes)
        ? 'The AWS CLI and SDKs base64-encode the SSE-C key themselves (spec §4.3): give them the raw 32 bytes (--sse-customer-key fileb://key.bin), not its base64.'
        : 'Send the base64 of a 32-byte (256-bit) key.',
    };
  }
  return {
    failure,
    title,
    header: names.keyMd5,
    why: `${names.keyMd5} is not the MD5 of the key sent, so S3 cannot trust that the key arrived intact.`,
    remedy: 'Send the base64 of the MD5 of the 32 raw key bytes (not of the base64 text).',
  };
}
