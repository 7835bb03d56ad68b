/**
 * What to change when PutBucketPolicy answers 400 MalformedPolicy, per S3 message (the texts of
 * policy/parse/s3-messages.ts, from the conformance suite). S3 reports only the first problem, so
 * the remedy names that one; the policy editor's diagnostics show every problem with its position.
 */
const REMEDIES: [prefix: string, remedy: string][] = [
  [
    'Policies must be valid JSON',
    'Start the document with "{" (no text, comment or byte-order mark before it).',
  ],
  ['This policy contains invalid Json', 'Fix the JSON syntax: quotes, commas and brackets.'],
  [
    'Normalized policy document exceeds',
    'Shorten the policy below 20480 bytes: merge statements or use wildcards.',
  ],
  [
    'Missing required field',
    'Add the missing field to every statement: Effect, Principal, Action and Resource.',
  ],
  ['Could not parse the policy: Statement is empty', 'Give Statement at least one statement.'],
  ['The policy must contain a valid version', 'Set "Version": "2012-10-17" (or "2008-10-17").'],
  [
    'Unknown field',
    'Remove the field or fix its spelling; field names are case-sensitive (Condition, not condition).',
  ],
  [
    'Invalid policy syntax',
    'Give each element the shape IAM expects (strings or lists of strings, Condition as operator → key → values).',
  ],
  ['Invalid effect', 'Write Effect as "Allow" or "Deny", capitalised.'],
  [
    'Invalid principal',
    'Name principals that exist: an account id or root ARN, a user or role ARN declared under Principals, or "*".',
  ],
  [
    'Policy has invalid action',
    'Use actions that exist, spelled like s3:GetObject (the prefix and the name as AWS documents them).',
  ],
  [
    'Policy has invalid resource',
    "Name this bucket's ARN (arn:aws:s3:::bucket) or objects in it (arn:aws:s3:::bucket/*).",
  ],
  [
    'Invalid Condition type',
    'Use a condition operator IAM knows (StringEquals, StringNotEquals, Bool, IpAddress, Null, ...), spelled exactly.',
  ],
  [
    'Policy has an invalid condition key',
    'Use a condition key that exists (aws:SecureTransport, s3:x-amz-server-side-encryption, ...).',
  ],
  ['Invalid IP address in Conditions', 'Write IP conditions as addresses or CIDR ranges, e.g. 192.0.2.0/24.'],
  [
    'Conditions do not apply',
    "Use condition keys that apply to the statement's actions, or split the statement by action.",
  ],
  [
    'Action does not apply to any resource',
    'Pair bucket actions with the bucket ARN and object actions with object ARNs (bucket/*).',
  ],
];

export function policyRemedy(message: string): string {
  return (
    REMEDIES.find(([prefix]) => message.startsWith(prefix))?.[1] ??
    'Fix the problem S3 names, then put the policy again.'
  );
}
