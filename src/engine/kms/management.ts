/**
 * The audited key-management surface: every call becomes a CloudTrail management event with its
 * request parameters (camelCase, as CloudTrail writes them), the response elements on success and
 * the error code and message on failure.
 */
import { ok, type Result } from '../result.ts';
import type { JsonObject } from '../types.ts';
import { cancelDeletion, scheduleDeletion, setEnabled } from './admin-ops.ts';
import { managementEvent } from './audit.ts';
import { createCustomerKey } from './key-creation.ts';
import { describeKeyMetadata, replaceKeyPolicy } from './key-policy-ops.ts';
import { keyMetadata } from './metadata.ts';
import { resolveKeyForApi } from './resolve.ts';
import { type KmsRuntime, logAudit } from './runtime.ts';
import type { CreateKeyInput, Kms, KmsCaller, KmsError } from './types.ts';

type Management = Pick<
  Kms,
  | 'createKey'
  | 'disableKey'
  | 'enableKey'
  | 'scheduleKeyDeletion'
  | 'cancelKeyDeletion'
  | 'describeKey'
  | 'putKeyPolicy'
>;

export function management(rt: KmsRuntime): Management {
  const fromConsole = (): KmsCaller => ({
    principalArn: `arn:aws:iam::${rt.store.account}:root`,
    sourceIp: 'AWS Internal',
  });

  function audited<T>(
    eventName: string,
    caller: KmsCaller,
    requestParameters: JsonObject,
    result: Result<T, KmsError>,
    keyArn: string | undefined,
    responseElements?: (value: T) => JsonObject,
  ): Result<T, KmsError> {
    logAudit(
      rt,
      managementEvent({
        eventName,
        nowMs: rt.deps.now(),
        region: rt.store.region,
        caller,
        requestParameters,
        ...(keyArn ? { keyArn } : {}),
        ...(result.ok
          ? responseElements
            ? { responseElements: responseElements(result.value) }
            : {}
          : { error: result.error }),
      }),
    );
    return result;
  }

  const arnOf = (keyId: string) => {
    const found = resolveKeyForApi(rt.store, keyId);
    return found.ok ? found.value.arn : undefined;
  };

  return {
    async createKey(input: CreateKeyInput, caller = fromConsole()) {
      const created = createCustomerKey(rt, input, caller);
      if (created.ok) await created.value.backingKey;
      const result = created.ok ? ok({ KeyMetadata: keyMetadata(created.value) }) : created;
      const params: JsonObject = {
        keyUsage: 'ENCRYPT_DECRYPT',
        keySpec: 'SYMMETRIC_DEFAULT',
        description: input.Description ?? '',
      };
      const arn = created.ok ? created.value.arn : undefined;
      return audited('CreateKey', caller, params, result, arn, (v) => ({
        keyMetadata: { keyId: v.KeyMetadata.KeyId, arn: v.KeyMetadata.Arn },
      }));
    },
    disableKey: (keyId, caller = fromConsole()) =>
      audited('DisableKey', caller, { keyId }, setEnabled(rt, keyId, false, caller), arnOf(keyId)),
    enableKey: (keyId, caller = fromConsole()) =>
      audited('EnableKey', caller, { keyId }, setEnabled(rt, keyId, true, caller), arnOf(keyId)),
    scheduleKeyDeletion: (keyId, days = 30, caller = fromConsole()) =>
      audited(
        'ScheduleKeyDeletion',
        caller,
        { keyId, pendingWindowInDays: days },
        scheduleDeletion(rt, keyId, days, caller),
        arnOf(keyId),
        (v) => ({
          keyId: v.KeyId,
          deletionDate: v.DeletionDate,
          keyState: v.KeyState,
          pendingWindowInDays: v.PendingWindowInDays,
        }),
      ),
    cancelKeyDeletion: (keyId, caller = fromConsole()) =>
      audited(
        'CancelKeyDeletion',
        caller,
        { keyId },
        cancelDeletion(rt, keyId, caller),
        arnOf(keyId),
        (v) => ({ keyId: v.KeyId }),
      ),
    describeKey: (keyId, caller = fromConsole()) =>
      audited('DescribeKey', caller, { keyId }, describeKeyMetadata(rt, keyId, caller), arnOf(keyId)),
    putKeyPolicy: (keyId, policy, caller = fromConsole()) => {
      const text = typeof policy === 'string' ? policy : JSON.stringify(policy);
      const params = { keyId, policyName: 'default', policy: text };
      return audited(
        'PutKeyPolicy',
        caller,
        params,
        replaceKeyPolicy(rt, keyId, policy, caller),
        arnOf(keyId),
      );
    },
  };
}
