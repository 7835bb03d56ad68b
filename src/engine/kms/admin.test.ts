import { describe, expect, it } from 'vitest';
import {
  ACCOUNT,
  ALICE,
  K1,
  K1_ARN,
  K2,
  K2_ARN,
  KMS_USE_POLICY,
  kmsFixture,
  ROOT,
} from './testing/kms-fixture.ts';

const validation = (days: number, bound: string) =>
  `1 validation error detected: Value '${days}' at 'pendingWindowInDays' failed to satisfy constraint: Member must have value ${bound}`;

describe('key management operations', () => {
  it('DescribeKey answers the AWS CLI KeyMetadata shape', async () => {
    const { kms } = await kmsFixture();
    expect(kms.describeKey('alias/k1')).toEqual({
      ok: true,
      value: {
        KeyMetadata: {
          AWSAccountId: ACCOUNT,
          KeyId: K1,
          Arn: K1_ARN,
          CreationDate: '2026-01-01T00:00:00.000Z',
          Enabled: true,
          Description: '',
          KeyUsage: 'ENCRYPT_DECRYPT',
          KeyState: 'Enabled',
          Origin: 'AWS_KMS',
          KeyManager: 'CUSTOMER',
          CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT',
          KeySpec: 'SYMMETRIC_DEFAULT',
          EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
          MultiRegion: false,
        },
      },
    });
  });

  it('DescribeKey on aws/s3 after first use shows KeyManager AWS and its description (spec §2.3)', async () => {
    const { kms } = await kmsFixture();
    expect(kms.describeKey(kms.awsManagedKeyArn()).ok).toBe(false);
    kms.resolveKeyForS3(undefined, ACCOUNT);
    const described = kms.describeKey(kms.awsManagedKeyArn());
    expect(described.ok && described.value.KeyMetadata).toMatchObject({
      KeyManager: 'AWS',
      Description: 'Default key that protects my S3 objects when no other key is defined',
      KeySpec: 'SYMMETRIC_DEFAULT',
    });
  });

  const windows = [
    {
      name: 'a pending window under 7 days is a validation error',
      days: 6,
      message: validation(6, 'greater than or equal to 7'),
    },
    {
      name: 'a pending window over 30 days is a validation error',
      days: 31,
      message: validation(31, 'less than or equal to 30'),
    },
  ];
  it.each(windows)('$name', async ({ days, message }) => {
    const { kms } = await kmsFixture();
    expect(kms.scheduleKeyDeletion(K1, days)).toEqual({
      ok: false,
      error: { code: 'ValidationException', message },
    });
  });

  it('ScheduleKeyDeletion defaults to 30 days and DescribeKey shows the deletion date', async () => {
    const { kms } = await kmsFixture();
    expect(kms.scheduleKeyDeletion(K1)).toEqual({
      ok: true,
      value: {
        KeyId: K1_ARN,
        DeletionDate: '2026-01-31T00:00:00.000Z',
        KeyState: 'PendingDeletion',
        PendingWindowInDays: 30,
      },
    });
    const described = kms.describeKey(K1);
    expect(described.ok && described.value.KeyMetadata).toMatchObject({
      KeyState: 'PendingDeletion',
      Enabled: false,
      DeletionDate: '2026-01-31T00:00:00.000Z',
      PendingDeletionWindowInDays: 30,
    });
  });

  const stateErrors = [
    {
      name: 'disabling a key pending deletion is an invalid state',
      run: 'disable',
      message: `${K1_ARN} is pending deletion.`,
    },
    {
      name: 'enabling a key pending deletion is an invalid state',
      run: 'enable',
      message: `${K1_ARN} is pending deletion.`,
    },
    {
      name: 'scheduling deletion twice is an invalid state',
      run: 'schedule',
      message: `${K1_ARN} is pending deletion.`,
    },
  ];
  it.each(stateErrors)('$name', async ({ run, message }) => {
    const { kms } = await kmsFixture();
    kms.scheduleKeyDeletion(K1, 7);
    const result =
      run === 'disable'
        ? kms.disableKey(K1)
        : run === 'enable'
          ? kms.enableKey(K1)
          : kms.scheduleKeyDeletion(K1);
    expect(result).toEqual({
      ok: false,
      error: { code: 'KMSInvalidStateException', message, keyArn: K1_ARN },
    });
  });

  it('cancelling the deletion of a key that is not pending deletion is an invalid state', async () => {
    const { kms } = await kmsFixture();
    expect(kms.cancelKeyDeletion(K1)).toEqual({
      ok: false,
      error: {
        code: 'KMSInvalidStateException',
        message: `${K1_ARN} is not pending deletion.`,
        keyArn: K1_ARN,
      },
    });
  });

  const awsKeyOps = [
    { name: 'the aws/s3 key cannot be disabled: its key policy does not allow it', op: 'DisableKey' },
    { name: 'the aws/s3 key cannot be scheduled for deletion', op: 'ScheduleKeyDeletion' },
    { name: 'the aws/s3 key policy cannot be replaced', op: 'PutKeyPolicy' },
  ];
  it.each(awsKeyOps)('$name', async ({ op }) => {
    const { kms } = await kmsFixture();
    kms.resolveKeyForS3(undefined, ACCOUNT);
    const arn = kms.awsManagedKeyArn();
    const result =
      op === 'DisableKey'
        ? kms.disableKey(arn)
        : op === 'ScheduleKeyDeletion'
          ? kms.scheduleKeyDeletion(arn)
          : kms.putKeyPolicy(arn, { Version: '2012-10-17', Statement: [] });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'AccessDeniedException',
        message: `User: ${ROOT} is not authorized to perform: kms:${op} on resource: ${arn} because no resource-based policy allows the kms:${op} action`,
        keyArn: arn,
      },
    });
  });

  it('CreateKey makes an enabled customer key with the given id and alias', async () => {
    const { kms } = await kmsFixture();
    const created = await kms.createKey({ KeyId: K2, Alias: 'k2' });
    expect(created.ok && created.value.KeyMetadata).toMatchObject({
      KeyId: K2,
      Arn: K2_ARN,
      KeyState: 'Enabled',
    });
    expect(kms.keyArn('alias/k2')).toBe(K2_ARN);
  });

  const createErrors = [
    {
      name: 'an alias already in use is refused',
      input: { KeyId: K2, Alias: 'alias/k1' },
      error: {
        code: 'AlreadyExistsException',
        message: `An alias with the name arn:aws:kms:us-east-1:${ACCOUNT}:alias/k1 already exists`,
      },
    },
    {
      name: 'an alias under alias/aws/ is reserved',
      input: { Alias: 'alias/aws/mine' },
      error: { code: 'ValidationException' },
    },
    {
      name: 'an existing key id is refused',
      input: { KeyId: K1 },
      error: { code: 'AlreadyExistsException' },
    },
    {
      name: 'a policy that would lock the account out is refused (policy lockout safety check)',
      input: {
        KeyId: K2,
        Policy: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { AWS: ALICE }, Action: 'kms:Decrypt', Resource: '*' }],
        },
      },
      error: {
        code: 'MalformedPolicyDocumentException',
        message: 'The new key policy will not allow you to update the key policy in the future.',
      },
    },
    {
      name: 'a policy that is not JSON is refused',
      input: { KeyId: K2, Policy: '{not json' },
      error: { code: 'MalformedPolicyDocumentException' },
    },
  ];
  it.each(createErrors)('$name', async ({ input, error }) => {
    const { kms } = await kmsFixture();
    const created = await kms.createKey(input);
    expect(created.ok || created.error).toMatchObject(error);
  });

  it('PutKeyPolicy replaces the policy used by later calls', async () => {
    const { kms } = await kmsFixture({ identityPolicies: { [ALICE]: KMS_USE_POLICY } });
    const call = { keyArn: K1_ARN, encryptionContext: {}, principalArn: ALICE, sourceIp: '' };
    expect((await kms.generateDataKey(call)).ok).toBe(true);
    const rootOnly = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: ROOT }, Action: 'kms:PutKeyPolicy', Resource: '*' }],
    };
    expect(kms.putKeyPolicy(K1, JSON.stringify(rootOnly))).toEqual({ ok: true, value: {} });
    expect((await kms.generateDataKey(call)).ok).toBe(false);
    expect(kms.listKeys()[0]).toMatchObject({ policy: rootOnly, policyIsDefault: false });
  });
});
