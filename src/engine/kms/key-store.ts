/**
 * The account's keys in every Region, plus the `aws/s3` key whose id is reserved when the world is
 * made (so its ARN is stable) and which is created on first use, as S3 does (spec §2.3).
 */
import type { EngineDeps } from '../deps.ts';
import { newKeyId } from './arns.ts';
import { awsS3KeyPolicy, parseKeyPolicy } from './key-policy.ts';
import { type KeyRecord, newKeyRecord } from './key-record.ts';

export const AWS_S3_ALIAS = 'alias/aws/s3';
export const AWS_S3_DESCRIPTION = 'Default key that protects my S3 objects when no other key is defined';

export interface KeyStore {
  readonly account: string;
  readonly region: string;
  readonly awsManagedKeyId: string;
  get(keyId: string): KeyRecord | undefined;
  all(): KeyRecord[];
  add(record: KeyRecord): void;
  byAlias(alias: string, region: string): KeyRecord | undefined;
  /** The `aws/s3` key, made now if this is its first use. */
  awsManagedKey(): KeyRecord;
  /** An independent copy: records are copied (state, policy and counters change in place). */
  fork(deps: EngineDeps): KeyStore;
}

export function createKeyStore(
  account: string,
  region: string,
  deps: EngineDeps,
  from?: { keys: Map<string, KeyRecord>; awsManagedKeyId: string },
): KeyStore {
  const keys = from?.keys ?? new Map<string, KeyRecord>();
  const awsManagedKeyId = from?.awsManagedKeyId ?? newKeyId(deps);
  const store: KeyStore = {
    account,
    region,
    awsManagedKeyId,
    get: (keyId) => keys.get(keyId.toLowerCase()),
    all: () => [...keys.values()],
    add: (record) => {
      keys.set(record.keyId.toLowerCase(), record);
    },
    byAlias: (alias, inRegion) => [...keys.values()].find((k) => k.alias === alias && k.region === inRegion),
    awsManagedKey() {
      const existing = keys.get(awsManagedKeyId);
      if (existing) return existing;
      const policyDocument = awsS3KeyPolicy(account, region);
      const policy = parseKeyPolicy(policyDocument);
      if (!policy) throw new Error('The built-in aws/s3 key policy does not parse');
      const record = newKeyRecord(
        {
          keyId: awsManagedKeyId,
          account,
          region,
          alias: AWS_S3_ALIAS,
          state: 'Enabled',
          manager: 'AWS',
          description: AWS_S3_DESCRIPTION,
          policyDocument,
          policy,
        },
        deps,
      );
      store.add(record);
      return record;
    },
    fork: (forkDeps) => {
      const copies = new Map<string, KeyRecord>();
      for (const [id, record] of keys) {
        copies.set(id, { ...record, calls: { ...record.calls }, refused: { ...record.refused } });
      }
      return createKeyStore(account, region, forkDeps, { keys: copies, awsManagedKeyId });
    },
  };
  return store;
}
