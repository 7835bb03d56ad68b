import { describe, expect, it } from 'vitest';
import { OPERATIONS, type Operation } from '../types.ts';
import { isOperation, OPERATION_CATALOG, operationInfo, refusedSseHeader } from './operation-catalog.ts';

describe('the operation catalog', () => {
  it('lists every operation once, in the order of OPERATIONS', () => {
    expect(OPERATION_CATALOG.map((entry) => entry.operation)).toEqual(OPERATIONS);
  });

  it.each<{ name: string; operation: Operation; expected: Partial<ReturnType<typeof operationInfo>> }>([
    {
      name: 'PutObject writes object bytes and its SSE headers choose the encryption (API PutObject)',
      operation: 'PutObject',
      expected: { scope: 'object', body: 'bytes', sse: 'write', choosesEncryption: true, writesData: true },
    },
    {
      name: 'UploadPart writes bytes but takes only the SSE-C key (API UploadPart: SSE-C members only)',
      operation: 'UploadPart',
      expected: {
        body: 'bytes',
        sse: 'customer',
        choosesEncryption: false,
        requiredQuery: ['uploadId', 'partNumber'],
      },
    },
    {
      name: 'CopyObject and UploadPartCopy read a source named in x-amz-copy-source',
      operation: 'UploadPartCopy',
      expected: { readsSource: true, body: 'none', http: { method: 'PUT' } },
    },
    {
      name: 'HeadObject answers without a body and is authorized as s3:GetObject',
      operation: 'HeadObject',
      expected: { headOnly: true, iamAction: 's3:GetObject', versionIamAction: 's3:GetObjectVersion' },
    },
    {
      name: 'CreateMultipartUpload is POST ?uploads (API CreateMultipartUpload)',
      operation: 'CreateMultipartUpload',
      expected: { http: { method: 'POST', subresource: 'uploads' }, choosesEncryption: true },
    },
    {
      name: 'PutBucketPolicy is a bucket operation with a JSON input (aws s3api put-bucket-policy --policy)',
      operation: 'PutBucketPolicy',
      expected: { scope: 'bucket', body: 'json', takesKey: false, cliInputOption: '--policy', sse: 'none' },
    },
    {
      name: "GetBucketEncryption's CLI answer is wrapped in ServerSideEncryptionConfiguration",
      operation: 'GetBucketEncryption',
      expected: { body: 'none', cliOutputMember: 'ServerSideEncryptionConfiguration' },
    },
    {
      name: 'KMS side operations take JSON and are their own IAM action',
      operation: 'kms:DisableKey',
      expected: { scope: 'kms', body: 'json', iamAction: 'kms:DisableKey', takesKey: false },
    },
  ])('$name', ({ operation, expected }) => {
    expect(operationInfo(operation)).toMatchObject(expected);
  });

  it('an operation that takes SSE-C only refuses the four SSE-S3/KMS headers and accepts the key triple', () => {
    const info = operationInfo('GetObject');
    expect(info.refusesSseHeaders).toEqual([
      'x-amz-server-side-encryption',
      'x-amz-server-side-encryption-aws-kms-key-id',
      'x-amz-server-side-encryption-context',
      'x-amz-server-side-encryption-bucket-key-enabled',
    ]);
    expect(info.acceptsSseHeaders).toContain('x-amz-server-side-encryption-customer-key');
  });

  it.each<{ operation: Operation; headers: string[]; refused?: string }>([
    {
      operation: 'GetObject',
      headers: ['X-Amz-Server-Side-Encryption'],
      refused: 'x-amz-server-side-encryption',
    },
    {
      operation: 'ListParts',
      headers: ['x-amz-server-side-encryption-context'],
      refused: 'x-amz-server-side-encryption-context',
    },
    { operation: 'GetObject', headers: ['x-amz-server-side-encryption-customer-algorithm'] },
    { operation: 'PutObject', headers: ['x-amz-server-side-encryption'] },
    { operation: 'DeleteObject', headers: ['x-amz-server-side-encryption'] },
  ])('refusedSseHeader($operation, $headers) is $refused', ({ operation, headers, refused }) => {
    expect(refusedSseHeader(operation, headers)).toBe(refused);
  });

  /** Each data rule lists exactly these operations; any other operation has it off. */
  it.each<{
    rule: string;
    holds: (info: ReturnType<typeof operationInfo>) => boolean;
    operations: Operation[];
  }>([
    {
      rule: 'encrypts data under a data key (new bytes, a copy, a part, or a new key chain)',
      holds: (info) => info.encryptsData,
      operations: ['PutObject', 'CopyObject', 'UploadPart', 'UploadPartCopy', 'UpdateObjectEncryption'],
    },
    {
      rule: 'always opens the stored data key of what it reads (API GetObject, CopyObject, UploadPartCopy)',
      holds: (info) => info.opensDataKey === 'always',
      operations: ['GetObject', 'CopyObject', 'UploadPartCopy', 'UpdateObjectEncryption'],
    },
    {
      rule: 'opens it only with x-amz-checksum-mode: ENABLED (API HeadObject ChecksumMode)',
      holds: (info) => info.opensDataKey === 'with-checksum-mode',
      operations: ['HeadObject'],
    },
    {
      rule: 'opens it only when x-amz-object-attributes asks for Checksum, which S3 keeps encrypted with the object (docs/differences.md#object-attributes-checksum-key)',
      holds: (info) => info.opensDataKey === 'with-checksum-attribute',
      operations: ['GetObjectAttributes'],
    },
    {
      rule: 'reads the object it names, whole or one part',
      holds: (info) => info.readsObject,
      operations: ['GetObject', 'HeadObject'],
    },
    {
      rule: 'adds a part to a multipart upload (MODEL UploadPart, UploadPartCopy: PartNumber required)',
      holds: (info) => info.addsPart,
      operations: ['UploadPart', 'UploadPartCopy'],
    },
    {
      rule: 'lets its SSE headers choose the encryption (spec §5)',
      holds: (info) => info.choosesEncryption,
      operations: ['PutObject', 'CopyObject', 'CreateMultipartUpload'],
    },
  ])('the operations that $rule are $operations', ({ holds, operations }) => {
    expect(OPERATION_CATALOG.filter(holds).map((info) => info.operation)).toEqual(operations);
  });

  it.each([
    ['PutObject', true],
    ['kms:CreateKey', true],
    ['ListObjects', false],
    ['', false],
  ])('isOperation(%j) is %s', (name, expected) => {
    expect(isOperation(name)).toBe(expected);
  });
});
