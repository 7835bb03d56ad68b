import { type JsonValue, type Scenario, SETUP_DEFAULTS, type Step, wentThrough } from '../../engine/index.ts';

/** A policy presenter mode shows beside a step. */
export interface ShownPolicy {
  label: string;
  /** The policy as the lesson writes it: JSON, or text (which may not parse: a MalformedPolicy lesson). */
  policy: JsonValue | string;
  /**
   * The bucket policy the step's request meets (the statement that decided it can be marked), as
   * opposed to the policy a PutBucketPolicy or kms:PutKeyPolicy step applies.
   */
  inForce: boolean;
}

/**
 * The policy a lesson step applies, as the trainer shows it to the room: the step's own request
 * body (a bucket policy, or a key policy's `Policy`). A body that is not a policy written in the
 * lesson (bytes given as base64 or a repeated string) shows nothing.
 */
export function stepPolicy(request: Step['request']): ShownPolicy | undefined {
  if (request.operation === 'PutBucketPolicy') return shown('Bucket policy this step applies', request.body);
  if (request.operation === 'kms:PutKeyPolicy') {
    const body: unknown = request.body;
    const policy = typeof body === 'object' && body !== null && 'Policy' in body ? body.Policy : undefined;
    return shown('Key policy this step applies', policy);
  }
  return undefined;
}

function shown(label: string, policy: unknown): ShownPolicy | undefined {
  if (typeof policy === 'string') return policy.trim() === '' ? undefined : { label, policy, inForce: false };
  if (typeof policy !== 'object' || policy === null || Array.isArray(policy)) return undefined;
  if ('base64' in policy || 'repeat' in policy) return undefined;
  return { label, policy: policy as JsonValue, inForce: false };
}

/** A 2xx, or no status written: the lesson means S3 took the request. */
const accepted = (step: Step) => step.expect?.status === undefined || wentThrough(step.expect.status);

/**
 * The lesson's bucket policy in force when step `index` is sent, by the lesson's script: the
 * set-up's, replaced by each PutBucketPolicy S3 accepts and removed by each DeleteBucketPolicy
 * before it. A request to another bucket meets none of it.
 */
export function policyInForce(scenario: Scenario, index: number): JsonValue | string | undefined {
  const bucket = scenario.setup?.bucket ?? SETUP_DEFAULTS.bucket;
  const onBucket = (step: Step) => (step.request.bucket ?? bucket) === bucket;
  const step = scenario.steps[index];
  if (!step || !onBucket(step) || step.request.operation.startsWith('kms:')) return undefined;
  let policy: JsonValue | string | undefined = scenario.setup?.policy;
  for (const earlier of scenario.steps.slice(0, index)) {
    if (!onBucket(earlier) || !accepted(earlier)) continue;
    if (earlier.request.operation === 'DeleteBucketPolicy') policy = undefined;
    if (earlier.request.operation === 'PutBucketPolicy') policy = stepPolicy(earlier.request)?.policy;
  }
  return policy;
}

/**
 * What presenter mode shows beside step `index`: the policy the step applies, else the bucket
 * policy its request meets, unless the lesson hides that policy (a challenge the room writes).
 */
export function shownPolicy(
  scenario: Scenario,
  index: number,
  hidesPolicy: boolean,
): ShownPolicy | undefined {
  const step = scenario.steps[index];
  if (!step) return undefined;
  const applied = stepPolicy(step.request);
  if (applied) return applied;
  if (hidesPolicy) return undefined;
  const policy = policyInForce(scenario, index);
  return policy === undefined ? undefined : { label: 'Bucket policy in force', policy, inForce: true };
}

/**
 * The identity policy of the principal that sends step `index`, as the lesson's set-up declares
 * it: shown instead of the bucket policy when that identity policy decided the step (an explicit
 * Deny in it, or no Allow in it for a principal of another account), so the room sees the
 * statement that decided. The label names the user or role by the last part of its ARN.
 */
export function identityPolicyShown(scenario: Scenario, index: number): ShownPolicy | undefined {
  const arn = scenario.steps[index]?.request.principal;
  const principal = arn === undefined ? undefined : scenario.setup?.principals?.find((p) => p.arn === arn);
  if (!principal?.policy) return undefined;
  const name = principal.arn.split(':').pop() ?? principal.arn;
  return { label: `Identity policy of ${name}`, policy: principal.policy, inForce: true };
}
