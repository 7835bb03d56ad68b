/** DescribeKey's KeyMetadata and the KMS panel's snapshot of a key. */

import { defaultKeyPolicy } from './key-policy.ts';
import type { KeyRecord } from './key-record.ts';
import type { KmsKeyMetadata, KmsKeySnapshot } from './types.ts';

const iso = (ms: number) => new Date(ms).toISOString();

export function keyMetadata(key: KeyRecord): KmsKeyMetadata {
  const metadata: KmsKeyMetadata = {
    AWSAccountId: key.account,
    KeyId: key.keyId,
    Arn: key.arn,
    CreationDate: iso(key.creationMs),
    Enabled: key.state === 'Enabled',
    Description: key.description,
    KeyUsage: 'ENCRYPT_DECRYPT',
    KeyState: key.state,
    Origin: 'AWS_KMS',
    KeyManager: key.manager,
    CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT',
    KeySpec: 'SYMMETRIC_DEFAULT',
    EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
    MultiRegion: false,
  };
  if (key.state === 'PendingDeletion' && key.deletionMs !== undefined) {
    metadata.DeletionDate = iso(key.deletionMs);
    if (key.pendingWindowDays !== undefined) metadata.PendingDeletionWindowInDays = key.pendingWindowDays;
  }
  return metadata;
}

export function keySnapshot(key: KeyRecord): KmsKeySnapshot {
  const snapshot: KmsKeySnapshot = {
    keyId: key.keyId,
    arn: key.arn,
    region: key.region,
    state: key.state,
    manager: key.manager,
    description: key.description,
    policy: key.policyDocument ?? defaultKeyPolicy(key.account),
    policyIsDefault: key.policyDocument === undefined,
    creationDate: iso(key.creationMs),
    calls: { ...key.calls },
    refused: { ...key.refused },
  };
  if (key.alias) snapshot.alias = key.alias;
  if (key.deletionMs !== undefined) snapshot.deletionDate = iso(key.deletionMs);
  return snapshot;
}
