import { describe, expect, it } from 'vitest';
import { createWorld, deterministicDeps, OPERATIONS, type Operation } from '../engine/index.ts';
import { headersForOperation, sseHeaderRefusedBy } from './header-hints.ts';
import type { HeaderRow } from './request-draft.ts';

const kms: HeaderRow[] = [{ name: 'X-Amz-Server-Side-Encryption', value: 'aws:kms' }];
const keyIdOnly: HeaderRow[] = [{ name: 'x-amz-server-side-encryption-aws-kms-key-id', value: 'k' }];
const sseC: HeaderRow[] = [{ name: 'x-amz-server-side-encryption-customer-algorithm', value: 'AES256' }];

const cases: { name: string; operation: Operation; headers: HeaderRow[]; refused?: string }[] = [
  {
    name: 'GetObject refuses the SSE header (any case)',
    operation: 'GetObject',
    headers: kms,
    refused: 'x-amz-server-side-encryption',
  },
  {
    name: 'HeadObject refuses it',
    operation: 'HeadObject',
    headers: kms,
    refused: 'x-amz-server-side-encryption',
  },
  {
    name: 'UploadPart refuses it: parts carry none',
    operation: 'UploadPart',
    headers: kms,
    refused: 'x-amz-server-side-encryption',
  },
  {
    name: 'UploadPartCopy refuses it too (the old hint table missed it)',
    operation: 'UploadPartCopy',
    headers: kms,
    refused: 'x-amz-server-side-encryption',
  },
  {
    name: 'GetObject refuses a KMS key id sent alone',
    operation: 'GetObject',
    headers: keyIdOnly,
    refused: 'x-amz-server-side-encryption-aws-kms-key-id',
  },
  {
    name: 'CompleteMultipartUpload refuses it',
    operation: 'CompleteMultipartUpload',
    headers: kms,
    refused: 'x-amz-server-side-encryption',
  },
  { name: 'PutObject takes it', operation: 'PutObject', headers: kms },
  { name: 'CreateMultipartUpload takes it', operation: 'CreateMultipartUpload', headers: kms },
  { name: 'SSE-C key headers on GetObject are needed, not refused', operation: 'GetObject', headers: sseC },
  { name: 'no headers, no warning', operation: 'GetObject', headers: [] },
];

describe('sseHeaderRefusedBy', () => {
  it.each(cases)('$name', ({ operation, headers, refused }) => {
    expect(sseHeaderRefusedBy(operation, headers)).toBe(refused);
  });

  // The hint and S3's answer come from one catalog, so they cannot drift: for every operation, the
  // hint warns exactly when the simulated S3 answers 400 InvalidArgument naming that header.
  it.each(OPERATIONS.filter((op) => !op.startsWith('kms:')))(
    '%s: the hint warns exactly when S3 answers 400 to x-amz-server-side-encryption',
    async (operation) => {
      const built = await createWorld({ bucket: 'b' }, deterministicDeps());
      if (!built.ok) throw new Error('the setup is valid');
      const outcome = await built.value.send({
        operation,
        bucket: 'b',
        key: 'k',
        headers: { 'x-amz-server-side-encryption': 'AES256' },
        query: { uploadId: 'u', partNumber: '1' },
      });
      // HEAD answers carry no error body, so the header stage's trace says which header it refused.
      const headers = outcome.trace.find((step) => step.stage === 'headers');
      const answered400 =
        outcome.response.status === 400 &&
        headers?.outcome === 'fail' &&
        headers.data?.header === 'x-amz-server-side-encryption';
      expect(sseHeaderRefusedBy(operation, kms) !== undefined).toBe(answered400);
    },
  );
});

describe('headersForOperation', () => {
  const picked: HeaderRow[] = [...kms, ...keyIdOnly, ...sseC, { name: 'content-type', value: 'text/plain' }];

  it('drops the SSE-S3/KMS headers when the operation refuses them, keeping SSE-C and the rest', () => {
    expect(headersForOperation('GetObject', picked)).toEqual([
      ...sseC,
      { name: 'content-type', value: 'text/plain' },
    ]);
  });

  it('keeps every header for an operation that takes them', () => {
    expect(headersForOperation('CopyObject', picked)).toEqual(picked);
  });

  const attributes = { name: 'x-amz-object-attributes', value: 'ETag,ObjectSize,StorageClass,ObjectParts' };
  it.each([
    {
      name: 'GetObjectAttributes starts with the attributes S3 requires (400 InvalidArgument without them)',
      operation: 'GetObjectAttributes' as const,
      previous: 'GetObject' as const,
      headers: [...sseC],
      after: [...sseC, attributes],
    },
    {
      name: 'attributes the user wrote are kept as written',
      operation: 'GetObjectAttributes' as const,
      previous: 'GetObject' as const,
      headers: [{ name: 'X-Amz-Object-Attributes', value: 'Checksum' }],
      after: [{ name: 'X-Amz-Object-Attributes', value: 'Checksum' }],
    },
    {
      name: 'leaving GetObjectAttributes takes its starting attributes along',
      operation: 'GetObject' as const,
      previous: 'GetObjectAttributes' as const,
      headers: [...sseC, attributes],
      after: [...sseC],
    },
    {
      name: 'leaving it keeps attributes the user changed',
      operation: 'GetObject' as const,
      previous: 'GetObjectAttributes' as const,
      headers: [{ name: 'x-amz-object-attributes', value: 'Checksum' }],
      after: [{ name: 'x-amz-object-attributes', value: 'Checksum' }],
    },
  ])('$name', ({ operation, previous, headers, after }) => {
    expect(headersForOperation(operation, headers, previous)).toEqual(after);
  });
});
