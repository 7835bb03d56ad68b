/**
 * The forms an AWS principal takes in a bucket policy (IAM User Guide, "AWS JSON policy elements:
 * Principal"): an account (`123456789012` or `arn:aws:iam::123456789012:root`), an IAM user or
 * role, an assumed-role session. S3 resolves a user or role when the policy is written and
 * refuses one that does not exist ("Invalid principal in policy"; AWS re:Post knowledge center,
 * "s3-invalid-principal-in-policy-error": "confirm that the user or role wasn't deleted").
 */
export const ACCOUNT_ID = /^\d{12}$/;
export const ROOT_ARN = /^arn:aws:iam::\d{12}:root$/;
/** IAM user and role names: letters, digits and +=,.@_- (with an optional /path/). */
export const USER_OR_ROLE_ARN = /^arn:aws:iam::\d{12}:(user|role)\/([\w+=,.@-]+\/)*[\w+=,.@-]+$/;
export const SESSION_ARN = /^arn:aws:sts::\d{12}:assumed-role\/[\w+=,.@-]+\/[\w+=,.@-]+$/;

/** The account an AWS principal value names (an account id, or the account in its ARN). */
export function accountOfAwsPrincipal(value: string): string | undefined {
  return /^(?:arn:aws:(?:iam|sts)::)?(\d{12})(?::|$)/.exec(value)?.[1];
}
