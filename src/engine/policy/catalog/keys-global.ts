import { type ConditionKeyInfo, key } from './key-types.ts';

/**
 * Global condition keys (aws:*) that can appear in a request to S3
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html).
 * Present in every request unless the doc says when.
 */
export const GLOBAL_KEYS: readonly ConditionKeyInfo[] = [
  key(
    'aws:SecureTransport',
    'Bool',
    'all',
    '"true" when the request came over HTTPS (TLS), "false" over plain HTTP.',
  ),
  key('aws:SourceIp', 'IP', 'all', "The requester's public IP address (absent through a VPC endpoint)."),
  key('aws:VpcSourceIp', 'IP', 'all', "The requester's private IP address, only through a VPC endpoint."),
  key(
    'aws:SourceVpc',
    'String',
    'all',
    'The VPC of the gateway/interface endpoint the request came through.',
  ),
  key('aws:SourceVpce', 'String', 'all', 'The VPC endpoint id the request came through.'),
  key('aws:CurrentTime', 'Date', 'all', 'The date and time of the request (ISO 8601).'),
  key('aws:EpochTime', 'Date', 'all', 'The time of the request in epoch seconds.'),
  key(
    'aws:UserAgent',
    'String',
    'all',
    "The client's User-Agent header (set by the caller: not a security control).",
  ),
  key('aws:Referer', 'String', 'all', 'The HTTP Referer header (set by the caller: not a security control).'),
  key('aws:PrincipalArn', 'ARN', 'all', 'The ARN of the caller (user, role, or account root).'),
  key('aws:PrincipalAccount', 'String', 'all', 'The account ID of the caller.'),
  key('aws:PrincipalOrgID', 'String', 'all', "The AWS Organizations ID of the caller's account."),
  key('aws:PrincipalOrgPaths', 'String', 'all', "The Organizations path of the caller's account.", true),
  key('aws:PrincipalTag/<key>', 'String', 'all', 'A tag attached to the calling user or role.'),
  key('aws:PrincipalType', 'String', 'all', 'Account, User, FederatedUser, AssumedRole or Anonymous.'),
  key('aws:PrincipalIsAWSService', 'Bool', 'all', '"true" when an AWS service principal makes the call.'),
  key('aws:PrincipalServiceName', 'String', 'all', 'The service principal name, when a service calls.'),
  key('aws:userid', 'String', 'all', "The caller's unique id (AIDA…, AROA…:session)."),
  key('aws:username', 'String', 'all', 'The IAM user name (only for IAM users).'),
  key('aws:SourceArn', 'ARN', 'all', 'The resource a service acts for (service-to-service calls).'),
  key('aws:SourceAccount', 'String', 'all', 'The account of the resource a service acts for.'),
  key('aws:SourceOrgID', 'String', 'all', 'The organization of the resource a service acts for.'),
  key(
    'aws:ViaAWSService',
    'Bool',
    'all',
    '"true" when a service makes the call on the caller\'s behalf (e.g. KMS via S3).',
  ),
  key(
    'aws:CalledVia',
    'String',
    'all',
    "The services that made the call on the caller's behalf, in order.",
    true,
  ),
  key(
    'aws:MultiFactorAuthPresent',
    'Bool',
    'all',
    '"true" when temporary credentials were obtained with MFA; absent for long-term keys.',
  ),
  key('aws:MultiFactorAuthAge', 'Numeric', 'all', 'Seconds since MFA authentication.'),
  key('aws:TokenIssueTime', 'Date', 'all', 'When the temporary credentials were issued.'),
  key('aws:RequestedRegion', 'String', 'all', 'The Region the request was sent to.'),
  key('aws:ResourceAccount', 'String', 'all', 'The account that owns the bucket.'),
  key('aws:ResourceOrgID', 'String', 'all', 'The organization of the account that owns the bucket.'),
  key('aws:ResourceTag/<key>', 'String', 'all', 'A tag on the bucket (S3 ABAC, when enabled on the bucket).'),
  key('aws:RequestTag/<key>', 'String', 'all', 'A tag sent in the request (CreateBucket, TagResource).'),
  key('aws:TagKeys', 'String', 'all', 'The tag keys sent in the request.', true),
  key('aws:SourceIdentity', 'String', 'all', 'The source identity set when the role was assumed.'),
  key('aws:FederatedProvider', 'String', 'all', 'The identity provider of a federated caller.'),
];
