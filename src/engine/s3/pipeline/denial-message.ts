/**
 * The message of a policy denial. AWS names the caller, the action, the resource and which kind of
 * policy decided (spec §6.3, gomods/athens#2165: "User: … is not authorized to perform:
 * s3:PutObject on resource: … with an explicit deny in a resource-based policy"); anonymous
 * callers get the bare "Access Denied".
 */
import type { Authorization } from '../../policy/authorize/index.ts';
import type { S3Request } from '../../types.ts';

export function denialMessage(
  request: S3Request,
  action: string,
  resource: string,
  authorization: Authorization,
): string {
  if (request.signature === 'anonymous') return 'Access Denied';
  const head = `User: ${request.principal} is not authorized to perform: ${action} on resource: "${resource}"`;
  if (authorization.decision === 'ExplicitDeny') {
    const where =
      authorization.decidedBy === 'identity-policy' ? 'an identity-based policy' : 'a resource-based policy';
    return `${head} with an explicit deny in ${where}`;
  }
  return `${head} because no resource-based policy allows the ${action} action`;
}
