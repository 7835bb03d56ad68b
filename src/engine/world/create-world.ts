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
import type {
  CancelledRequest,
  ObjectSetup,
  Outcome,
  PrincipalSetup,
  RequestInput,
  SendOptions,
  Setup,
  SetupProblem,
} from '../types.ts';
import { exportSetup } from './export-setup.ts';
import { forkState } from './fork.ts';
import { send } from './send.ts';
import { setupBuckets, setupObjects, setupPolicies } from './setup-buckets.ts';
import { SETUP_DEFAULTS } from './setup-defaults.ts';
import { putPrincipal, setupPrincipals } from './setup-principals.ts';
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
  /** An independent copy of the world as it is now (see fork.ts); `deps` defaults to this world's. */
  fork(deps?: EngineDeps): World;
  /** Adds or replaces an IAM user or role with its identity policy; problems leave the world as it was. */
  putPrincipal(principal: PrincipalSetup): Result<void, SetupProblem[]>;
  /** Removes a declared principal (its requests then carry no identity policy). */
  deletePrincipal(arn: string): void;
  /** The set-up that rebuilds the world's configuration as it is now (export-setup.ts). */
  exportSetup(): Setup;
}

/** The state behind each world, for engine modules (the matrix) that work on forks directly. */
const states = new WeakMap<World, WorldState>();

export function stateOf(world: World): WorldState {
  const state = states.get(world);
  if (!state) throw new Error('Not a world made by createWorld');
  return state;
}

export function worldOver(state: WorldState): World {
  const world: World = {
    send: ((request: RequestInput, options?: SendOptions) => send(state, request, options)) as World['send'],
    snapshot: () => snapshot(state),
    account: state.account,
    region: state.region,
    bucket: state.bucket,
    awsManagedKeyArn: () => state.kms.awsManagedKeyArn(),
    keyArn: (id) => state.kms.keyArn(id),
    kms: state.kms,
    fork: (deps) => worldOver(forkState(state, deps)),
    putPrincipal: (principal) => {
      const problems = putPrincipal(state.principals, principal);
      return problems.length > 0 ? err(problems) : ok(undefined);
    },
    deletePrincipal: (arn) => {
      state.principals.delete(arn);
    },
    exportSetup: () => exportSetup(state),
  };
  states.set(world, state);
  return world;
}

export async function createWorld(
  setup: Setup,
  deps: EngineDeps = systemDeps(),
): Promise<Result<World, SetupProblem[]>> {
  const built = await createWorldState(setup, deps);
  if (!built.ok) return built;
  return ok(worldOver(built.value));
}

/** The world's state as `createWorld` builds it; the engine's own tests reach into it through this. */
export async function createWorldState(
  setup: Setup,
  deps: EngineDeps,
): Promise<Result<WorldState, SetupProblem[]>> {
  const account = setup.account ?? SETUP_DEFAULTS.account;
  const region = setup.region ?? SETUP_DEFAULTS.region;
  const problems: SetupProblem[] = [];
  const principals = setupPrincipals(setup.principals ?? [], problems);
  const kms = createKms({
    account,
    region,
    requestsPerSecond: setup.kmsRequestsPerSecond ?? SETUP_DEFAULTS.kmsRequestsPerSecond,
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
    bucket: setup.bucket ?? SETUP_DEFAULTS.bucket,
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
  state.setupObjects = declaredObjects(setup, state.bucket);
  return problems.length > 0 ? err(problems) : ok(state);
}

function declaredObjects(setup: Setup, bucket: string): Map<string, ObjectSetup[]> {
  const declared = new Map<string, ObjectSetup[]>();
  if (setup.objects?.length) declared.set(bucket, setup.objects);
  for (const other of setup.otherBuckets ?? [])
    if (other.objects?.length) declared.set(other.name, other.objects);
  return declared;
}
