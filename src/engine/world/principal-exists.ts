/**
 * Which principals exist in a playground world: IAM users and roles exist when the world declares
 * them (the set-up's `principals`, the Principals panel); account roots always do. S3 resolves a
 * user or role ARN when a bucket policy is written and refuses one that does not exist ("Invalid
 * principal in policy"); PutBucketPolicy and the policy editor's diagnostics both ask this rule.
 */
const ROOT_ARN = /^arn:aws:iam::\d{12}:root$/;

export const principalExistsAmong =
  (declared: { has(arn: string): boolean }) =>
  (arn: string): boolean =>
    declared.has(arn) || ROOT_ARN.test(arn);
