/**
 * The simulated AWS KMS as the S3 pipeline and the UI see it. Key material never leaves the KMS:
 * each key is backed by a non-extractable AES-256 CryptoKey; data keys travel as plaintext bytes
 * (to the caller only) and as a ciphertext blob (stored with the object).
 */
import type { EngineDeps } from '../deps.ts';
import type { ServiceSource } from '../policy/context/types.ts';
import type { Policy } from '../policy/types.ts';
import type { Result } from '../result.ts';
import type { AuditEvent, JsonObject, KeyState, KmsKeySetup } from '../types.ts';
import type { KmsAuthorization } from './authorize.ts';

/** The KMS error codes the simulator answers with (the names KMS uses on the wire). */
export type KmsErrorCode =
  | 'NotFoundException'
  | 'DisabledException'
  | 'KMSInvalidStateException'
  | 'AccessDeniedException'
  | 'ThrottlingException'
  | 'InvalidCiphertextException'
  | 'InvalidArnException'
  | 'AlreadyExistsException'
  | 'ValidationException'
  | 'MalformedPolicyDocumentException';

export interface KmsError {
  code: KmsErrorCode;
  message: string;
  keyArn?: string;
  /** For AccessDeniedException: the key-policy and identity-policy evaluations, for the trace. */
  authorization?: KmsAuthorization;
}

/** AWS for `aws/s3` (made by S3 on first use), CUSTOMER for keys the account created. */
export type KeyManager = 'AWS' | 'CUSTOMER';

/** A resolved key: what S3 needs to name it in headers and to call KMS with. */
export interface KmsKeyInfo {
  keyId: string;
  keyArn: string;
  account: string;
  region: string;
  alias?: string;
  state: KeyState;
  manager: KeyManager;
}

/** The two cryptographic operations S3 (and the S3 Encryption Client) call. */
export type KmsCryptoAction = 'GenerateDataKey' | 'Decrypt';

/**
 * `describe-key` output, in the AWS CLI `KeyMetadata` shape (dates as ISO strings). A type alias,
 * not an interface, so that it is assignable to `JsonObject` as an API answer.
 */
export type KmsKeyMetadata = {
  AWSAccountId: string;
  KeyId: string;
  Arn: string;
  CreationDate: string;
  Enabled: boolean;
  Description: string;
  KeyUsage: 'ENCRYPT_DECRYPT';
  KeyState: KeyState;
  DeletionDate?: string;
  PendingDeletionWindowInDays?: number;
  Origin: 'AWS_KMS';
  KeyManager: KeyManager;
  CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT';
  KeySpec: 'SYMMETRIC_DEFAULT';
  EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'];
  MultiRegion: false;
};

/** A key as the KMS panel shows it. */
export interface KmsKeySnapshot {
  keyId: string;
  arn: string;
  alias?: string;
  region: string;
  state: KeyState;
  manager: KeyManager;
  description: string;
  /** The key policy document in force (the default key policy when none was set). */
  policy: JsonObject;
  policyIsDefault: boolean;
  creationDate: string;
  deletionDate?: string;
  /** Successful calls per action, and refused calls per action. */
  calls: Record<KmsCryptoAction, number>;
  refused: Record<KmsCryptoAction, number>;
}

export interface GenerateDataKeyInput {
  keyArn: string;
  encryptionContext: Record<string, string>;
  principalArn: string;
  /** For a service principal: what it acts for (aws:SourceArn, aws:SourceAccount). */
  source?: ServiceSource;
  sourceIp: string;
  /** Whether S3 makes the call on the principal's behalf (sets kms:ViaService); default true. */
  viaS3?: boolean;
}

export interface DataKey {
  keyArn: string;
  plaintextKey: Uint8Array<ArrayBuffer>;
  ciphertextBlob: Uint8Array<ArrayBuffer>;
}

export interface DecryptInput {
  ciphertextBlob: Uint8Array<ArrayBuffer>;
  encryptionContext: Record<string, string>;
  principalArn: string;
  /** For a service principal: what it acts for (aws:SourceArn, aws:SourceAccount). */
  source?: ServiceSource;
  sourceIp: string;
  /** Whether S3 makes the call on the principal's behalf (sets kms:ViaService); default true. */
  viaS3?: boolean;
}

export interface DecryptedKey {
  keyArn: string;
  plaintextKey: Uint8Array<ArrayBuffer>;
}

