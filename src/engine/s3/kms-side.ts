/**
 * The `kms:*` side operations a scenario or the KMS panel sends (CreateKey, DisableKey, ...): they
 * go to the simulated KMS, not through S3's pipeline. KMS answers JSON; errors are HTTP 400 with
 * the KMS error code (the KMS API's `__type`).
 */
import { isJsonObject } from '../json.ts';
import { createKeyInput } from '../kms/create-key-input.ts';
import type { Kms, KmsCaller, KmsError } from '../kms/types.ts';
import type { Result } from '../result.ts';
import type { AuditEvent, JsonObject, JsonValue, KmsOperation, Outcome, S3Request } from '../types.ts';
import type { WorldState } from '../world/types.ts';

type KmsAnswer = Result<JsonValue, KmsError>;

/** What would change KMS's answer to a key-management call, per KMS error code. */
const KMS_SIDE_REMEDIES: Record<KmsError['code'], string> = {
  NotFoundException: 'Name an existing key in this Region: its key id, key ARN or alias/name.',
  DisabledException: 'Enable the key first (kms:EnableKey).',
  KMSInvalidStateException:
    'The key is pending deletion: cancel the deletion (kms:CancelKeyDeletion) before changing it.',
  AccessDeniedException:
    "Allow this KMS action for the caller in the key policy (or in the caller's IAM policy, when the key policy lets IAM decide).",
  ThrottlingException: "Retry later: the account's KMS request quota for this second is used up.",
  InvalidCiphertextException:
    'Send the ciphertext blob and encryption context exactly as they were returned.',
  InvalidArnException: 'Write the key ARN as arn:aws:kms:region:account:key/key-id.',
  AlreadyExistsException: 'Choose an alias or key id that is not in use yet.',
  ValidationException: 'Fix the parameter KMS names, within the limits it states.',
  MalformedPolicyDocumentException:
    'Fix the key policy: valid JSON, and a statement that still lets the account or an administrator manage the key.',
};

const text = (value: JsonValue | undefined) => (typeof value === 'string' ? value : '');

async function call(
  kms: Kms,
  operation: KmsOperation,
  input: JsonObject,
  caller: KmsCaller,
): Promise<KmsAnswer> {
  const keyId = text(input.KeyId);
  const policy = input.Policy;
  const policyInput = typeof policy === 'string' || isJsonObject(policy) ? policy : undefined;
  switch (operation) {
    case 'kms:CreateKey':
      return await kms.createKey(createKeyInput(input), caller);
    case 'kms:DisableKey':
      return kms.disableKey(keyId, caller);
    case 'kms:EnableKey':
      return kms.enableKey(keyId, caller);
    case 'kms:ScheduleKeyDeletion': {
      const days = input.PendingWindowInDays;
      return kms.scheduleKeyDeletion(keyId, typeof days === 'number' ? days : undefined, caller);
    }
    case 'kms:CancelKeyDeletion':
      return kms.cancelKeyDeletion(keyId, caller);
    case 'kms:DescribeKey':
      return kms.describeKey(keyId, caller);
    case 'kms:PutKeyPolicy':
      return kms.putKeyPolicy(keyId, policyInput ?? '', caller);
  }
}

export async function runKmsOperation(
  world: WorldState,
  request: S3Request & { operation: KmsOperation },
): Promise<Outcome> {
  const kmsEvents: AuditEvent[] = [];
  const input = request.body && !(request.body instanceof Uint8Array) ? request.body : {};
  const action = request.operation.slice('kms:'.length);
  const answer = await call(world.kms.forRequest(kmsEvents), request.operation, input, {
    principalArn: request.principal,
    sourceIp: request.sourceIp,
  });
  const route = {
    stage: 'route' as const,
    outcome: 'pass' as const,
    title: `KMS ${action}`,
    detail: `A call to the KMS API (${action}), made directly rather than through S3.`,
    data: { operation: request.operation, input },
  };
  if (!answer.ok) {
    const { code, message } = answer.error;
    return {
      response: {
        status: 400,
        headers: { 'content-type': 'application/x-amz-json-1.1' },
        body: { __type: code, message },
        error: { code, message, fields: {} },
      },
      trace: [
        route,
        {
          stage: 'kms',
          outcome: 'fail',
          title: `${action} refused: ${code}`,
          detail: `KMS refused ${action}: "${message}" ${KMS_SIDE_REMEDIES[code]}`,
          data: { errorCode: code, status: 400, remedy: KMS_SIDE_REMEDIES[code] },
        },
      ],
      kmsEvents,
    };
  }
  return {
    response: { status: 200, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: answer.value },
    trace: [
      route,
      {
        stage: 'kms',
        outcome: 'pass',
        title: `${action} succeeded`,
        detail: 'KMS applied the change; it affects the next S3 request that uses the key.',
      },
    ],
    kmsEvents,
  };
}
