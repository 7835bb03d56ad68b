/**
 * Making keys: scenario setup keys (`setup.kmsKeys`), kms:CreateKey and kms:PutKeyPolicy.
 * Alias rules from CreateAlias: the name is `alias/` plus a name; `alias/aws/` is reserved for AWS
 * managed keys; an alias is unique per account and Region ("An alias with the name <alias ARN>
 * already exists").
 */
import { evaluatePolicy } from '../policy/evaluate/index.ts';
import type { Policy } from '../policy/types.ts';
import { err, ok, type Result } from '../result.ts';
import type { JsonObject, KmsKeySetup } from '../types.ts';
import { aliasArnOf, isKeyId, keyArnOf, newKeyId, normalizeAlias } from './arns.ts';
import { defaultKeyPolicy, parseKeyPolicy, policyDocument } from './key-policy.ts';
import { type KeyRecord, newKeyRecord } from './key-record.ts';
import { principalOf } from './principal.ts';
import { kmsRequestContext } from './request-context.ts';
import type { KmsRuntime } from './runtime.ts';
import type { CreateKeyInput, KmsCaller, KmsError } from './types.ts';

const malformed = (message: string): KmsError => ({ code: 'MalformedPolicyDocumentException', message });

function parsedPolicy(input: JsonObject | string | undefined, account: string) {
  if (input === undefined) {
    const policy = parseKeyPolicy(defaultKeyPolicy(account));
    if (!policy) throw new Error('The default key policy does not parse');
    return ok({ document: undefined, policy });
  }
  const document = policyDocument(input);
  const policy = document && parseKeyPolicy(document);
  if (!document || !policy) return err(malformed('The key policy is not a JSON policy.'));
  return ok({ document, policy });
}

function aliasProblem(rt: KmsRuntime, alias: string, region: string): KmsError | undefined {
  if (alias.startsWith('alias/aws/')) {
    return {
      code: 'ValidationException',
      message: `Alias ${alias} must not begin with alias/aws/, which is reserved for AWS managed keys.`,
    };
  }
  if (!/^alias\/[a-zA-Z0-9/_-]{1,250}$/.test(alias)) {
    return {
      code: 'ValidationException',
      message: `Alias ${alias} must be alias/ followed by letters, digits, /, _ or -.`,
    };
  }
  if (rt.store.byAlias(alias, region)) {
    const arn = aliasArnOf(region, rt.store.account, alias);
    return { code: 'AlreadyExistsException', message: `An alias with the name ${arn} already exists` };
  }
  return undefined;
}

function keyIdProblem(rt: KmsRuntime, keyId: string, region: string): KmsError | undefined {
  if (!isKeyId(keyId)) return { code: 'ValidationException', message: `Key id '${keyId}' is not a UUID.` };
  if (rt.store.get(keyId) || keyId.toLowerCase() === rt.store.awsManagedKeyId) {
    const arn = keyArnOf(region, rt.store.account, keyId.toLowerCase());
    return { code: 'AlreadyExistsException', message: `Key '${arn}' already exists` };
  }
  return undefined;
}

interface KeyFields {
  keyId: string;
  region: string;
  /** The owning account; absent: the world's. */
  account?: string;
  alias?: string;
  policy?: JsonObject | string;
  description: string;
  state: KeyRecord['state'];
}

function addCustomerKey(rt: KmsRuntime, fields: KeyFields): Result<KeyRecord, KmsError> {
  const alias = fields.alias === undefined ? undefined : normalizeAlias(fields.alias);
  const problem =
    keyIdProblem(rt, fields.keyId, fields.region) ?? (alias && aliasProblem(rt, alias, fields.region));
  if (problem) return err(problem);
  const account = fields.account ?? rt.store.account;
  const parsed = parsedPolicy(fields.policy, account);
  if (!parsed.ok) return parsed;
  const record = newKeyRecord(
    {
      keyId: fields.keyId.toLowerCase(),
      account,
      region: fields.region,
      state: fields.state,
      manager: 'CUSTOMER',
      description: fields.description,
      policy: parsed.value.policy,
      ...(alias ? { alias } : {}),
      ...(parsed.value.document ? { policyDocument: parsed.value.document } : {}),
    },
    rt.deps,
  );
  rt.store.add(record);
  return ok(record);
}

export function addSetupKey(rt: KmsRuntime, setup: KmsKeySetup): Result<KeyRecord, KmsError> {
  const added = addCustomerKey(rt, {
    keyId: setup.id,
    region: setup.region ?? rt.store.region,
    ...(setup.account !== undefined ? { account: setup.account } : {}),
    description: '',
    state: setup.state ?? 'Enabled',
    ...(setup.alias !== undefined ? { alias: setup.alias } : {}),
    ...(setup.policy !== undefined ? { policy: setup.policy } : {}),
  });
  // A key declared pending deletion in the set-up waits KMS's default 30 days from the set-up.
  if (added.ok && added.value.state === 'PendingDeletion') {
    added.value.pendingWindowDays = DEFAULT_PENDING_WINDOW_DAYS;
    added.value.deletionMs = rt.deps.now() + DEFAULT_PENDING_WINDOW_DAYS * 24 * 3600 * 1000;
  }
  return added;
}

/** "If you don't specify a waiting period, the default is 30 days" (KMS ScheduleKeyDeletion). */
const DEFAULT_PENDING_WINDOW_DAYS = 30;

/**
 * KMS's policy lockout safety check: a new key policy must still let the caller change the key
 * policy ("The new key policy will not allow you to update the key policy in the future.").
 */
export function lockoutProblem(rt: KmsRuntime, policy: Policy, keyArn: string, callerArn: string) {
  const context = kmsRequestContext({
    action: 'PutKeyPolicy',
    keyArn,
    principal: principalOf(callerArn),
    encryptionContext: {},
    viaS3: false,
    region: rt.store.region,
    sourceIp: '',
    nowMs: rt.deps.now(),
  });
  if (evaluatePolicy(policy, context, { kind: 'resource' }).decision === 'Allow') return undefined;
  return malformed('The new key policy will not allow you to update the key policy in the future.');
}

export function createCustomerKey(
  rt: KmsRuntime,
  input: CreateKeyInput,
  caller: KmsCaller,
): Result<KeyRecord, KmsError> {
  const keyId = input.KeyId ?? newKeyId(rt.deps);
  if (input.Policy !== undefined) {
    const parsed = parsedPolicy(input.Policy, rt.store.account);
    if (!parsed.ok) return parsed;
    const lockout = lockoutProblem(
      rt,
      parsed.value.policy,
      keyArnOf(rt.store.region, rt.store.account, keyId),
      caller.principalArn,
    );
    if (lockout) return err(lockout);
  }
  return addCustomerKey(rt, {
    keyId,
    region: rt.store.region,
    description: input.Description ?? '',
    state: 'Enabled',
    ...(input.Alias !== undefined ? { alias: input.Alias } : {}),
    ...(input.Policy !== undefined ? { policy: input.Policy } : {}),
  });
}