/** kms:CreateKey input (a subset, in the API's capitalisation). */
export interface CreateKeyInput {
  /** The simulator lets a scenario choose the id (a UUID); KMS itself always picks one. */
  KeyId?: string;
  /** Alias name with or without the `alias/` prefix. */
  Alias?: string;
  Policy?: JsonObject | string;
  Description?: string;
}

/** A type alias so that it is assignable to `JsonObject`, like KmsKeyMetadata. */
export type ScheduleKeyDeletionOutput = {
  KeyId: string;
  DeletionDate: string;
  KeyState: 'PendingDeletion';
  PendingWindowInDays: number;
};

/** Who makes a key-management call; by default the account root from the console ("AWS Internal"). */
export interface KmsCaller {
  principalArn: string;
  sourceIp: string;
}

export interface Kms {
  readonly account: string;
  readonly region: string;
  readonly requestsPerSecond: number;
  /** Adds a scenario setup key (customer managed). Errors: bad id, duplicate id or alias, bad policy. */
  addKey(setup: KmsKeySetup): Promise<Result<KmsKeyInfo, KmsError>>;
  /** The ARN `aws/s3` has (or will have once S3 first uses it); stable for the world's life. */
  awsManagedKeyArn(): string;
  /** The ARN of a key named by id, ARN or alias, if it exists. */
  keyArn(idOrAlias: string): string | undefined;
  /** Resolves the key an S3 request names (undefined: `aws/s3`), with the messages of spec §2.6. */
  /** `bucketAccount` (default: the world's) owns the `aws/s3` key used when no key is named. */
  resolveKeyForS3(
    keyIdOrArnOrAlias: string | undefined,
    callerAccount: string,
    bucketAccount?: string,
  ): Result<KmsKeyInfo, KmsError>;
  /** What KMS would answer S3 for a bucket default's key of `account`, without a call (resolve.ts). */
  keyProblemForS3(keyIdOrArnOrAlias: string, account: string): KmsError | undefined;
  generateDataKey(input: GenerateDataKeyInput): Promise<Result<DataKey, KmsError>>;
  decrypt(input: DecryptInput): Promise<Result<DecryptedKey, KmsError>>;
  /*
   * Key management. Each call is audited and authorized against the key policy for `caller`
   * (default: the account root, from "AWS Internal").
   */
  createKey(
    input: CreateKeyInput,
    caller?: KmsCaller,
  ): Promise<Result<{ KeyMetadata: KmsKeyMetadata }, KmsError>>;
  disableKey(keyId: string, caller?: KmsCaller): Result<Record<string, never>, KmsError>;
  enableKey(keyId: string, caller?: KmsCaller): Result<Record<string, never>, KmsError>;
  scheduleKeyDeletion(
    keyId: string,
    pendingWindowInDays?: number,
    caller?: KmsCaller,
  ): Result<ScheduleKeyDeletionOutput, KmsError>;
  cancelKeyDeletion(keyId: string, caller?: KmsCaller): Result<{ KeyId: string }, KmsError>;
  describeKey(keyId: string, caller?: KmsCaller): Result<{ KeyMetadata: KmsKeyMetadata }, KmsError>;
  putKeyPolicy(
    keyId: string,
    policy: JsonObject | string,
    caller?: KmsCaller,
  ): Result<Record<string, never>, KmsError>;
  /**
   * The calls so far (cryptographic and key management), refused ones included, oldest first: the
   * newest MAX_AUDIT_EVENTS of them.
   */
  auditLog(): AuditEvent[];
  /** How many older calls the log let go to stay within MAX_AUDIT_EVENTS. */
  auditEventsDropped(): number;
  listKeys(): KmsKeySnapshot[];
  /**
   * The state of the key an ARN names, without a call (no audit event): what S3 knows of a key
   * whose bucket keys it holds. Undefined once the key no longer exists.
   */
  keyState(keyArn: string): KeyState | undefined;
  /** Successful cryptographic calls in the last simulated second (what the quota counts). */
  callsInWindow(): number;
  /**
   * The same KMS (keys, quota, log), seen by one request: every call it audits is also pushed to
   * `events`, so a request's KMS events are its own even when requests overlap.
   */
  forRequest(events: AuditEvent[]): Kms;
  /** An independent copy (a forked world's KMS): later calls on either side do not affect the other. */
  fork(deps: EngineDeps, identityPolicyFor: (principalArn: string) => Policy | undefined): Kms;
}
