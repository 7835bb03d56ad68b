/**
 * Finding the key a request names, with the messages S3 relays from KMS (spec §2.6, recorded from
 * AWS by LocalStack's test_s3_sse_validate_kms_key): a bare id is resolved in the bucket's Region;
 * an ARN in another Region is "Invalid arn <region>"; anything that is not an id, ARN or alias is
 * "Invalid keyId '<value>'".
 */
import { err, ok, type Result } from '../result.ts';
import { aliasArnOf, keyArnOf, parseKeyReference } from './arns.ts';
import type { KeyRecord } from './key-record.ts';
import { AWS_S3_ALIAS, type KeyStore } from './key-store.ts';
import type { KmsError } from './types.ts';

const notFound = (message: string): KmsError => ({ code: 'NotFoundException', message });

function byAliasName(
  store: KeyStore,
  alias: string,
  region: string,
  account = store.account,
): Result<KeyRecord, KmsError> {
  if (alias === AWS_S3_ALIAS && region === store.region) return ok(store.awsManagedKey(account));
  const record = store.byAlias(alias, region, account);
  return record ? ok(record) : err(notFound(`Alias ${aliasArnOf(region, account, alias)} is not found.`));
}

/**
 * Resolves an id, key ARN, alias name or alias ARN; `undefined` is not accepted here. A bare id or
 * alias names a key of `account` (the caller's: KMS resolves them in the caller's account).
 */
export function resolveKeyReference(
  store: KeyStore,
  text: string,
  account = store.account,
): Result<KeyRecord, KmsError> {
  const ref = parseKeyReference(text);
  switch (ref.kind) {
    case 'invalid':
      return err(notFound(`Invalid keyId '${text}'`));
    case 'id': {
      const record = store.get(ref.keyId);
      const arn = keyArnOf(store.region, account, ref.keyId);
      return record && record.region === store.region && record.account === account
        ? ok(record)
        : err(notFound(`Key '${arn}' does not exist`));
    }
    case 'alias':
      return byAliasName(store, ref.alias, store.region, account);
    case 'key-arn': {
      if (ref.region !== store.region) return err(notFound(`Invalid arn ${ref.region}`));
      const record = store.get(ref.keyId);
      const found = record && record.account === ref.account && record.region === ref.region;
      return found
        ? ok(record)
        : err(notFound(`Key '${keyArnOf(ref.region, ref.account, ref.keyId)}' does not exist`));
    }
    case 'alias-arn':
      if (ref.region !== store.region) return err(notFound(`Invalid arn ${ref.region}`));
      return byAliasName(store, ref.alias, ref.region, ref.account);
  }
}

/**
 * The key S3 uses for a request. No key id means `aws/s3` of the bucket owner's account, which a
 * requester from another account cannot use: S3 relays "Invalid keyId aws/s3" (spec §2.6,
 * aws/aws-cli#4507; "you can't use the AWS managed key aws/s3 for cross-account access", S3 User
 * Guide, UsingKMSEncryption). KMS resolves a bare key id or an alias in the requester's own
 * account, so a key of another account must be named by its full ARN (spec §1.2 and §2.1).
 */
export function resolveKeyForS3(
  store: KeyStore,
  text: string | undefined,
  callerAccount: string,
  bucketAccount = store.account,
): Result<KeyRecord, KmsError> {
  if (text === undefined || text === '') {
    if (callerAccount !== bucketAccount) return err(notFound('Invalid keyId aws/s3'));
    return ok(store.awsManagedKey(bucketAccount));
  }
  return resolveKeyReference(store, text, callerAccount);
}

/** The KMS management API also takes ARNs of keys in other Regions of the account. */
export function resolveKeyForApi(store: KeyStore, text: string): Result<KeyRecord, KmsError> {
  const ref = parseKeyReference(text);
  if (ref.kind === 'key-arn' && ref.region !== store.region) {
    const record = store.get(ref.keyId);
    const found = record && record.account === ref.account && record.region === ref.region;
    return found ? ok(record) : err(notFound(`Key '${text}' does not exist`));
  }
  const namesAwsS3 = (ref.kind === 'alias' || ref.kind === 'alias-arn') && ref.alias === AWS_S3_ALIAS;
  if (namesAwsS3 && !store.get(store.awsManagedKeyId)) {
    return err(notFound(`Alias ${aliasArnOf(store.region, store.account, AWS_S3_ALIAS)} is not found.`));
  }
  return resolveKeyReference(store, text);
}

/**
 * What KMS would answer S3 for a key named in a bucket's default encryption, before any
 * authorization: not found, an ARN of another Region, disabled or pending deletion. Nothing is
 * called or logged. S3 does not check the key when the default is set (spec §1.2,
 * PutBucketEncryption), so this is the only early word a user gets. `aws/s3` is never a problem,
 * and is not looked up: the store makes it on first use, which would change the world.
 */
export function keyProblemForS3(store: KeyStore, text: string, account: string): KmsError | undefined {
  const ref = parseKeyReference(text);
  const sameRegionAlias = ref.kind === 'alias' || (ref.kind === 'alias-arn' && ref.region === store.region);
  if (sameRegionAlias && ref.alias === AWS_S3_ALIAS) return undefined;
  const found = resolveKeyReference(store, text, account);
  return found.ok ? checkKeyUsable(found.value) : found.error;
}

/** Key state, checked on every cryptographic call (spec §2.6). */
export function checkKeyUsable(record: KeyRecord): KmsError | undefined {
  if (record.state === 'Disabled') {
    return { code: 'DisabledException', message: `${record.arn} is disabled.`, keyArn: record.arn };
  }
  if (record.state === 'PendingDeletion') {
    return {
      code: 'KMSInvalidStateException',
      message: `${record.arn} is pending deletion.`,
      keyArn: record.arn,
    };
  }
  return undefined;
}
