import { describe, expect, it } from 'vitest';
import { contextValues, s3ContextInput } from '../evaluate/testing/contexts.ts';
import { buildS3RequestContext, type S3ContextInput } from './build-s3-context.ts';

const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);

const input = (overrides: Partial<S3ContextInput> = {}): S3ContextInput =>
  s3ContextInput({ key: 'a/b.txt', nowMs: NOW, ...overrides });

const value = contextValues;

const cases: { name: string; input: Partial<S3ContextInput>; key: string; expected: string[] | undefined }[] =
  [
    {
      name: 'the SSE header is absent when the request has none (whatever the bucket default)',
      input: {},
      key: 's3:x-amz-server-side-encryption',
      expected: undefined,
    },
    {
      name: 'the SSE header is seen as sent, whatever the header name case',
      input: { headers: { 'X-Amz-Server-Side-Encryption': 'aws:kms' } },
      key: 's3:x-amz-server-side-encryption',
      expected: ['aws:kms'],
    },
    {
      name: 'the KMS key id is seen as sent (a bare id stays bare)',
      input: {
        headers: {
          'x-amz-server-side-encryption': 'aws:kms',
          'x-amz-server-side-encryption-aws-kms-key-id': '1234abcd-12ab-34cd-56ef-1234567890ab',
        },
      },
      key: 's3:x-amz-server-side-encryption-aws-kms-key-id',
      expected: ['1234abcd-12ab-34cd-56ef-1234567890ab'],
    },
    {
      name: 'aws:kms without a key id gives no key-id key',
      input: { headers: { 'x-amz-server-side-encryption': 'aws:kms' } },
      key: 's3:x-amz-server-side-encryption-aws-kms-key-id',
      expected: undefined,
    },
    {
      name: 'the SSE-C algorithm is seen as sent',
      input: { headers: { 'x-amz-server-side-encryption-customer-algorithm': 'AES256' } },
      key: 's3:x-amz-server-side-encryption-customer-algorithm',
      expected: ['AES256'],
    },
    {
      name: 'UploadPart carries no SSE header, so the key is absent',
      input: { operation: 'UploadPart' },
      key: 's3:x-amz-server-side-encryption',
      expected: undefined,
    },
    {
      name: 'aws:SecureTransport is "true" over HTTPS',
      input: {},
      key: 'aws:SecureTransport',
      expected: ['true'],
    },
    {
      name: 'aws:SecureTransport is "false" over HTTP',
      input: { https: false },
      key: 'aws:SecureTransport',
      expected: ['false'],
    },
    {
      name: 's3:TlsVersion is the TLS version over HTTPS',
      input: { tlsVersion: '1.2' },
      key: 's3:TlsVersion',
      expected: ['1.2'],
    },
    { name: 's3:TlsVersion defaults to 1.3 over HTTPS', input: {}, key: 's3:TlsVersion', expected: ['1.3'] },
    {
      name: 's3:TlsVersion is absent over HTTP',
      input: { https: false, tlsVersion: '1.2' },
      key: 's3:TlsVersion',
      expected: undefined,
    },
    {
      name: 's3:signatureversion is AWS4-HMAC-SHA256 for SigV4',
      input: {},
      key: 's3:signatureversion',
      expected: ['AWS4-HMAC-SHA256'],
    },
    {
      name: 's3:signatureversion is AWS for SigV2',
      input: { signature: 'SigV2' },
      key: 's3:signatureversion',
      expected: ['AWS'],
    },
    { name: 's3:authType is REST-HEADER', input: {}, key: 's3:authType', expected: ['REST-HEADER'] },
    { name: 's3:signatureAge is 0', input: {}, key: 's3:signatureAge', expected: ['0'] },
    {
      name: 'an anonymous request has no signature version',
      input: { signature: 'anonymous' },
      key: 's3:signatureversion',
      expected: undefined,
    },
    {
      name: 'aws:SourceIp is the source address',
      input: {},
      key: 'aws:SourceIp',
      expected: ['203.0.113.10'],
    },
    {
      name: 'aws:CurrentTime is ISO 8601 in UTC',
      input: {},
      key: 'aws:CurrentTime',
      expected: ['2026-01-01T12:00:00Z'],
    },
    {
      name: 'aws:EpochTime is epoch seconds',
      input: {},
      key: 'aws:EpochTime',
      expected: [String(NOW / 1000)],
    },
    {
      name: 'aws:ResourceAccount is the bucket owner',
      input: { bucketAccount: '444455556666' },
      key: 'aws:ResourceAccount',
      expected: ['444455556666'],
    },
    {
      name: 's3:ResourceAccount is the bucket owner',
      input: {},
      key: 's3:ResourceAccount',
      expected: ['111122223333'],
    },
    {
      name: 'the root has aws:userid = its account',
      input: {},
      key: 'aws:userid',
      expected: ['111122223333'],
    },
    {
      name: 'the root has aws:PrincipalType Account',
      input: {},
      key: 'aws:PrincipalType',
      expected: ['Account'],
    },
    { name: 'the root has no aws:username', input: {}, key: 'aws:username', expected: undefined },
    {
      name: 'a user has aws:username',
      input: { principal: 'arn:aws:iam::111122223333:user/team/alice' },
      key: 'aws:username',
      expected: ['alice'],
    },
    {
      name: 'a user has aws:PrincipalType User',
      input: { principal: 'arn:aws:iam::111122223333:user/alice' },
      key: 'aws:PrincipalType',
      expected: ['User'],
    },
    {
      name: 'a session has aws:PrincipalArn = its role',
      input: { principal: 'arn:aws:sts::111122223333:assumed-role/app/job-7' },
      key: 'aws:PrincipalArn',
      expected: ['arn:aws:iam::111122223333:role/app'],
    },
    {
      name: 'a session has aws:PrincipalType AssumedRole',
      input: { principal: 'arn:aws:sts::111122223333:assumed-role/app/job-7' },
      key: 'aws:PrincipalType',
      expected: ['AssumedRole'],
    },
    {
      name: 'a session has no aws:username',
      input: { principal: 'arn:aws:sts::111122223333:assumed-role/app/job-7' },
      key: 'aws:username',
      expected: undefined,
    },
    {
      name: 'aws:PrincipalAccount is the caller account',
      input: { principal: 'arn:aws:iam::444455556666:user/bob' },
      key: 'aws:PrincipalAccount',
      expected: ['444455556666'],
    },
    {
      name: 'an anonymous caller has only aws:PrincipalType Anonymous',
      input: { signature: 'anonymous' },
      key: 'aws:PrincipalType',
      expected: ['Anonymous'],
    },
    {
      name: 'an anonymous caller has no aws:PrincipalArn',
      input: { signature: 'anonymous' },
      key: 'aws:PrincipalArn',
      expected: undefined,
    },
    {
      name: 'a copy carries s3:x-amz-copy-source',
      input: { operation: 'CopyObject', headers: { 'x-amz-copy-source': 'src/k' } },
      key: 's3:x-amz-copy-source',
      expected: ['src/k'],
    },
    {
      name: 'a copy carries s3:x-amz-metadata-directive when sent',
      input: {
        operation: 'CopyObject',
        copySource: 'src/k',
        headers: { 'x-amz-metadata-directive': 'REPLACE' },
      },
      key: 's3:x-amz-metadata-directive',
      expected: ['REPLACE'],
    },
    {
      name: 'a write carries s3:x-amz-acl',
      input: { headers: { 'x-amz-acl': 'bucket-owner-full-control' } },
      key: 's3:x-amz-acl',
      expected: ['bucket-owner-full-control'],
    },
    {
      name: 'x-amz-content-sha256 becomes s3:x-amz-content-sha256',
      input: { operation: 'GetObject', headers: { 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' } },
      key: 's3:x-amz-content-sha256',
      expected: ['UNSIGNED-PAYLOAD'],
    },
    {
      name: 'a versionId query gives s3:VersionId',
      input: { operation: 'GetObject', query: { versionId: 'v1' } },
      key: 's3:versionid',
      expected: ['v1'],
    },
    {
      name: 'x-amz-tagging gives the tag keys',
      input: { headers: { 'x-amz-tagging': 'team=red&env=prod' } },
      key: 's3:RequestObjectTagKeys',
      expected: ['team', 'env'],
    },
    {
      name: 'a GET does not carry the SSE header as a key',
      input: { operation: 'GetObject', headers: { 'x-amz-server-side-encryption': 'AES256' } },
      key: 's3:x-amz-server-side-encryption',
      expected: undefined,
    },
  ];

describe('buildS3RequestContext', () => {
  it.each(cases)('$name', (c) => {
    expect(value(buildS3RequestContext(input(c.input)), c.key)).toEqual(c.expected);
  });

  it('names the action and resource of the operation', () => {
    const context = buildS3RequestContext(input({ operation: 'HeadObject', query: { versionId: 'v9' } }));
    expect(context.action).toBe('s3:GetObjectVersion');
    expect(context.resource).toBe('arn:aws:s3:::test-bucket/a/b.txt');
  });

  it('gives the same simulated aws:userid to the same user every time', () => {
    const user = input({ principal: 'arn:aws:iam::111122223333:user/alice' });
    const first = value(buildS3RequestContext(user), 'aws:userid')?.[0];
    expect(first).toMatch(/^AIDA[A-Z2-7]{17}$/);
    expect(value(buildS3RequestContext(user), 'aws:userid')?.[0]).toBe(first);
  });

  it('gives a role session aws:userid role-id:session', () => {
    const context = buildS3RequestContext(
      input({ principal: 'arn:aws:sts::111122223333:assumed-role/app/job-7' }),
    );
    expect(value(context, 'aws:userid')?.[0]).toMatch(/^AROA[A-Z2-7]{17}:job-7$/);
  });

  it('makes an unreadable principal ARN anonymous', () => {
    expect(buildS3RequestContext(input({ principal: 'alice' })).principal.type).toBe('Anonymous');
  });
});
