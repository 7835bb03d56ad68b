import { Phase } from '../parse/s3-order.ts';
import { isPublicPolicy } from '../public/is-public-policy.ts';
import type { Policy } from '../types.ts';
import type { CheckContext } from './check-context.ts';

/**
 * A public bucket policy is refused by Block Public Access, which is on by default for buckets
 * created since April 2023: PutBucketPolicy answers 403 AccessDenied with BlockPublicPolicy, and
 * RestrictPublicBuckets makes such a grant worthless outside the owner's account (spec format
 * `setup.publicAccessBlock`; S3 User Guide, "The meaning of public").
 */
export function lintPublic(ctx: CheckContext, policy: Policy): void {
  if (ctx.kind !== 'bucket') return;
  const status = isPublicPolicy(policy, ctx.options.account ?? '');
  for (const { index, reason } of status.reasons) {
    const statement = policy.statements.find((s) => s.index === index);
    if (!statement) continue;
    ctx.sink.addAt(
      {
        severity: 'warning',
        code: 'public-statement',
        message: `This Allow makes the policy public (${reason.replace(/\.$/, '')}). With Block Public Access on, as by default, S3 refuses the policy with 403 AccessDenied; name specific principals, or add a condition that fixes the caller (e.g. aws:SourceIp, aws:PrincipalAccount)`,
        rank: [Phase.Advice],
      },
      statement.effect.range,
    );
  }
}
