/**
 * A KMS key as the simulator holds it. The backing key is a non-extractable AES-256 CryptoKey:
 * its raw bytes exist only for the instant of the import, like key material inside an HSM.
 */
import { AES_KEY_BYTES, importAesKey } from '../crypto/aes-gcm.ts';
import type { EngineDeps } from '../deps.ts';
import type { Policy } from '../policy/types.ts';
import type { JsonObject, KeyState } from '../types.ts';
import { keyArnOf } from './arns.ts';
import type { KeyManager, KmsCryptoAction, KmsKeyInfo } from './types.ts';

export interface KeyRecord {
  keyId: string;
  arn: string;
  account: string;
  region: string;
  alias?: string;
  state: KeyState;
  manager: KeyManager;
  description: string;
  /** The policy as written; `undefined` means the default key policy. */
  policyDocument?: JsonObject;
  policy: Policy;
  creationMs: number;
  deletionMs?: number;
  pendingWindowDays?: number;
  backingKey: Promise<CryptoKey>;
  calls: Record<KmsCryptoAction, number>;
  refused: Record<KmsCryptoAction, number>;
}

export interface NewKeyFields {
  keyId: string;
  account: string;
  region: string;
  alias?: string;
  state: KeyState;
  manager: KeyManager;
  description: string;
  policyDocument?: JsonObject;
  policy: Policy;
}

export function newKeyRecord(fields: NewKeyFields, deps: EngineDeps): KeyRecord {
  const raw = deps.randomBytes(AES_KEY_BYTES);
  const backingKey = importAesKey(raw).then((key) => {
    raw.fill(0);
    return key;
  });
  return {
    ...fields,
    arn: keyArnOf(fields.region, fields.account, fields.keyId),
    creationMs: deps.now(),
    backingKey,
    calls: { GenerateDataKey: 0, Decrypt: 0 },
    refused: { GenerateDataKey: 0, Decrypt: 0 },
  };
}

export function keyInfo(record: KeyRecord): KmsKeyInfo {
  const info: KmsKeyInfo = {
    keyId: record.keyId,
    keyArn: record.arn,
    account: record.account,
    region: record.region,
    state: record.state,
    manager: record.manager,
  };
  if (record.alias) info.alias = record.alias;
  return info;
}
