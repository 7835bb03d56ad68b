/**
 * A KMS refusal explained (spec §2.5–§2.8): which call failed, under which key and encryption
 * context, why KMS said no, and what would change it. S3 calls KMS as the requester, so the key
 * policy (and the caller's IAM policy) decide; a disabled or pending-deletion key refuses every
 * call; throttling is 503 SlowDown, and S3 Bucket Keys are AWS's remedy (spec §2.9).
 */
import type { KmsData } from '../../trace/index.ts';
import type { AuditEvent } from '../../types.ts';
import type { S3Failure } from '../failure.ts';
import type { Exchange } from './exchange.ts';

export interface KmsExplanation {
  why: string;
  remedy: string;
  data: KmsData;
}

/** What KMS was asked, from the last audit event of this request (absent when no call was made). */
function lastCall(events: AuditEvent[]): KmsData {
  const last = events[events.length - 1];
  if (!last) return {};
  const keyId = last.requestParameters.keyId;
  const keyArn = last.resources?.[0]?.ARN ?? (typeof keyId === 'string' ? keyId : undefined);
  const context = last.requestParameters.encryptionContext;
  return {
    failedCall: last.eventName,
    ...(keyArn !== undefined ? { keyArn } : {}),
    ...(context !== undefined ? { encryptionContext: context } : {}),
    ...(last.errorCode ? { kmsErrorCode: last.errorCode } : {}),
  };
}

/** A write that named no key, whose key came from the bucket's default encryption. */
const keyFromDefault = (x: Exchange) =>
  x.write !== undefined &&
  'keyId' in x.write &&
  x.write.keyId !== undefined &&
  x.writeSse?.kmsKeyId === undefined;

const DEFAULT_KEY_REMEDY =
  "The request names no key: it comes from the bucket's default encryption (PutBucketEncryption's KMSMasterKeyID). Set the default to a key this account can use, or name one in the request (x-amz-server-side-encryption-aws-kms-key-id).";

function whyAndRemedy(x: Exchange, failure: S3Failure, call: string, key: string): [string, string] {
  const who = x.request.principal;
  switch (failure.code) {
    case 'KMS.DisabledException':
      return [
        `KMS refused ${call} because key ${key} is disabled: nothing encrypted under it can be written or read until it is enabled.`,
        'Enable the key (kms:EnableKey), or write with another key.',
      ];
    case 'KMS.KMSInvalidStateException':
      return [
        `KMS refused ${call} because key ${key} is pending deletion: until the deletion is cancelled, KMS refuses every call with it.`,
        'Cancel the key deletion (kms:CancelKeyDeletion), then enable the key (kms:EnableKey).',
      ];
    case 'KMS.NotFoundException': {
      const region = x.bucket?.region ?? x.world.region;
      const [, named, account] = /^arn:aws[a-z-]*:kms:([a-z0-9-]+):(\d{12}):/.exec(key) ?? [];
      const where = account ? `account ${account}` : 'this account';
      const why =
        named && named !== region
          ? `The key ARN names Region ${named}, but S3 can only use a KMS key in the bucket's Region, ${region}.`
          : `KMS has no key ${key} in Region ${region} for ${where} (KMS said: ${failure.message}).`;
      return [
        why,
        keyFromDefault(x)
          ? DEFAULT_KEY_REMEDY
          : `Name an existing key in ${region}: its key id, key ARN or alias/name.`,
      ];
    }
    case 'AccessDenied':
      return [
        `S3 calls KMS as the requester, and KMS did not allow ${who} to ${call} with key ${key}: the key policy (and the caller's IAM policy, when the key policy lets IAM decide) must allow kms:${call}.`,
        x.traits.addsPart
          ? `Allow kms:Decrypt for ${who} on the key: multipart uploads with SSE-KMS need kms:Decrypt as well as kms:GenerateDataKey.`
          : `Allow kms:${call} for ${who} on the key, in the key policy or in its IAM policy.`,
      ];
    case 'SlowDown':
      return [
        `KMS throttled ${call}: the account's shared KMS request quota for this second is used up, and S3 passes that on as 503 SlowDown.`,
        'Retry with backoff; S3 Bucket Keys cut KMS calls (one call per bucket key time window instead of one per object).',
      ];
    default:
      return [`KMS refused ${call} (${failure.message}).`, 'Fix what KMS reports, then retry.'];
  }
}

export function explainKmsFailure(x: Exchange, failure: S3Failure, events: AuditEvent[]): KmsExplanation {
  const data: KmsData = {
    kmsCalls: events.map((e) => e.eventName),
    ...lastCall(events),
    ...failure.traceData,
  };
  const call = data.failedCall ?? 'the key lookup';
  const key = data.keyArn ?? ((x.write && 'keyId' in x.write && x.write.keyId) || 'aws/s3');
  const [why, remedy] = whyAndRemedy(x, failure, call, key);
  return { why, remedy, data };
}
