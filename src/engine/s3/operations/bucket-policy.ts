/**
 * Put/Get/DeleteBucketPolicy. Put answers the first problem S3 reports (400 MalformedPolicy), then
 * refuses a public policy under BlockPublicPolicy (403 AccessDenied), else stores it: 204, and a
 * failed Put keeps the previous policy. Get without a policy is 404 NoSuchBucketPolicy.
 */

import { isPublicPolicy } from '../../policy/public/index.ts';
import type { Policy } from '../../policy/types.ts';
import { checkPolicyForPut } from '../../policy/validate/put-check.ts';
import { err, ok, type Result } from '../../result.ts';
import { principalExistsAmong } from '../../world/principal-exists.ts';
import type { BucketState, WorldState } from '../../world/types.ts';
import { S3Errors } from '../errors.ts';
import type { S3Failure } from '../failure.ts';
import type { BucketHandler } from '../pipeline/handler.ts';
import { inputText } from './bucket-input.ts';
import { policyRemedy } from './policy-remedy.ts';

/** The world's principals, by the one rule the policy editor's diagnostics use too. */
export const principalExists = (world: WorldState) => principalExistsAmong(world.principals);

/**
 * The checks PutBucketPolicy makes, shared with the world's set-up (whose caller is the owner's
 * root). A public policy under BlockPublicPolicy is refused with the message current S3 sends
 * (shared conformance `doc-put-policy-aws-star-blocked`, description):
 * `User: <caller> is not authorized to perform: s3:PutBucketPolicy on resource: "arn:aws:s3:::<bucket>"
 * because public policies are blocked by the BlockPublicPolicy block public access setting.`
 */
export function policyForPut(
  world: WorldState,
  bucket: BucketState,
  text: string,
  caller = `arn:aws:iam::${bucket.account}:root`,
): Result<
  { policy: Policy; publicStatements: number[] },
  { failure: S3Failure; reason: string; remedy: string }
> {
  const checked = checkPolicyForPut(text, bucket.name, {
    principalExists: principalExists(world),
    account: bucket.account,
  });
  if (!checked.ok) {
    return err({
      failure: S3Errors.malformedPolicy(checked.error.message),
      reason: `S3 checks the whole document before attaching it and refused it: "${checked.error.message}"${checked.error.detail ? ` (${checked.error.detail})` : ''}. It reports only the first problem, and the previous policy stays attached.`,
      remedy: policyRemedy(checked.error.message),
    });
  }
  const status = isPublicPolicy(checked.value, bucket.account);
  if (status.isPublic && bucket.publicAccessBlock?.BlockPublicPolicy) {
    const reasons = status.reasons.map((r) => r.reason).join('; ');
    return err({
      failure: S3Errors.accessDenied(
        `User: ${caller} is not authorized to perform: s3:PutBucketPolicy on resource: "arn:aws:s3:::${bucket.name}" because public policies are blocked by the BlockPublicPolicy block public access setting.`,
      ),
      reason: `The policy is public (${reasons}) and the bucket's Block Public Access setting BlockPublicPolicy refuses public policies.`,
      remedy:
        'Name the principals instead of "*", or add a condition that fixes the caller (aws:SourceAccount, aws:PrincipalOrgID, a narrow aws:SourceIp), or turn BlockPublicPolicy off.',
    });
  }
  return ok({ policy: checked.value, publicStatements: status.statements });
}

export const putBucketPolicy: BucketHandler = {
  apply(x, record) {
    const bucket = x.bucket!;
    const text = inputText(x);
    const checked = policyForPut(x.world, bucket, text, x.request.principal);
    if (!checked.ok) {
      const { failure, reason, remedy } = checked.error;
      return record.fail(
        failure,
        failure.code === 'AccessDenied' ? 'Public policy blocked' : failure.message,
        reason,
        remedy,
      );
    }
    bucket.policyText = text;
    bucket.policy = checked.value.policy;
    record.step('pass', 'Policy attached', 'S3 stored the policy; it applies from the next request.', {
      publicStatements: checked.value.publicStatements,
    });
    x.answer = { status: 204, headers: {} };
    return undefined;
  },
};

export const getBucketPolicy: BucketHandler = {
  apply(x, record) {
    const bucket = x.bucket!;
    if (bucket.policyText === undefined) {
      return record.fail(
        S3Errors.noSuchBucketPolicy(bucket.name),
        'No policy',
        `Bucket ${bucket.name} has no policy attached, so there is nothing to return.`,
        'Attach one with PutBucketPolicy first.',
      );
    }
    record.step('skip', 'Policy read', 'GetBucketPolicy returns the stored text.');
    x.answer = { status: 200, headers: {}, body: { Policy: bucket.policyText } };
    return undefined;
  },
};

export const deleteBucketPolicy: BucketHandler = {
  apply(x, record) {
    const bucket = x.bucket!;
    delete bucket.policyText;
    delete bucket.policy;
    record.step('pass', 'Policy removed', 'DeleteBucketPolicy is 204 whether or not a policy was attached.');
    x.answer = { status: 204, headers: {} };
    return undefined;
  },
};
