/**
 * Key management: DisableKey, EnableKey, ScheduleKeyDeletion, CancelKeyDeletion, DescribeKey,
 * PutKeyPolicy. The caller (the account root unless given) must be allowed by the key policy, so
 * the `aws/s3` key, whose policy grants the account only Describe/Get/List, cannot be disabled,
 * deleted or re-policied (spec §2.3).
 * Sources: KMS API Reference (ScheduleKeyDeletion: PendingWindowInDays 7–30, default 30;
 * CancelKeyDeletion leaves the key Disabled; DisableKey/EnableKey on a key pending deletion is
 * KMSInvalidStateException).
 */
import { err, ok, type Result } from '../result.ts';
import { accessDeniedMessage, authorizeKeyUse } from './authorize.ts';
import type { KeyRecord } from './key-record.ts';
import { principalOf } from './principal.ts';
import { kmsRequestContext } from './request-context.ts';
import { resolveKeyForApi } from './resolve.ts';
import type { KmsRuntime } from './runtime.ts';
import type { KmsCaller, KmsError, ScheduleKeyDeletionOutput } from './types.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Finds the key and checks that the caller may perform `action` on it. */
export function keyForManagement(
  rt: KmsRuntime,
  keyId: string,
  action: string,
  caller: KmsCaller,
): Result<KeyRecord, KmsError> {
  const callerArn = caller.principalArn;
  const resolved = resolveKeyForApi(rt.store, keyId);
  if (!resolved.ok) return resolved;
  const key = resolved.value;
  const context = kmsRequestContext({
    action,
    keyArn: key.arn,
    principal: principalOf(callerArn),
    encryptionContext: {},
    viaS3: false,
    region: key.region,
    sourceIp: caller.sourceIp,
    nowMs: rt.deps.now(),
  });
  const identityPolicy = rt.identityPolicyFor(callerArn);
  const auth = authorizeKeyUse({ keyPolicy: key.policy, keyAccount: key.account, identityPolicy, context });
  if (auth.allowed) return ok(key);
  const message = accessDeniedMessage(callerArn, `kms:${action}`, key.arn, auth);
  return err({ code: 'AccessDeniedException', message, keyArn: key.arn, authorization: auth });
}

const pendingDeletion = (key: KeyRecord): KmsError => ({
  code: 'KMSInvalidStateException',
  message: `${key.arn} is pending deletion.`,
  keyArn: key.arn,
});

export function setEnabled(
  rt: KmsRuntime,
  keyId: string,
  enabled: boolean,
  caller: KmsCaller,
): Result<Record<string, never>, KmsError> {
  const found = keyForManagement(rt, keyId, enabled ? 'EnableKey' : 'DisableKey', caller);
  if (!found.ok) return found;
  if (found.value.state === 'PendingDeletion') return err(pendingDeletion(found.value));
  found.value.state = enabled ? 'Enabled' : 'Disabled';
  return ok({});
}

/** The validation text KMS (Coral) returns for an out-of-range PendingWindowInDays. */
function windowProblem(days: number): string | undefined {
  const prefix = `1 validation error detected: Value '${days}' at 'pendingWindowInDays' failed to satisfy constraint:`;
  if (!Number.isInteger(days) || days < 7)
    return `${prefix} Member must have value greater than or equal to 7`;
  if (days > 30) return `${prefix} Member must have value less than or equal to 30`;
  return undefined;
}

export function scheduleDeletion(
  rt: KmsRuntime,
  keyId: string,
  days: number,
  caller: KmsCaller,
): Result<ScheduleKeyDeletionOutput, KmsError> {
  const problem = windowProblem(days);
  if (problem) return err({ code: 'ValidationException', message: problem });
  const found = keyForManagement(rt, keyId, 'ScheduleKeyDeletion', caller);
  if (!found.ok) return found;
  const key = found.value;
  if (key.state === 'PendingDeletion') return err(pendingDeletion(key));
  key.state = 'PendingDeletion';
  key.deletionMs = rt.deps.now() + days * DAY_MS;
  key.pendingWindowDays = days;
  return ok({
    KeyId: key.arn,
    DeletionDate: new Date(key.deletionMs).toISOString(),
    KeyState: 'PendingDeletion',
    PendingWindowInDays: days,
  });
}

export function cancelDeletion(
  rt: KmsRuntime,
  keyId: string,
  caller: KmsCaller,
): Result<{ KeyId: string }, KmsError> {
  const found = keyForManagement(rt, keyId, 'CancelKeyDeletion', caller);
  if (!found.ok) return found;
  const key = found.value;
  if (key.state !== 'PendingDeletion') {
    return err({
      code: 'KMSInvalidStateException',
      message: `${key.arn} is not pending deletion.`,
      keyArn: key.arn,
    });
  }
  // KMS leaves a key whose deletion is cancelled Disabled; it must be enabled again to be used.
  key.state = 'Disabled';
  delete key.deletionMs;
  delete key.pendingWindowDays;
  return ok({ KeyId: key.arn });
}
