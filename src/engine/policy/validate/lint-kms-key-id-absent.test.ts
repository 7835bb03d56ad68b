/**
 * A Deny pinning the KMS key with a negated operator. IAM User Guide, condition operators
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html):
 * a negated matching operator is true when the key is absent from the request, and "...IfExists"
 * evaluates the condition as true when the key is absent. S3 User Guide, UsingKMSEncryption
 * (#require-sse-kms) documents the StringNotEquals policy and says a PUT that names no key is
 * denied. The first table shows what the engine answers, the words of the warning come from it.
 */
import { describe, expect, it } from 'vitest';
import { K1_ARN, K2_ARN, makeWorld } from '../../s3/testing/world-fixture.ts';
import type { EncryptionConfiguration } from '../../types.ts';
import { parsePolicy } from '../parse/index.ts';
import { denyStatement as deny } from './testing/deny-statement.ts';
import { diagnosticsCoded, textMarked } from './testing/diagnostics-coded.ts';

const KEY_ID = 's3:x-amz-server-side-encryption-aws-kms-key-id';
const SSE = 's3:x-amz-server-side-encryption';
const DEFAULT_IS_K1: EncryptionConfiguration = {
  Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: K1_ARN } }],
};
const UPLOADS = {
  default: {},
  kmsOnly: { 'x-amz-server-side-encryption': 'aws:kms' },
  k1: { 'x-amz-server-side-encryption': 'aws:kms', 'x-amz-server-side-encryption-aws-kms-key-id': K1_ARN },
  k2: { 'x-amz-server-side-encryption': 'aws:kms', 'x-amz-server-side-encryption-aws-kms-key-id': K2_ARN },
};

describe('what S3 answers a Deny that pins the KMS key, on a bucket whose default is that key', () => {
  it.each([
    {
      name: 'StringNotEquals refuses the default-encrypted and the aws:kms-only upload',
      condition: { StringNotEquals: { [KEY_ID]: K1_ARN } },
      statuses: { default: 403, kmsOnly: 403, k1: 200, k2: 403 },
    },
    {
      name: 'StringNotEqualsIfExists refuses them too',
      condition: { StringNotEqualsIfExists: { [KEY_ID]: K1_ARN } },
      statuses: { default: 403, kmsOnly: 403, k1: 200, k2: 403 },
    },
    {
      name: 'StringNotLike refuses them too',
      condition: { StringNotLike: { [KEY_ID]: K1_ARN } },
      statuses: { default: 403, kmsOnly: 403, k1: 200, k2: 403 },
    },
    {
      name: 'Null false beside it lets both through and still refuses the wrong key',
      condition: { StringNotEquals: { [KEY_ID]: K1_ARN }, Null: { [KEY_ID]: 'false' } },
      statuses: { default: 200, kmsOnly: 200, k1: 200, k2: 403 },
    },
  ])('$name', async ({ condition, statuses }) => {
    const world = await makeWorld({
      bucketEncryption: DEFAULT_IS_K1,
      policy: deny({ Condition: condition }),
    });
    for (const [upload, status] of Object.entries(statuses)) {
      const headers = UPLOADS[upload as keyof typeof UPLOADS];
      const { response } = await world.send({ operation: 'PutObject', key: upload, headers, body: 'x' });
      expect([upload, response.status]).toEqual([upload, status]);
    }
  });

  it('with Null false, the aws:kms-only upload goes under the AWS managed key, not the pinned one', async () => {
    const condition = { StringNotEquals: { [KEY_ID]: K1_ARN }, Null: { [KEY_ID]: 'false' } };
    const world = await makeWorld({
      bucketEncryption: DEFAULT_IS_K1,
      policy: deny({ Condition: condition }),
    });
    const kmsOnly = await world.send({
      operation: 'PutObject',
      key: 'a',
      headers: UPLOADS.kmsOnly,
      body: 'x',
    });
    const viaDefault = await world.send({ operation: 'PutObject', key: 'b', body: 'x' });
    expect(kmsOnly.response.headers['x-amz-server-side-encryption-aws-kms-key-id']).toBe(
      world.awsManagedKeyArn(),
    );
    expect(viaDefault.response.headers['x-amz-server-side-encryption-aws-kms-key-id']).toBe(K1_ARN);
  });
});

