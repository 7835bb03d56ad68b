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
  /** Aliases belong to an account: `account` defaults to the world's. */
  byAlias(alias: string, region: string, account?: string): KeyRecord | undefined;
  /** The `aws/s3` key of `account` (default: the world's), made now if this is its first use. */
  awsManagedKey(account?: string): KeyRecord;
  /** The ARN a key had before its deletion date passed, or undefined. */
  deletedArn(keyId: string): string | undefined;
  /** An independent copy: records are copied (state, policy and counters change in place). */
  fork(deps: EngineDeps): KeyStore;
}

interface StoreContents {
  keys: Map<string, KeyRecord>;
  deleted: Map<string, string>;
  awsManagedIds: Map<string, string>;
}

export function createKeyStore(
  account: string,
  region: string,
  deps: EngineDeps,
  from?: StoreContents,
): KeyStore {
  const keys = from?.keys ?? new Map<string, KeyRecord>();
  const deleted = from?.deleted ?? new Map<string, string>();
  const awsManagedIds = from?.awsManagedIds ?? new Map<string, string>([[account, newKeyId(deps)]]);
  const awsManagedKeyId = awsManagedIds.get(account) as string;
  /**
   * "When the waiting period ends, AWS KMS deletes the KMS key" (KMS developer guide, deleting
   * keys): a key whose deletion date has passed on the simulated clock is gone before any use.
   */
  const sweep = () => {
    const now = deps.now();
    for (const [id, key] of keys) {
      if (key.state === 'PendingDeletion' && key.deletionMs !== undefined && key.deletionMs <= now) {
        keys.delete(id);
        deleted.set(id, key.arn);
      }
    }
  };
  const store: KeyStore = {
    account,
    region,
    awsManagedKeyId,
    get: (keyId) => {
      sweep();
      return keys.get(keyId.toLowerCase());
    },
    all: () => {
      sweep();
      return [...keys.values()];
    },
    add: (record) => {
      keys.set(record.keyId.toLowerCase(), record);
    },
    byAlias: (alias, inRegion, inAccount = account) => {
      sweep();
      return [...keys.values()].find(
        (k) => k.alias === alias && k.region === inRegion && k.account === inAccount,
      );
    },
    deletedArn: (keyId) => {
      sweep();
      return deleted.get(keyId.toLowerCase());
    },
    awsManagedKey(owner = account) {
      let id = awsManagedIds.get(owner);
      if (id === undefined) {
        id = newKeyId(deps);
        awsManagedIds.set(owner, id);
      }
      const existing = keys.get(id);
      if (existing) return existing;
      const policyDocument = awsS3KeyPolicy(owner, region);
      const policy = parseKeyPolicy(policyDocument);
      if (!policy) throw new Error('The built-in aws/s3 key policy does not parse');
      const record = newKeyRecord(
        {
          keyId: id,
          account: owner,
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
      return createKeyStore(account, region, forkDeps, {
        keys: copies,
        deleted: new Map(deleted),
        awsManagedIds: new Map(awsManagedIds),
      });
    },
  };
  return store;
}
