import { describe, expect, it } from 'vitest';
import type { Operation } from '../engine/index.ts';
import { choosesEncryption, sseHeaderRefusedBy } from './header-hints.ts';
import type { HeaderRow } from './request-draft.ts';

const kms: HeaderRow[] = [{ name: 'X-Amz-Server-Side-Encryption', value: 'aws:kms' }];
const sseC: HeaderRow[] = [{ name: 'x-amz-server-side-encryption-customer-algorithm', value: 'AES256' }];

const cases: { name: string; operation: Operation; headers: HeaderRow[]; refused: boolean }[] = [
  {
    name: 'GetObject refuses the SSE header (any case)',
    operation: 'GetObject',
    headers: kms,
    refused: true,
  },
  { name: 'HeadObject refuses it', operation: 'HeadObject', headers: kms, refused: true },
  { name: 'UploadPart refuses it: parts carry none', operation: 'UploadPart', headers: kms, refused: true },
  {
    name: 'CompleteMultipartUpload refuses it',
    operation: 'CompleteMultipartUpload',
    headers: kms,
    refused: true,
  },
  { name: 'PutObject takes it', operation: 'PutObject', headers: kms, refused: false },
  {
    name: 'CreateMultipartUpload takes it',
    operation: 'CreateMultipartUpload',
    headers: kms,
    refused: false,
  },
  {
    name: 'SSE-C key headers on GetObject are needed, not refused',
    operation: 'GetObject',
    headers: sseC,
    refused: false,
  },
  { name: 'no headers, no warning', operation: 'GetObject', headers: [], refused: false },
];

describe('sseHeaderRefusedBy', () => {
  it.each(cases)('$name', ({ operation, headers, refused }) => {
    expect(sseHeaderRefusedBy(operation, headers)).toBe(refused);
  });
});

const writes: { name: string; operation: Operation; chooses: boolean }[] = [
  { name: 'PutObject chooses the encryption of what it writes', operation: 'PutObject', chooses: true },
  { name: 'CopyObject chooses the encryption of the copy', operation: 'CopyObject', chooses: true },
  {
    name: 'CreateMultipartUpload chooses it for the whole upload',
    operation: 'CreateMultipartUpload',
    chooses: true,
  },
  { name: 'UploadPart inherits it from the upload', operation: 'UploadPart', chooses: false },
  { name: 'GetObject reads what was chosen', operation: 'GetObject', chooses: false },
];

describe('choosesEncryption', () => {
  it.each(writes)('$name', ({ operation, chooses }) => {
    expect(choosesEncryption(operation)).toBe(chooses);
  });
});
