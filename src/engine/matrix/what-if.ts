/**
 * Requests answered as they would be under another bucket policy, each in its own fork of the
 * world, so nothing changes on the world itself (pinned expectations re-run this way).
 */
import { ok, type Result } from '../result.ts';
import type { Outcome, RequestInput } from '../types.ts';
import { stateOf, type World } from '../world/create-world.ts';
import { forkState } from '../world/fork.ts';
import { send } from '../world/send.ts';
import { mainBucket, policyUnderTest } from './prepare.ts';
import type { MatrixRefusal } from './types.ts';

/** `policy`: the policy text to judge by ('' for none); undefined keeps the world's own. */
export async function sendUnderPolicy(
  world: World,
  policy: string | undefined,
  requests: readonly RequestInput[],
): Promise<Result<Outcome[], MatrixRefusal>> {
  const state = stateOf(world);
  const base = forkState(state);
  const bucket = mainBucket(base);
  const open = forkState(base);
  const openBucket = mainBucket(open);
  openBucket.policy = undefined;
  openBucket.policyText = undefined;
  const chosen = await policyUnderTest(
    open,
    { policy: bucket.policy, policyText: bucket.policyText },
    policy,
  );
  if (!chosen.ok) return chosen;
  bucket.policy = chosen.value.policy;
  bucket.policyText = chosen.value.policyText;
  const outcomes: Outcome[] = [];
  for (const request of requests) outcomes.push(await send(forkState(base), request));
  return ok(outcomes);
}
