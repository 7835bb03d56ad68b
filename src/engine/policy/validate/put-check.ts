import { err, ok, type Result } from '../../result.ts';
import { compareRanks } from '../parse/s3-order.ts';
import type { Policy } from '../types.ts';
import { analyzePolicy } from './analyze.ts';
import type { PolicyCheckOptions } from './check-context.ts';

export interface MalformedPolicyError {
  code: 'MalformedPolicy';
  message: string;
  /** The playground's own wording of that problem (the editor's diagnostic), when there is one. */
  detail?: string;
}

/**
 * What S3 answers to PutBucketPolicy with this body: the policy, or the FIRST problem S3 reports
 * with its exact message (conformance s3-bucket-policy-validation.json). Problems S3 does not
 * check when it stores a policy (value types other than IP, unknown aws: keys) do not refuse it.
 * Block Public Access is decided by the S3 layer, not here.
 */
export function checkPolicyForPut(
  text: string,
  bucket: string,
  options: Pick<PolicyCheckOptions, 'principalExists' | 'account'> = {},
): Result<Policy, MalformedPolicyError> {
  const analysis = analyzePolicy(text, { ...options, bucket, kind: 'bucket' });
  const refusals = analysis.problems
    .filter(
      (problem) => problem.diagnostic.severity === 'error' && problem.diagnostic.s3Message !== undefined,
    )
    .sort((a, b) => compareRanks(a.rank, b.rank));
  const first = refusals[0]?.diagnostic;
  if (first?.s3Message !== undefined || !analysis.policy) {
    const message = first?.s3Message ?? 'This policy contains invalid Json';
    return err({ code: 'MalformedPolicy', message, ...(first ? { detail: first.message } : {}) });
  }
  return ok(analysis.policy);
}
