/** Transport and signature (spec §2.7, §4.1) and the SSE-C block (spec §1.3), checked before KMS. */
import { describe, expect, it } from 'vitest';
import type { RequestInput, Setup } from '../../types.ts';
import { K1, KEY_A, kmsHeaders, makeWorld, SSE_C_ALLOWED, sseC } from '../testing/world-fixture.ts';

const KMS_HTTP =
  'Requests specifying Server Side Encryption with AWS KMS managed keys must be made over a secure connection.';
const KMS_SIGV4 =
  'Requests specifying Server Side Encryption with AWS KMS managed keys require AWS Signature Version 4.';
const SSEC_HTTP =
  'Requests specifying Server Side Encryption with Customer provided keys must be made over a secure connection.';
const kmsDefault: Setup = {
  bucketEncryption: {
    Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: K1 } }],
  },
};

const rows: {
  name: string;
  setup?: Setup;
  request: RequestInput;
  status: number;
  message?: string;
  /** The answer is marked as assumed: the check-before-authorization order is observed for writes. */
  assumedOrder?: true;
}[] = [
  {
    name: 'an SSE-KMS PUT over HTTP',
    request: { operation: 'PutObject', key: 'k', https: false, headers: kmsHeaders(K1) },
    status: 400,
    message: KMS_HTTP,
  },
  {
    name: 'a header-less PUT to a KMS-default bucket over HTTP',
    setup: kmsDefault,
    request: { operation: 'PutObject', key: 'k', https: false },
    status: 400,
    message: KMS_HTTP,
  },
  {
    name: 'an SSE-KMS PUT signed with SigV2',
    request: { operation: 'PutObject', key: 'k', signature: 'SigV2', headers: kmsHeaders(K1) },
    status: 400,
    message: KMS_SIGV4,
  },
  {
    name: 'an anonymous GET of a KMS object',
    setup: { objects: [{ key: 'kms', headers: kmsHeaders(K1) }] },
    request: { operation: 'GetObject', key: 'kms', signature: 'anonymous' },
    status: 400,
    message: KMS_SIGV4,
    assumedOrder: true,
  },
  {
    name: 'a GET of a KMS object over HTTP',
    setup: { objects: [{ key: 'kms', headers: kmsHeaders(K1) }] },
    request: { operation: 'GetObject', key: 'kms', https: false },
    status: 400,
    message: KMS_HTTP,
    assumedOrder: true,
  },
  {
    name: 'an SSE-C PUT over HTTP',
    setup: { bucketEncryption: SSE_C_ALLOWED },
    request: { operation: 'PutObject', key: 'k', https: false, headers: sseC(KEY_A) },
    status: 400,
    message: SSEC_HTTP,
  },
  {
    name: 'an SSE-S3 PUT over HTTP',
    request: {
      operation: 'PutObject',
      key: 'k',
      https: false,
      headers: { 'x-amz-server-side-encryption': 'AES256' },
    },
    status: 200,
  },
  {
    name: 'an SSE-C PUT on a never-configured bucket (SSE-C blocked since April 2026)',
    request: { operation: 'PutObject', key: 'k', headers: sseC(KEY_A) },
    status: 403,
  },
  {
    name: 'an SSE-C multipart upload on a bucket that blocks SSE-C',
    setup: { bucketEncryption: { Rules: [{ BlockedEncryptionTypes: { EncryptionType: ['SSE-C'] } }] } },
    request: { operation: 'CreateMultipartUpload', key: 'k', headers: sseC(KEY_A) },
    status: 403,
  },
  {
    name: 'an SSE-C PUT on a bucket that unblocked SSE-C',
    setup: { bucketEncryption: SSE_C_ALLOWED },
    request: { operation: 'PutObject', key: 'k', headers: sseC(KEY_A) },
    status: 200,
  },
];

describe('transport, signature and blocked encryption types', () => {
  it.each(rows)('$name → $status', async ({ setup, request, status, message, assumedOrder }) => {
    const world = await makeWorld(setup);
    const { response, trace, differences } = await world.send(request);
    expect(response.status).toBe(status);
    // docs/differences.md#kms-stored-object-before-authorization
    expect(differences?.some((note) => note.id === 'kms-stored-object-before-authorization') ?? false).toBe(
      assumedOrder ?? false,
    );
    if (message) expect(response.error).toMatchObject({ code: 'InvalidArgument', message });
    if (status === 403)
      expect(trace.find((step) => step.outcome === 'fail')?.stage).toBe('blocked-encryption');
  });

  it('a KMS PUT over HTTP gets the 400 even under a deny-HTTP policy (validation comes before authorization)', async () => {
    const world = await makeWorld({
      policy: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Deny',
            Principal: '*',
            Action: 's3:*',
            Resource: 'arn:aws:s3:::test-bucket/*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          },
        ],
      },
    });
    const kms = await world.send({ operation: 'PutObject', key: 'k', https: false, headers: kmsHeaders(K1) });
    expect(kms.response.status).toBe(400);
    const plain = await world.send({ operation: 'PutObject', key: 'k', https: false });
    expect(plain.response).toMatchObject({ status: 403, error: { code: 'AccessDenied' } });
  });
});
