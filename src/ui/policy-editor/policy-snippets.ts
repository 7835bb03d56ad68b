/**
 * The bucket policies AWS documents for enforcing encryption and transport (spec §6.5), as
 * statements to add to the policy being edited. Each Sid says what the statement enforces.
 */
import type { JsonObject } from '../../engine/index.ts';

export interface SnippetTarget {
  bucket: string;
  /** The key ARN the "only one KMS key" snippet pins. */
  kmsKeyArn: string;
}

export interface PolicySnippet {
  id: string;
  title: string;
  /** What it does, and the AWS page it comes from. */
  description: string;
  statements(target: SnippetTarget): JsonObject[];
}

const objects = (t: SnippetTarget) => `arn:aws:s3:::${t.bucket}/*`;
const bucketAndObjects = (t: SnippetTarget) => [`arn:aws:s3:::${t.bucket}`, `arn:aws:s3:::${t.bucket}/*`];

const denyPut = (sid: string, t: SnippetTarget, condition: JsonObject): JsonObject => ({
  Sid: sid,
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:PutObject',
  Resource: objects(t),
  Condition: condition,
});

const denyAll = (sid: string, t: SnippetTarget, condition: JsonObject): JsonObject => ({
  Sid: sid,
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: bucketAndObjects(t),
  Condition: condition,
});

export const POLICY_SNIPPETS: readonly PolicySnippet[] = [
  {
    id: 'require-sse-kms',
    title: 'Require SSE-KMS',
    description:
      'Denies PutObject unless x-amz-server-side-encryption is aws:kms; a PUT without the header is denied too, whatever the bucket default (S3 User Guide, UsingKMSEncryption).',
    statements: (t) => [
      denyPut('RequireSSEKMS', t, { StringNotEquals: { 's3:x-amz-server-side-encryption': 'aws:kms' } }),
    ],
  },
  {
    id: 'require-sse-s3',
    title: 'Require SSE-S3 (with Null)',
    description:
      'Two statements: deny a wrong header value, and deny a missing header with Null (S3 User Guide, UsingServerSideEncryption).',
    statements: (t) => [
      denyPut('DenyIncorrectEncryptionHeader', t, {
        StringNotEquals: { 's3:x-amz-server-side-encryption': 'AES256' },
      }),
      denyPut('DenyUnencryptedObjectUploads', t, { Null: { 's3:x-amz-server-side-encryption': 'true' } }),
    ],
  },
  {
    id: 'require-sse-c',
    title: 'Require SSE-C',
    description:
      'Denies PutObject without the SSE-C algorithm header (S3 User Guide, ServerSideEncryptionCustomerKeys).',
    statements: (t) => [
      denyPut('RequireSSEC', t, { Null: { 's3:x-amz-server-side-encryption-customer-algorithm': 'true' } }),
    ],
  },
  {
    id: 'forbid-sse-c',
    title: 'Forbid SSE-C',
    description:
      'Denies PutObject that carries the SSE-C algorithm header (S3 User Guide, ServerSideEncryptionCustomerKeys).',
    statements: (t) => [
      denyPut('ForbidSSEC', t, { Null: { 's3:x-amz-server-side-encryption-customer-algorithm': 'false' } }),
    ],
  },
  {
    id: 'https-only',
    title: 'HTTPS only',
    description: 'Denies every request made over plain HTTP (S3 User Guide, example bucket policies).',
    statements: (t) => [denyAll('DenyInsecureTransport', t, { Bool: { 'aws:SecureTransport': 'false' } })],
  },
  {
    id: 'tls-1-2',
    title: 'TLS 1.2 or newer',
    description: 'Denies requests whose TLS version is below 1.2 (S3 User Guide, amazon-s3-policy-keys).',
    statements: (t) => [denyAll('DenyOldTls', t, { NumericLessThan: { 's3:TlsVersion': '1.2' } })],
  },
  {
    id: 'one-kms-key',
    title: 'Only one KMS key',
    description:
      'Denies PutObject unless it names this KMS key by ARN; a PUT that names no key is denied too (S3 User Guide, UsingKMSEncryption).',
    statements: (t) => [
      denyPut('RequireOneKmsKey', t, {
        StringNotEquals: { 's3:x-amz-server-side-encryption-aws-kms-key-id': t.kmsKeyArn },
      }),
    ],
  },
];
