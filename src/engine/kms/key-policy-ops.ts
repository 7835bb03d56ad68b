/** DescribeKey and PutKeyPolicy (with KMS's policy lockout safety check). */
import { err, ok, type Result } from '../result.ts';
import type { JsonObject } from '../types.ts';
import { keyForManagement } from './admin-ops.ts';
import { lockoutProblem } from './key-creation.ts';
import { parseKeyPolicy, policyDocument } from './key-policy.ts';
import { keyMetadata } from './metadata.ts';
import type { KmsRuntime } from './runtime.ts';
import type { KmsCaller, KmsError, KmsKeyMetadata } from './types.ts';

export function describeKeyMetadata(
  rt: KmsRuntime,
  keyId: string,
  caller: KmsCaller,
): Result<{ KeyMetadata: KmsKeyMetadata }, KmsError> {
  const found = keyForManagement(rt, keyId, 'DescribeKey', caller);
  return found.ok ? ok({ KeyMetadata: keyMetadata(found.value) }) : found;
}

export function replaceKeyPolicy(
  rt: KmsRuntime,
  keyId: string,
  input: JsonObject | string,
  caller: KmsCaller,
): Result<Record<string, never>, KmsError> {
  const found = keyForManagement(rt, keyId, 'PutKeyPolicy', caller);
  if (!found.ok) return found;
  const document = policyDocument(input);
  const policy = document && parseKeyPolicy(document);
  if (!document || !policy) {
    return err({
      code: 'MalformedPolicyDocumentException',
      message: 'The key policy is not a JSON policy.',
    });
  }
  const lockout = lockoutProblem(rt, policy, found.value.arn, caller.principalArn);
  if (lockout) return err(lockout);
  found.value.policyDocument = document;
  found.value.policy = policy;
  return ok({});
}
