/**
 * Set-up buckets: the main bucket and `otherBuckets`, configured, filled with objects the owner
 * puts over HTTPS, then given their policies (a policy S3 would refuse breaks the scenario).
 */
import { declaredBodyBytes } from '../body-shape.ts';
import { formatBytes, MAX_SETUP_OBJECT_BYTES } from '../limits.ts';
import { parsePolicy } from '../policy/parse/index.ts';
import { applyEncryptionConfiguration, validateEncryptionConfiguration } from '../s3/encryption-config.ts';
import { policyForPut } from '../s3/operations/bucket-policy.ts';
import type {
  EncryptionConfiguration,
  JsonObject,
  ObjectSetup,
  PublicAccessBlockConfiguration,
  Setup,
  SetupProblem,
} from '../types.ts';
import { newBucket } from './new-bucket.ts';
import { send } from './send.ts';
import { rootArn, type VersioningStatus, type WorldState } from './types.ts';

interface BucketSetup {
  path: string;
  name: string;
  account: string;
  bucketEncryption?: EncryptionConfiguration;
  versioning?: VersioningStatus;
  publicAccessBlock?: PublicAccessBlockConfiguration;
  policy?: JsonObject | string;
  objects: ObjectSetup[];
}

function bucketSetups(world: WorldState, setup: Setup): BucketSetup[] {
  const main: BucketSetup = {
    path: '',
    name: world.bucket,
    account: world.account,
    objects: setup.objects ?? [],
  };
  if (setup.bucketEncryption) main.bucketEncryption = setup.bucketEncryption;
  if (setup.versioning) main.versioning = setup.versioning;
  if (setup.publicAccessBlock) main.publicAccessBlock = setup.publicAccessBlock;
  if (setup.policy !== undefined) main.policy = setup.policy;
  const others = (setup.otherBuckets ?? []).map(
    (other, index): BucketSetup => ({
      path: `otherBuckets[${index}].`,
      name: other.name,
      account: other.account ?? world.account,
      ...(other.bucketEncryption ? { bucketEncryption: other.bucketEncryption } : {}),
      ...(other.versioning ? { versioning: other.versioning } : {}),
      ...(other.policy !== undefined ? { policy: other.policy } : {}),
      objects: other.objects ?? [],
    }),
  );
  return [main, ...others];
}

export function setupBuckets(world: WorldState, setup: Setup, problems: SetupProblem[]): void {
  for (const spec of bucketSetups(world, setup)) {
    if (world.buckets.has(spec.name)) {
      problems.push({ path: `${spec.path}name`, message: `Bucket ${spec.name} is declared twice.` });
      continue;
    }
    const bucket = newBucket(spec.name, spec.account, world.region);
    if (spec.bucketEncryption) {
      const config = validateEncryptionConfiguration(spec.bucketEncryption);
      if (config.ok) applyEncryptionConfiguration(bucket, config.value);
      else
        problems.push({
          path: `${spec.path}bucketEncryption`,
          message: `S3 refuses this configuration: ${config.error.code} ${config.error.message}`,
        });
    }
    if (spec.versioning) bucket.versioning = spec.versioning;
    if (spec.publicAccessBlock) bucket.publicAccessBlock = { ...spec.publicAccessBlock };
    world.buckets.set(spec.name, bucket);
  }
}

export async function setupObjects(world: WorldState, setup: Setup, problems: SetupProblem[]): Promise<void> {
  let total = 0;
  for (const spec of bucketSetups(world, setup)) {
    for (const [index, object] of spec.objects.entries()) {
      // The running total is checked before the body is built (limits.ts); a part over it is
      // refused alone, so the objects that fit are still stored.
      const bytes = declaredBodyBytes(object.body);
      if (total + bytes > MAX_SETUP_OBJECT_BYTES) {
        problems.push({
          path: `${spec.path}objects[${index}]`,
          message: `${object.key} (${formatBytes(bytes)}) would take the set-up's objects past the simulator's limit of ${formatBytes(MAX_SETUP_OBJECT_BYTES)} in all.`,
        });
        continue;
      }
      total += bytes;
      const outcome = await send(world, {
        operation: 'PutObject',
        bucket: spec.name,
        key: object.key,
        https: true,
        principal: rootArn(spec.account),
        headers: object.headers ?? {},
        body: object.body ?? '',
      });
      if (outcome.response.status !== 200) {
        const error = outcome.response.error;
        problems.push({
          path: `${spec.path}objects[${index}]`,
          message:
            `S3 refused to store ${object.key}: ${outcome.response.status} ${error?.code ?? ''} ${error?.message ?? ''}`.trim(),
          outcome,
        });
      }
    }
  }
}

export function setupPolicies(world: WorldState, setup: Setup, problems: SetupProblem[]): void {
  for (const spec of bucketSetups(world, setup)) {
    if (spec.policy === undefined) continue;
    const bucket = world.buckets.get(spec.name)!;
    const text = typeof spec.policy === 'string' ? spec.policy : JSON.stringify(spec.policy);
    const checked = policyForPut(world, bucket, text);
    if (!checked.ok) {
      const diagnostics = parsePolicy(text, {
        bucket: bucket.name,
        account: bucket.account,
      }).diagnostics.filter((d) => d.severity === 'error');
      problems.push({
        path: `${spec.path}policy`,
        message: `S3 refuses this policy: ${checked.error.failure.status} ${checked.error.failure.code} ${checked.error.failure.message}. ${checked.error.reason} ${checked.error.remedy}`,
        diagnostics,
      });
      continue;
    }
    bucket.policyText = text;
    bucket.policy = checked.value.policy;
  }
}
