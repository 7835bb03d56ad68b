/**
 * The message of a policy denial. Since 2024 S3 adds context to access-denied errors only for
 * requests from the bucket owner's own account (or organization): the caller, the action, the
 * resource and which kind of policy decided. Other callers, anonymous or from another account,
 * get the bare "Access Denied".
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/troubleshoot-403-errors.html
 * Explicit deny: spec §6.3, gomods/athens#2165 ("… with an explicit deny in a resource-based
 * policy"). Implicit deny of a same-account user or role, whose identity policy is what lacks
 * the grant: "… because no identity-based policy allows the s3:GetObject action"
 * (aws-samples/serverless-patterns#2457, aws-ia/terraform-aws-bedrock#41).
 */
import type { Authorization } from '../../policy/authorize/index.ts';
import type { S3Request } from '../../types.ts';

export function denialMessage(
  request: S3Request,
  action: string,
  resource: string,
  authorization: Authorization,
): string {
  if (request.signature === 'anonymous' || !authorization.sameAccount) return 'Access Denied';
  const head = `User: ${request.principal} is not authorized to perform: ${action} on resource: "${resource}"`;
  if (authorization.decision === 'ExplicitDeny') {
    const where =
      authorization.decidedBy === 'identity-policy' ? 'an identity-based policy' : 'a resource-based policy';
    return `${head} with an explicit deny in ${where}`;
  }
  return `${head} because no identity-based policy allows the ${action} action`;
}
