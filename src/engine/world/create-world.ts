/**
 * `createWorld(setup)`: builds the world in the order of the scenario format — principals, KMS
 * keys, bucket encryption, versioning, Block Public Access, objects (put by the bucket owner over
 * HTTPS), then the policy — and reports anything S3 itself would refuse as a SetupProblem.
 */
import { importAesKey } from '../crypto/aes-gcm.ts';
import { type EngineDeps, systemDeps } from '../deps.ts';
import { createKms } from '../kms/index.ts';
import type { Kms } from '../kms/types.ts';
import { createBucketKeyCache } from '../modes/index.ts';
import { err, ok, type Result } from '../result.ts';
import type { CancelledRequest, Outcome, RequestInput, SendOptions, Setup, SetupProblem } from '../types.ts';
import { send } from './send.ts';
import { setupBuckets, setupObjects, setupPolicies } from './setup-buckets.ts';
import { setupPrincipals } from './setup-principals.ts';
import { snapshot, type WorldSnapshot } from './snapshot.ts';
import type { WorldState } from './types.ts';

export interface World {
  /**
   * One request through S3 (or the KMS API). Requests may overlap: each outcome reports only its
   * own KMS events. With a `signal`, the answer may be a `CancelledRequest` instead.
   */
  send(request: RequestInput): Promise<Outcome>;
  send(request: RequestInput, options: SendOptions): Promise<Outcome | CancelledRequest>;
  snapshot(): WorldSnapshot;
  readonly account: string;
  readonly region: string;
  readonly bucket: string;
  awsManagedKeyArn(): string;
  keyArn(id: string): string | undefined;
  /** The world's KMS, for client-side encryption, which calls KMS directly rather than through S3. */
  readonly kms: Kms;
}

export async function createWorld(
  setup: Setup,
  deps: EngineDeps = systemDeps(),
): Promise<Result<World, SetupProblem[]>> {
  const built = await createWorldState(setup, deps);
  if (!built.ok) return built;
  const state = built.value;
  const kms = state.kms;
  return ok({
    send: ((request: RequestInput, options?: SendOptions) => send(state, request, options)) as World['send'],
    snapshot: () => snapshot(state),
    account: state.account,
    region: state.region,
    bucket: state.bucket,
    awsManagedKeyArn: () => kms.awsManagedKeyArn(),
    keyArn: (id) => kms.keyArn(id),
    kms,
  });
}

/** The world's state as `createWorld` builds it; the engine's own tests reach into it through this. */
export async function createWorldState(
  setup: Setup,
  deps: EngineDeps,
): Promise<Result<WorldState, SetupProblem[]>> {
  const account = setup.account ?? '111122223333';
  const region = setup.region ?? 'us-east-1';
  const problems: SetupProblem[] = [];
  const principals = setupPrincipals(setup.principals ?? [], problems);
  const kms = createKms({
    account,
    region,
    requestsPerSecond: setup.kmsRequestsPerSecond ?? 5500,
    deps,
    identityPolicyFor: (arn) => principals.get(arn)?.policy,
  });
  for (const [index, key] of (setup.kmsKeys ?? []).entries()) {
    const added = await kms.addKey(key);
    if (!added.ok) problems.push({ path: `kmsKeys[${index}]`, message: added.error.message });
  }
  const state: WorldState = {
    account,
    region,
    bucket: setup.bucket ?? 'test-bucket',
    buckets: new Map(),
    principals,
    kms,
    deps,
    s3RootKey: await importAesKey(deps.randomBytes(32)),
    bucketKeys: createBucketKeyCache(),
  };
  setupBuckets(state, setup, problems);
  if (problems.length === 0) await setupObjects(state, setup, problems);
  if (problems.length === 0) setupPolicies(state, setup, problems);
  return problems.length > 0 ? err(problems) : ok(state);
}
