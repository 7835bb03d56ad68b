import { describe, expect, it } from 'vitest';
import { expectRefusal, type RefusalCase, withSetup } from './test-fixtures.ts';

const cases: RefusalCase[] = [
  {
    name: 'an account of 11 digits is refused',
    file: withSetup({ account: '11112222333' }),
    errors: [{ path: 'setup.account', message: 'must be 12 digits, not "11112222333"' }],
  },
  {
    name: 'an unknown set-up field is refused',
    file: withSetup({ buckets: [] }),
    errors: [{ path: 'setup.buckets', message: expect.stringContaining('unknown field "buckets"') }],
  },
  {
    name: 'versioning must be Enabled or Suspended',
    file: withSetup({ versioning: 'On' }),
    errors: [{ path: 'setup.versioning', message: 'must be one of "Enabled", "Suspended", not "On"' }],
  },
  {
    name: 'an unknown SSE algorithm in the bucket encryption is refused',
    file: withSetup({
      bucketEncryption: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES128' } }] },
    }),
    errors: [
      {
        path: 'setup.bucketEncryption.Rules[0].ApplyServerSideEncryptionByDefault.SSEAlgorithm',
        message: 'must be one of "AES256", "aws:kms", "aws:kms:dsse", not "AES128"',
      },
    ],
  },
  {
    name: 'a blocked encryption type other than SSE-C or NONE is refused',
    file: withSetup({
      bucketEncryption: { Rules: [{ BlockedEncryptionTypes: { EncryptionType: ['SSE-KMS'] } }] },
    }),
    errors: [
      {
        path: 'setup.bucketEncryption.Rules[0].BlockedEncryptionTypes.EncryptionType[0]',
        message: 'must be "SSE-C" or "NONE", not the string "SSE-KMS"',
      },
    ],
  },
  {
    name: 'Block Public Access needs all four flags',
    file: withSetup({
      publicAccessBlock: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: false },
    }),
    errors: [{ path: 'setup.publicAccessBlock.RestrictPublicBuckets', message: 'is required' }],
  },
  {
    name: 'a policy string that is not JSON is reported with its line and column',
    file: withSetup({ policy: '{\n  "Version": }' }),
    errors: [
      {
        path: 'setup.policy',
        message: 'is not valid JSON: unexpected character "}" at line 2, column 14 of the policy',
      },
    ],
  },
  {
    name: 'a KMS key id that is not a UUID is refused',
    file: withSetup({ kmsKeys: [{ id: 'my-key' }] }),
    errors: [{ path: 'setup.kmsKeys[0].id', message: expect.stringContaining('must be a key id') }],
  },
  {
    name: 'two KMS keys with one id are refused',
    file: withSetup({
      kmsKeys: [
        { id: '1234abcd-12ab-34cd-56ef-1234567890ab' },
        { id: '1234abcd-12ab-34cd-56ef-1234567890ab' },
      ],
    }),
    errors: [
      { path: 'setup.kmsKeys[1].id', message: 'repeats the key id "1234abcd-12ab-34cd-56ef-1234567890ab"' },
    ],
  },
  {
    name: 'a key state outside the three is refused',
    file: withSetup({ kmsKeys: [{ id: '1234abcd-12ab-34cd-56ef-1234567890ab', state: 'Deleted' }] }),
    errors: [
      {
        path: 'setup.kmsKeys[0].state',
        message: 'must be one of "Enabled", "Disabled", "PendingDeletion", not "Deleted"',
      },
    ],
  },
  {
    name: 'a zero KMS quota is refused',
    file: withSetup({ kmsRequestsPerSecond: 0 }),
    errors: [{ path: 'setup.kmsRequestsPerSecond', message: 'must be a positive number, not 0' }],
  },
  {
    name: 'a set-up object without key is refused',
    file: withSetup({ objects: [{ body: 'x' }] }),
    errors: [{ path: 'setup.objects[0].key', message: 'is required' }],
  },
  {
    name: 'a principal that is not an IAM ARN is refused',
    file: withSetup({ principals: [{ arn: 'alice' }] }),
    errors: [{ path: 'setup.principals[0].arn', message: expect.stringContaining('must be an IAM ARN') }],
  },
  {
    name: 'another bucket with an 8-digit account is refused',
    file: withSetup({ otherBuckets: [{ name: 'b', account: '12345678' }] }),
    errors: [{ path: 'setup.otherBuckets[0].account', message: 'must be 12 digits, not "12345678"' }],
  },
];

describe('parseScenarioFile refuses a set-up the format does not allow', () => {
  it.each(cases)('$name', (refusal) => expectRefusal(refusal));
});
