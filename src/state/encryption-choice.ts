/**
 * The request builder's encryption picker. The headers are the truth: the picker value is derived
 * from them, and choosing a value rewrites only the SSE headers (S3's header names, spec §1).
 */
import { HEADER_NAMES } from '../engine/index.ts';
import { type HeaderRow, headerValue, withHeader } from './request-draft.ts';

export const ENCRYPTION_CHOICES = [
  'Bucket default',
  'SSE-S3',
  'SSE-KMS',
  'DSSE-KMS',
  'SSE-C',
  'Client-side',
] as const;
export type EncryptionChoice = (typeof ENCRYPTION_CHOICES)[number];

/** The request's header names, as the engine reads them (one table: the engine's). */
export const H = HEADER_NAMES;

/** The headers an encryption choice sets; any other header is left as it is. */
const SSE_HEADERS: readonly string[] = [
  H.sse,
  H.kmsKeyId,
  H.bucketKey,
  H.context,
  H.customerAlgorithm,
  H.customerKey,
  H.customerKeyMd5,
];

/** Server-side choice as the headers say; 'Client-side' is decided by the draft's flag, not headers. */
export function encryptionFromHeaders(headers: HeaderRow[], clientSide: boolean): EncryptionChoice {
  if (clientSide) return 'Client-side';
  if (
    headerValue(headers, H.customerAlgorithm) !== undefined ||
    headerValue(headers, H.customerKey) !== undefined
  )
    return 'SSE-C';
  const sse = headerValue(headers, H.sse);
  if (sse === undefined) return 'Bucket default';
  if (sse === 'aws:kms') return 'SSE-KMS';
  if (sse === 'aws:kms:dsse') return 'DSSE-KMS';
  return 'SSE-S3';
}

/** Rewrites the SSE headers for a choice, keeping every other header and the SSE-C key if any. */
export function headersForEncryption(headers: HeaderRow[], choice: EncryptionChoice): HeaderRow[] {
  const others = headers.filter((h) => !SSE_HEADERS.includes(h.name.trim().toLowerCase()));
  const keep = (name: string) => headerValue(headers, name);
  switch (choice) {
    case 'Bucket default':
    case 'Client-side':
      return others;
    case 'SSE-S3':
      return [...others, { name: H.sse, value: 'AES256' }];
    case 'SSE-KMS': {
      let next = withHeader(others, H.sse, 'aws:kms');
      const keyId = keep(H.kmsKeyId);
      if (keyId !== undefined) next = withHeader(next, H.kmsKeyId, keyId);
      const bucketKey = keep(H.bucketKey);
      return bucketKey === undefined ? next : withHeader(next, H.bucketKey, bucketKey);
    }
    case 'DSSE-KMS': {
      const next = withHeader(others, H.sse, 'aws:kms:dsse');
      const keyId = keep(H.kmsKeyId);
      return keyId === undefined ? next : withHeader(next, H.kmsKeyId, keyId);
    }
    case 'SSE-C':
      return [
        ...others,
        { name: H.customerAlgorithm, value: 'AES256' },
        { name: H.customerKey, value: keep(H.customerKey) ?? '' },
        { name: H.customerKeyMd5, value: keep(H.customerKeyMd5) ?? '' },
      ];
  }
}
