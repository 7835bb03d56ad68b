import { err, ok, type Result } from '../../result.ts';
import { type ContextKey, type RequestPrincipal, setKey } from './types.ts';
import { simulatedUniqueId } from './unique-id.ts';

/**
 * Who sends a request, from the ARN a user or scenario gives, and the principal condition keys
 * IAM puts in the request context for it:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#principaltable
 * - account root: aws:userid = the account id, no aws:username, aws:PrincipalType "Account";
 * - IAM user: aws:userid = the user's unique id (AIDA...), aws:username = its name, "User";
 * - role session: aws:userid = role-id:session-name, no aws:username, "AssumedRole", and
 *   aws:PrincipalArn is the role's ARN, not the session's;
 * - anonymous: only aws:PrincipalType "Anonymous".
 * A bare role ARN stands for a session of that role named after the role.
 */

export const ANONYMOUS: RequestPrincipal = { arn: 'anonymous', account: '', type: 'Anonymous' };

const PRINCIPAL_ARN = /^arn:aws:(iam|sts)::(\d{12}):(root|user\/.+|role\/.+|assumed-role\/[^/]+\/.+)$/;

/** An AWS service principal, e.g. `cloudfront.amazonaws.com` (IAM "AWS service principals"). */
export const SERVICE_PRINCIPAL = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.amazonaws\.com$/;

/**
 * A CloudFront origin access identity, the legacy way CloudFront reads a bucket: an IAM user of
 * the pseudo-account `cloudfront` (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html).
 */
export const ORIGIN_ACCESS_IDENTITY =
  /^arn:aws:iam::cloudfront:user\/CloudFront Origin Access Identity [A-Z0-9]+$/;

/** Callers without identity policies: S3 and KMS decide by the resource policy alone. */
export const hasNoIdentityPolicy = (principal: RequestPrincipal) =>
  principal.type === 'Anonymous' || principal.type === 'Service' || principal.account === 'cloudfront';

export function parsePrincipal(
  arn: string,
): Result<RequestPrincipal, { code: 'InvalidPrincipal'; message: string }> {
  if (arn === 'anonymous' || arn === '*') return ok(ANONYMOUS);
  if (SERVICE_PRINCIPAL.test(arn)) return ok({ arn, account: '', type: 'Service' });
  if (ORIGIN_ACCESS_IDENTITY.test(arn)) return ok({ arn, account: 'cloudfront', type: 'User' });
  const m = PRINCIPAL_ARN.exec(arn);
  if (!m) {
    return err({
      code: 'InvalidPrincipal',
      message: `"${arn}" is not a principal ARN: use arn:aws:iam::<account>:root, :user/<name>, :role/<name> or arn:aws:sts::<account>:assumed-role/<role>/<session>.`,
    });
  }
  const [, service, account = '', resource = ''] = m;
  const iam = service === 'iam';
  if (iam && resource === 'root') return ok({ arn, account, type: 'Account' });
  if (iam && resource.startsWith('user/')) return ok({ arn, account, type: 'User' });
  if (iam && resource.startsWith('role/')) return ok({ arn, account, type: 'Role' });
  if (!iam && resource.startsWith('assumed-role/')) return ok({ arn, account, type: 'AssumedRole' });
  return err({ code: 'InvalidPrincipal', message: `"${arn}" is not a principal ARN.` });
}

function lastSegment(path: string): string {
  return path.split('/').pop() ?? path;
}

/** The role name and session name of a role caller. */
function roleSession(principal: RequestPrincipal): { role: string; session: string } {
  const resource = principal.arn.slice(principal.arn.indexOf(':', 'arn:aws:iam::'.length) + 1);
  if (principal.type === 'AssumedRole') {
    const [, role, ...session] = resource.split('/');
    return { role: role ?? '', session: session.join('/') };
  }
  const role = lastSegment(resource);
  return { role, session: role };
}

export function principalKeys(principal: RequestPrincipal, keys: Record<string, ContextKey>): void {
  if (principal.type === 'Service') {
    // "aws:PrincipalServiceName ... the name of the AWS service principal", "aws:PrincipalIsAWSService"
    // (IAM global condition context keys); the service's own account keys do not apply.
    setKey(keys, 'aws:PrincipalServiceName', [principal.arn]);
    setKey(keys, 'aws:PrincipalIsAWSService', ['true']);
    return;
  }
  if (principal.type === 'Anonymous') {
    setKey(keys, 'aws:PrincipalType', ['Anonymous']);
    return;
  }
  setKey(keys, 'aws:PrincipalAccount', [principal.account]);
  if (principal.type === 'Account') {
    setKey(keys, 'aws:PrincipalArn', [principal.arn]);
    setKey(keys, 'aws:PrincipalType', ['Account']);
    setKey(keys, 'aws:userid', [principal.account]);
    return;
  }
  if (principal.type === 'User' && principal.account === 'cloudfront') {
    setKey(keys, 'aws:PrincipalArn', [principal.arn]);
    setKey(keys, 'aws:PrincipalType', ['User']);
    return;
  }
  if (principal.type === 'User') {
    setKey(keys, 'aws:PrincipalArn', [principal.arn]);
    setKey(keys, 'aws:PrincipalType', ['User']);
    setKey(keys, 'aws:userid', [simulatedUniqueId('AIDA', principal.arn)]);
    setKey(keys, 'aws:username', [lastSegment(principal.arn)]);
    return;
  }
  const { role, session } = roleSession(principal);
  const roleArn = `arn:aws:iam::${principal.account}:role/${role}`;
  setKey(keys, 'aws:PrincipalArn', [principal.type === 'Role' ? principal.arn : roleArn]);
  setKey(keys, 'aws:PrincipalType', ['AssumedRole']);
  setKey(keys, 'aws:userid', [`${simulatedUniqueId('AROA', roleArn)}:${session}`]);
}
