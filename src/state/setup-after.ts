/**
 * The set-up that rebuilds the world after S3 accepted a change. Used to recreate the same
 * configuration on reload and in share links (objects are not kept: they are the session's).
 */
import type {
  JsonObject,
  KmsKeySetup,
  Outcome,
  PublicAccessBlockConfiguration,
  RequestInput,
  Setup,
} from '../engine/index.ts';

const NONE_BLOCKED: PublicAccessBlockConfiguration = {
  BlockPublicAcls: false,
  IgnorePublicAcls: false,
  BlockPublicPolicy: false,
  RestrictPublicBuckets: false,
};

const bodyObject = (request: RequestInput): JsonObject =>
  typeof request.body === 'object' && request.body !== null && !(request.body instanceof Uint8Array)
    ? (request.body as JsonObject)
    : {};

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);

function withKey(setup: Setup, keyId: string | undefined, change: (key: KmsKeySetup) => KmsKeySetup): Setup {
  const keys = setup.kmsKeys ?? [];
  if (!keyId || !keys.some((k) => k.id === keyId)) return setup;
  return { ...setup, kmsKeys: keys.map((k) => (k.id === keyId ? change(k) : k)) };
}

export function setupAfter(setup: Setup, request: RequestInput, outcome: Outcome): Setup {
  if (request.bucket !== undefined && request.bucket !== (setup.bucket ?? request.bucket)) return setup;
  const body = bodyObject(request);
  const keyId = str(body.KeyId);
  switch (request.operation) {
    case 'PutBucketEncryption':
      return { ...setup, bucketEncryption: body as unknown as Setup['bucketEncryption'] };
    case 'DeleteBucketEncryption': {
      const { bucketEncryption: _, ...rest } = setup;
      return rest;
    }
    case 'PutPublicAccessBlock':
      return { ...setup, publicAccessBlock: body as unknown as PublicAccessBlockConfiguration };
    case 'DeletePublicAccessBlock':
      return { ...setup, publicAccessBlock: NONE_BLOCKED };
    case 'PutBucketVersioning':
      return body.Status === 'Enabled' || body.Status === 'Suspended'
        ? { ...setup, versioning: body.Status }
        : setup;
    case 'PutBucketPolicy':
      return typeof request.body === 'string'
        ? { ...setup, policy: request.body }
        : { ...setup, policy: body };
    case 'DeleteBucketPolicy': {
      const { policy: _, ...rest } = setup;
      return rest;
    }
    case 'kms:CreateKey':
      return withCreatedKey(setup, body, outcome);
    case 'kms:DisableKey':
      return withKey(setup, keyId, (k) => ({ ...k, state: 'Disabled' }));
    case 'kms:EnableKey':
      return withKey(setup, keyId, (k) => ({ ...k, state: 'Enabled' }));
    case 'kms:ScheduleKeyDeletion':
      return withKey(setup, keyId, (k) => ({ ...k, state: 'PendingDeletion' }));
    case 'kms:CancelKeyDeletion':
      // KMS leaves a key whose deletion was cancelled Disabled (CancelKeyDeletion API reference).
      return withKey(setup, keyId, (k) => ({ ...k, state: 'Disabled' }));
    case 'kms:PutKeyPolicy': {
      const policy = typeof body.Policy === 'string' ? safeParse(body.Policy) : (body.Policy as JsonObject);
      return policy ? withKey(setup, keyId, (k) => ({ ...k, policy })) : setup;
    }
    default:
      return setup;
  }
}

function withCreatedKey(setup: Setup, body: JsonObject, outcome: Outcome): Setup {
  const answer = outcome.response.body as { KeyMetadata?: { KeyId?: unknown } } | undefined;
  const id = str(answer?.KeyMetadata?.KeyId) ?? str(body.KeyId);
  if (!id) return setup;
  const key: KmsKeySetup = { id };
  const alias = str(body.Alias);
  if (alias) key.alias = alias.startsWith('alias/') ? alias : `alias/${alias}`;
  if (typeof body.Policy === 'object' && body.Policy !== null) key.policy = body.Policy as JsonObject;
  return { ...setup, kmsKeys: [...(setup.kmsKeys ?? []), key] };
}

function safeParse(text: string): JsonObject | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as JsonObject)
      : undefined;
  } catch {
    return undefined;
  }
}