const warningsOf = (text: string) => diagnosticsCoded(text, 'denies-absent-kms-key-id');
const marked = (text: string) => textMarked(text, 'denies-absent-kms-key-id');

describe('the warning on a Deny that refuses uploads sending no KMS key id', () => {
  it.each([
    {
      name: 'StringNotEquals is marked at the key and points to Null false',
      condition: { StringNotEquals: { [KEY_ID]: K1_ARN } },
      says: [
        'relying on the bucket default encryption',
        'only x-amz-server-side-encryption: aws:kms',
        `"Null": {"${KEY_ID}": "false"}`,
      ],
    },
    {
      name: 'StringNotEqualsIfExists says IfExists does not help',
      condition: { StringNotEqualsIfExists: { [KEY_ID]: K1_ARN } },
      says: ['StringNotEqualsIfExists is true when the key id is absent, IfExists included'],
    },
    {
      name: 'StringNotLike is negated too',
      condition: { StringNotLike: { [KEY_ID]: 'arn:aws:kms:*' } },
      says: ['StringNotLike is true when the key id is absent'],
    },
    {
      name: 'with Null false on the encryption header it names only the aws:kms-only upload',
      condition: { StringNotEquals: { [KEY_ID]: K1_ARN }, Null: { [SSE]: 'false' } },
      says: ['uploads that send x-amz-server-side-encryption: aws:kms without a key id'],
    },
  ])('$name', ({ condition, says }) => {
    const text = deny({ Condition: condition });
    expect(marked(text)).toEqual([`"${KEY_ID}"`]);
    expect(warningsOf(text)[0]?.severity).toBe('warning');
    for (const phrase of says) expect(warningsOf(text)[0]?.message).toContain(phrase);
  });

  it.each([
    {
      name: 'Null false beside it',
      text: deny({ Condition: { StringNotEquals: { [KEY_ID]: K1_ARN }, Null: { [KEY_ID]: 'false' } } }),
    },
    {
      name: 'a StringEquals on the key id',
      text: deny({ Condition: { StringEquals: { [KEY_ID]: K2_ARN } } }),
    },
    {
      name: 'an Allow',
      text: deny({
        Effect: 'Allow',
        Principal: { AWS: '111122223333' },
        Condition: { StringNotEquals: { [KEY_ID]: K1_ARN } },
      }),
    },
    {
      name: 'a Deny that does not cover PutObject',
      text: deny({ Action: 's3:GetObject', Condition: { StringNotEquals: { [KEY_ID]: K1_ARN } } }),
    },
  ])('says nothing about $name', ({ text }) => {
    expect(warningsOf(text)).toEqual([]);
  });
});

describe('in a policy with several statements, each warning marks its own statement', () => {
  const text = JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'DenyNonKms',
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:PutObject',
          Resource: 'arn:aws:s3:::test-bucket/*',
          Condition: { StringNotEquals: { [SSE]: 'aws:kms' } },
        },
        {
          Sid: 'DenyWrongKmsKey',
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:PutObject',
          Resource: 'arn:aws:s3:::test-bucket/*',
          Condition: { StringNotEquals: { [KEY_ID]: K1_ARN } },
        },
        {
          Sid: 'MeantToRequireTls',
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: ['arn:aws:s3:::test-bucket', 'arn:aws:s3:::test-bucket/*'],
          Condition: { Bool: { 'aws:SecureTransport': 'true' } },
        },
      ],
    },
    null,
    2,
  );
  const { policy, diagnostics } = parsePolicy(text, { bucket: 'test-bucket' });
  const sidOf = (offset: number) =>
    policy?.statements.find((s) => s.range.start.offset <= offset && offset < s.range.end.offset)?.sid?.value;

  it.each([
    { code: 'denies-default-encryption', sid: 'DenyNonKms' },
    { code: 'denies-absent-kms-key-id', sid: 'DenyWrongKmsKey' },
    { code: 'deny-secure-transport-true', sid: 'MeantToRequireTls' },
  ])('$code is in $sid', ({ code, sid }) => {
    const found = diagnostics.filter((d) => d.code === code);
    expect(found.map((d) => sidOf(d.range.start.offset))).toEqual([sid]);
  });
});
