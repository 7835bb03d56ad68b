import { describe, expect, it } from 'vitest';
import { ACCOUNT, K1, K1_ARN, kmsFixture, OTHER_ACCOUNT } from './testing/kms-fixture.ts';

const WEST = '5555eeee-55ee-55ee-55ee-5555eeee5555';
const MISSING = '99999999-9999-4999-8999-999999999999';
const keys = [
  { id: K1, alias: 'alias/k1' },
  { id: WEST, region: 'us-west-2' },
];

/** Spec §2.6, recorded from AWS by LocalStack's test_s3_sse_validate_kms_key. */
const failures = [
  {
    name: 'a key id that is not a UUID, ARN or alias is an invalid keyId',
    ref: 'fake-key-id',
    message: "Invalid keyId 'fake-key-id'",
  },
  {
    name: 'a well-formed UUID that does not exist names the key ARN in the bucket Region',
    ref: MISSING,
    message: `Key 'arn:aws:kms:us-east-1:${ACCOUNT}:key/${MISSING}' does not exist`,
  },
  {
    name: 'a same-Region ARN of a missing key says the key does not exist',
    ref: `arn:aws:kms:us-east-1:${ACCOUNT}:key/${MISSING}`,
    message: `Key 'arn:aws:kms:us-east-1:${ACCOUNT}:key/${MISSING}' does not exist`,
  },
  {
    name: 'an ARN of a key in another Region is an invalid arn naming that Region',
    ref: `arn:aws:kms:us-west-2:${ACCOUNT}:key/${WEST}`,
    message: 'Invalid arn us-west-2',
  },
  {
    name: 'the bare id of a key that exists only in another Region is resolved in the bucket Region',
    ref: WEST,
    message: `Key 'arn:aws:kms:us-east-1:${ACCOUNT}:key/${WEST}' does not exist`,
  },
  {
    name: 'an alias that does not exist is not found',
    ref: 'alias/missing',
    message: `Alias arn:aws:kms:us-east-1:${ACCOUNT}:alias/missing is not found.`,
  },
];

const successes = [
  { name: 'a bare key id resolves to the full key ARN', ref: K1 },
  { name: 'a key ARN resolves to itself', ref: K1_ARN },
  { name: 'an alias name resolves to its key', ref: 'alias/k1' },
  { name: 'an alias ARN resolves to its key', ref: `arn:aws:kms:us-east-1:${ACCOUNT}:alias/k1` },
];

describe('resolving the key an S3 request names', () => {
  it.each(failures)('$name', async ({ ref, message }) => {
    const { kms } = await kmsFixture({ keys });
    const resolved = kms.resolveKeyForS3(ref, ACCOUNT);
    expect(resolved).toEqual({ ok: false, error: { code: 'NotFoundException', message } });
  });

  it.each(successes)('$name', async ({ ref }) => {
    const { kms } = await kmsFixture({ keys });
    const resolved = kms.resolveKeyForS3(ref, ACCOUNT);
    expect(resolved.ok && resolved.value.keyArn).toBe(K1_ARN);
  });

  it('no key id means the aws/s3 key, created on first use with the ARN reserved up front', async () => {
    const { kms } = await kmsFixture({ keys });
    const reserved = kms.awsManagedKeyArn();
    expect(kms.listKeys().some((k) => k.manager === 'AWS')).toBe(false);
    const resolved = kms.resolveKeyForS3(undefined, ACCOUNT);
    expect(resolved.ok && resolved.value).toMatchObject({
      keyArn: reserved,
      manager: 'AWS',
      alias: 'alias/aws/s3',
    });
    expect(kms.resolveKeyForS3('alias/aws/s3', ACCOUNT)).toEqual(resolved);
    expect(kms.listKeys().filter((k) => k.manager === 'AWS')).toHaveLength(1);
  });

  it('a requester from another account cannot fall back to aws/s3 (spec §2.6, aws/aws-cli#4507)', async () => {
    const { kms } = await kmsFixture({ keys });
    expect(kms.resolveKeyForS3(undefined, OTHER_ACCOUNT)).toEqual({
      ok: false,
      error: { code: 'NotFoundException', message: 'Invalid keyId aws/s3' },
    });
  });

  it.each([
    {
      name: 'a bare key id from another account is looked up in that account, where it does not exist',
      ref: K1,
      message: `Key 'arn:aws:kms:us-east-1:${OTHER_ACCOUNT}:key/${K1}' does not exist`,
    },
    {
      name: 'an alias from another account is looked up in that account, where it does not exist',
      ref: 'alias/k1',
      message: `Alias arn:aws:kms:us-east-1:${OTHER_ACCOUNT}:alias/k1 is not found.`,
    },
  ])('$name (spec §1.2: cross-account use needs the full key ARN)', async ({ ref, message }) => {
    const { kms } = await kmsFixture({ keys });
    expect(kms.resolveKeyForS3(ref, OTHER_ACCOUNT)).toEqual({
      ok: false,
      error: { code: 'NotFoundException', message },
    });
  });

  it('a requester from another account reaches the key by its full ARN', async () => {
    const { kms } = await kmsFixture({ keys });
    const resolved = kms.resolveKeyForS3(K1_ARN, OTHER_ACCOUNT);
    expect(resolved.ok && resolved.value.keyArn).toBe(K1_ARN);
  });

  it('the same seed reserves the same aws/s3 ARN', async () => {
    const a = await kmsFixture({ seed: 3 });
    const b = await kmsFixture({ seed: 3 });
    expect(a.kms.awsManagedKeyArn()).toBe(b.kms.awsManagedKeyArn());
    expect(a.kms.awsManagedKeyArn()).toMatch(/^arn:aws:kms:us-east-1:111122223333:key\/[0-9a-f-]{36}$/);
  });
});
