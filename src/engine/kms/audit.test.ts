import { describe, expect, it } from 'vitest';
import { ALICE, K1, K1_ARN, KMS_USE_POLICY, kmsFixture, ROOT } from './testing/kms-fixture.ts';

const context = { 'aws:s3:arn': 'arn:aws:s3:::test-bucket/k' };

describe('the CloudTrail-shaped audit log', () => {
  it('GenerateDataKey through S3 is logged with the requester, invokedBy s3 and the KMS request parameters', async () => {
    const { kms } = await kmsFixture({ identityPolicies: { [ALICE]: KMS_USE_POLICY } });
    await kms.generateDataKey({
      keyArn: K1_ARN,
      encryptionContext: context,
      principalArn: ALICE,
      sourceIp: '203.0.113.9',
    });
    expect(kms.auditLog()).toEqual([
      {
        eventTime: '2026-01-01T00:00:00Z',
        eventSource: 'kms.amazonaws.com',
        eventName: 'GenerateDataKey',
        awsRegion: 'us-east-1',
        sourceIPAddress: 's3.amazonaws.com',
        userIdentity: {
          type: 'IAMUser',
          arn: ALICE,
          accountId: '111122223333',
          invokedBy: 's3.amazonaws.com',
        },
        requestParameters: { keyId: K1_ARN, encryptionContext: context, keySpec: 'AES_256' },
        responseElements: null,
        resources: [{ ARN: K1_ARN, type: 'AWS::KMS::Key' }],
      },
    ]);
  });

  it('Decrypt is logged with the context and SYMMETRIC_DEFAULT, and a direct call with the caller IP', async () => {
    const { kms } = await kmsFixture({ identityPolicies: { [ALICE]: KMS_USE_POLICY } });
    const key = await kms.generateDataKey({
      keyArn: K1_ARN,
      encryptionContext: context,
      principalArn: ALICE,
      sourceIp: '203.0.113.9',
    });
    if (!key.ok) throw new Error(key.error.message);
    await kms.decrypt({
      ciphertextBlob: key.value.ciphertextBlob,
      encryptionContext: context,
      principalArn: ALICE,
      sourceIp: '203.0.113.9',
      viaS3: false,
    });
    const event = kms.auditLog()[1];
    expect(event).toMatchObject({
      eventName: 'Decrypt',
      sourceIPAddress: '203.0.113.9',
      requestParameters: { encryptionContext: context, encryptionAlgorithm: 'SYMMETRIC_DEFAULT' },
      resources: [{ ARN: K1_ARN, type: 'AWS::KMS::Key' }],
    });
    expect(event?.userIdentity.invokedBy).toBeUndefined();
  });

  it('a refused call is logged with its error code and message', async () => {
    const { kms } = await kmsFixture();
    await kms.generateDataKey({
      keyArn: K1_ARN,
      encryptionContext: context,
      principalArn: ALICE,
      sourceIp: '203.0.113.9',
    });
    expect(kms.auditLog()[0]).toMatchObject({
      eventName: 'GenerateDataKey',
      errorCode: 'AccessDeniedException',
      errorMessage: expect.stringContaining('is not authorized to perform: kms:GenerateDataKey'),
    });
  });

  it('a blob that is not a KMS blob is logged without a resource', async () => {
    const { kms } = await kmsFixture();
    await kms.decrypt({
      ciphertextBlob: new Uint8Array(8),
      encryptionContext: {},
      principalArn: ALICE,
      sourceIp: '',
    });
    const [event] = kms.auditLog();
    expect(event?.errorCode).toBe('InvalidCiphertextException');
    expect(event?.resources).toBeUndefined();
  });

  it('a key-management call from the console is a management event with its response elements', async () => {
    const { kms } = await kmsFixture();
    kms.scheduleKeyDeletion(K1, 7);
    expect(kms.auditLog()).toEqual([
      {
        eventTime: '2026-01-01T00:00:00Z',
        eventSource: 'kms.amazonaws.com',
        eventName: 'ScheduleKeyDeletion',
        awsRegion: 'us-east-1',
        sourceIPAddress: 'AWS Internal',
        userIdentity: { type: 'Root', arn: ROOT, accountId: '111122223333' },
        requestParameters: { keyId: K1, pendingWindowInDays: 7 },
        responseElements: {
          keyId: K1_ARN,
          deletionDate: '2026-01-08T00:00:00.000Z',
          keyState: 'PendingDeletion',
          pendingWindowInDays: 7,
        },
        resources: [{ ARN: K1_ARN, type: 'AWS::KMS::Key' }],
      },
    ]);
  });

  it('a key-management call the key policy does not allow is refused, logged, and changes nothing', async () => {
    const { kms } = await kmsFixture();
    const disabled = kms.disableKey(K1, { principalArn: ALICE, sourceIp: '203.0.113.9' });
    expect(disabled.ok || disabled.error.code).toBe('AccessDeniedException');
    expect(kms.auditLog()[0]).toMatchObject({
      eventName: 'DisableKey',
      sourceIPAddress: '203.0.113.9',
      userIdentity: { type: 'IAMUser', arn: ALICE },
      errorCode: 'AccessDeniedException',
      responseElements: null,
    });
    expect(kms.listKeys()[0]?.state).toBe('Enabled');
  });

  it('the same user may manage the key once its identity policy allows it (default key policy)', async () => {
    const manage = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'kms:DisableKey', Resource: '*' }],
    };
    const { kms } = await kmsFixture({ identityPolicies: { [ALICE]: manage } });
    expect(kms.disableKey(K1, { principalArn: ALICE, sourceIp: '203.0.113.9' })).toEqual({
      ok: true,
      value: {},
    });
    expect(kms.listKeys()[0]?.state).toBe('Disabled');
  });
});
