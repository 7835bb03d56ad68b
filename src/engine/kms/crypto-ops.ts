/**
 * GenerateDataKey and Decrypt. Every call is audited, refused ones with their error code. Order of
 * checks: quota (the rate limiter answers before anything else), key lookup, key policy and IAM,
 * key state, then the cryptography itself.
 */
import { aesGcmDecrypt, aesGcmEncrypt, GCM_IV_BYTES } from '../crypto/aes-gcm.ts';
import type { ServiceSource } from '../policy/context/types.ts';
import { err, ok, type Result } from '../result.ts';
import { auditEvent } from './audit.ts';
import { accessDeniedMessage, authorizeKeyUse } from './authorize.ts';
import { DATA_KEY_BYTES, decodeBlob, encodeBlob } from './blob.ts';
import { contextAad } from './context.ts';
import type { KeyRecord } from './key-record.ts';
import { principalOf } from './principal.ts';
import { THROTTLING_MESSAGE } from './quota.ts';
import { kmsRequestContext } from './request-context.ts';
import { checkKeyUsable, resolveKeyReference } from './resolve.ts';
import { type KmsRuntime, logAudit } from './runtime.ts';
import type {
  DataKey,
  DecryptedKey,
  DecryptInput,
  GenerateDataKeyInput,
  KmsCryptoAction,
  KmsError,
} from './types.ts';

interface CallFacts {
  action: KmsCryptoAction;
  principalArn: string;
  source?: ServiceSource;
  sourceIp: string;
  viaS3: boolean;
  encryptionContext: Record<string, string>;
  requestedKeyId?: string;
}

/** The message KMS gives when a blob or its context does not authenticate (simulator wording). */
const INVALID_CIPHERTEXT =
  'The ciphertext is not one this KMS produced, was changed, or the encryption context does not match.';

/** Authorization and key state: what must pass before the key material is touched. */
function admit(rt: KmsRuntime, call: CallFacts, key: KeyRecord): KmsError | undefined {
  const nowMs = rt.deps.now();
  const principal = principalOf(call.principalArn);
  const context = kmsRequestContext({ ...call, keyArn: key.arn, principal, region: key.region, nowMs });
  const auth = authorizeKeyUse({
    keyPolicy: key.policy,
    keyAccount: key.account,
    identityPolicy: rt.identityPolicyFor(call.principalArn),
    context,
  });
  if (!auth.allowed) {
    const message = accessDeniedMessage(call.principalArn, `kms:${call.action}`, key.arn, auth);
    return { code: 'AccessDeniedException', message, keyArn: key.arn, authorization: auth };
  }
  return checkKeyUsable(key);
}

function record<T>(rt: KmsRuntime, call: CallFacts, key: KeyRecord | undefined, result: Result<T, KmsError>) {
  const nowMs = rt.deps.now();
  const facts = { ...call, nowMs, region: key?.region ?? rt.store.region };
  logAudit(
    rt,
    auditEvent(
      result.ok ? { ...facts, keyArn: key?.arn } : { ...facts, keyArn: key?.arn, error: result.error },
    ),
  );
  if (!key) return result;
  if (result.ok) {
    key.calls[call.action] += 1;
    rt.quota.record(nowMs);
  } else {
    key.refused[call.action] += 1;
  }
  return result;
}

export async function generateDataKey(
  rt: KmsRuntime,
  input: GenerateDataKeyInput,
): Promise<Result<DataKey, KmsError>> {
  const call: CallFacts = {
    action: 'GenerateDataKey',
    principalArn: input.principalArn,
    ...(input.source ? { source: input.source } : {}),
    sourceIp: input.sourceIp,
    viaS3: input.viaS3 ?? true,
    encryptionContext: input.encryptionContext,
    requestedKeyId: input.keyArn,
  };
  if (rt.quota.wouldExceed(rt.deps.now())) {
    return record(rt, call, undefined, err({ code: 'ThrottlingException', message: THROTTLING_MESSAGE }));
  }
  const resolved = resolveKeyReference(rt.store, input.keyArn);
  if (!resolved.ok) return record(rt, call, undefined, resolved);
  const key = resolved.value;
  const refused = admit(rt, call, key);
  if (refused) return record(rt, call, key, err(refused));
  const plaintextKey = rt.deps.randomBytes(DATA_KEY_BYTES);
  const sealed = await aesGcmEncrypt(
    await key.backingKey,
    rt.deps.randomBytes(GCM_IV_BYTES),
    plaintextKey,
    contextAad(input.encryptionContext),
  );
  return record(
    rt,
    call,
    key,
    ok({ keyArn: key.arn, plaintextKey, ciphertextBlob: encodeBlob(key.keyId, sealed) }),
  );
}

export async function decrypt(rt: KmsRuntime, input: DecryptInput): Promise<Result<DecryptedKey, KmsError>> {
  const call: CallFacts = {
    action: 'Decrypt',
    principalArn: input.principalArn,
    ...(input.source ? { source: input.source } : {}),
    sourceIp: input.sourceIp,
    viaS3: input.viaS3 ?? true,
    encryptionContext: input.encryptionContext,
  };
  if (rt.quota.wouldExceed(rt.deps.now())) {
    return record(rt, call, undefined, err({ code: 'ThrottlingException', message: THROTTLING_MESSAGE }));
  }
  const blob = decodeBlob(input.ciphertextBlob);
  const key = blob && rt.store.get(blob.keyId);
  const deletedArn = blob && !key ? rt.store.deletedArn(blob.keyId) : undefined;
  // The key of this ciphertext passed its deletion date: KMS no longer knows it
  // (docs/differences.md#key-deletion-read-error for the wording).
  if (deletedArn)
    return record(
      rt,
      call,
      undefined,
      err({ code: 'NotFoundException', message: `Key '${deletedArn}' does not exist` }),
    );
  if (!blob || !key)
    return record(
      rt,
      call,
      undefined,
      err({ code: 'InvalidCiphertextException', message: INVALID_CIPHERTEXT }),
    );
  const refused = admit(rt, call, key);
  if (refused) return record(rt, call, key, err(refused));
  const plaintextKey = await aesGcmDecrypt(
    await key.backingKey,
    blob.sealed,
    contextAad(input.encryptionContext),
  );
  if (!plaintextKey) {
    return record(
      rt,
      call,
      key,
      err({ code: 'InvalidCiphertextException', message: INVALID_CIPHERTEXT, keyArn: key.arn }),
    );
  }
  return record(rt, call, key, ok({ keyArn: key.arn, plaintextKey }));
}
