/**
 * `world.exportSetup()`: the set-up (docs/scenario-format.md, "Setup") that rebuilds the world's
 * configuration as it is now — bucket encryption and its SSE-C block, versioning, Block Public
 * Access, policy text, customer managed keys (aliases, key policies, state), principals with
 * their identity policies. Objects are data, not configuration: a rebuilt world has the objects
 * its set-up declared (they are kept as declared), not the ones stored since.
 */
import { parseKeyReference } from '../kms/arns.ts';
import type { KmsKeySnapshot } from '../kms/types.ts';
import type {
  EncryptionConfiguration,
  KmsKeySetup,
  OtherBucketSetup,
  PrincipalSetup,
  PublicAccessBlockConfiguration,
  Setup,
} from '../types.ts';
import { SETUP_DEFAULTS } from './setup-defaults.ts';
import { ALL_BLOCKED, type BucketState, NONE_BLOCKED, type WorldState } from './types.ts';

export function exportSetup(state: WorldState): Setup {
  const setup: Setup = { account: state.account, region: state.region, bucket: state.bucket };
  const main = state.buckets.get(state.bucket);
  if (main) {
    Object.assign(setup, bucketConfiguration(main));
    const block = main.publicAccessBlock ?? NONE_BLOCKED;
    // Absent means all four on, as on every bucket created since April 2023.
    if (!sameBlock(block, ALL_BLOCKED)) setup.publicAccessBlock = { ...block };
    if (main.policyText !== undefined) setup.policy = main.policyText;
  }
  const keys = state.kms
    .listKeys()
    .filter((key) => key.manager === 'CUSTOMER')
    .map((key) => keySetup(key, state));
  if (keys.length > 0) setup.kmsKeys = keys;
  if (state.kms.requestsPerSecond !== SETUP_DEFAULTS.kmsRequestsPerSecond)
    setup.kmsRequestsPerSecond = state.kms.requestsPerSecond;
  const objects = state.setupObjects?.get(state.bucket);
  if (objects && objects.length > 0) setup.objects = objects;
  const principals = [...state.principals.values()].map(
    (p): PrincipalSetup =>
      p.policyText === undefined ? { arn: p.arn } : { arn: p.arn, policy: p.policyText },
  );
  if (principals.length > 0) setup.principals = principals;
  const others = [...state.buckets.values()]
    .filter((bucket) => bucket.name !== state.bucket)
    .map((bucket) => otherBucket(bucket, state));
  if (others.length > 0) setup.otherBuckets = others;
  return setup;
}

/** `otherBuckets` has no Block Public Access field: other buckets keep the default (all on). */
function otherBucket(bucket: BucketState, state: WorldState): OtherBucketSetup {
  const other: OtherBucketSetup = { name: bucket.name };
  if (bucket.account !== state.account) other.account = bucket.account;
  Object.assign(other, bucketConfiguration(bucket));
  if (bucket.policyText !== undefined) other.policy = bucket.policyText;
  const objects = state.setupObjects?.get(bucket.name);
  if (objects && objects.length > 0) other.objects = objects;
  return other;
}

function bucketConfiguration(bucket: BucketState): Pick<Setup, 'bucketEncryption' | 'versioning'> {
  const config: Pick<Setup, 'bucketEncryption' | 'versioning'> = {};
  const encryption = encryptionOf(bucket);
  if (encryption) config.bucketEncryption = encryption;
  if (bucket.versioning) config.versioning = bucket.versioning;
  return config;
}

/**
 * The stored configuration, with the SSE-C block written out where the configuration alone would
 * rebuild it otherwise: a new bucket blocks SSE-C, and only a rule naming BlockedEncryptionTypes
 * changes that (spec §1.3), so a bucket that allowed SSE-C by an earlier PutBucketEncryption says
 * `NONE`. Simulator's choice: a bucket whose configuration was deleted after allowing SSE-C
 * exports a rule with only `BlockedEncryptionTypes` (GetBucketEncryption then reports the same
 * rule, SSE-S3 by default, as the bucket it was rebuilt from).
 */
function encryptionOf(bucket: BucketState): EncryptionConfiguration | undefined {
  const rule = bucket.encryption?.Rules[0];
  const named = rule?.BlockedEncryptionTypes?.EncryptionType;
  const rebuiltBlocks = named && named.length > 0 ? named.includes('SSE-C') : true;
  if (rebuiltBlocks === bucket.sseCBlocked) return bucket.encryption && structuredClone(bucket.encryption);
  return {
    Rules: [
      {
        ...structuredClone(rule ?? {}),
        BlockedEncryptionTypes: { EncryptionType: [bucket.sseCBlocked ? 'SSE-C' : 'NONE'] },
      },
    ],
  };
}

function keySetup(key: KmsKeySnapshot, state: WorldState): KmsKeySetup {
  const setup: KmsKeySetup = { id: key.keyId };
  if (key.alias) setup.alias = key.alias;
  if (key.region !== state.region) setup.region = key.region;
  const arn = parseKeyReference(key.arn);
  if (arn.kind === 'key-arn' && arn.account !== state.account) setup.account = arn.account;
  if (key.state !== 'Enabled') setup.state = key.state;
  if (!key.policyIsDefault) setup.policy = structuredClone(key.policy);
  return setup;
}

const sameBlock = (a: PublicAccessBlockConfiguration, b: PublicAccessBlockConfiguration) =>
  a.BlockPublicAcls === b.BlockPublicAcls &&
  a.IgnorePublicAcls === b.IgnorePublicAcls &&
  a.BlockPublicPolicy === b.BlockPublicPolicy &&
  a.RestrictPublicBuckets === b.RestrictPublicBuckets;
