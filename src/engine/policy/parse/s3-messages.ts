/**
 * S3's exact `MalformedPolicy` messages for PutBucketPolicy. Texts come from the conformance file
 * (src/scenarios/conformance/s3-bucket-policy-validation.json) and the answers S3-compatible servers
 * copy from S3 (versitygw `policyErr*`, noobaa and cortx issues); see each scenario's `source`.
 */
export const S3Messages = {
  firstByte: "Policies must be valid JSON and the first byte must be '{'",
  invalidJson: 'This policy contains invalid Json',
  tooLarge: 'Normalized policy document exceeds the maximum allowed size of 20480 bytes',
  missingField: (field: string) => `Missing required field ${field}`,
  emptyStatement: 'Could not parse the policy: Statement is empty!',
  invalidVersion: 'The policy must contain a valid version string',
  unknownField: (field: string) => `Unknown field ${field}`,
  invalidSyntax: 'Invalid policy syntax.',
  invalidEffect: (effect: string) => `Invalid effect: ${effect}`,
  invalidPrincipal: 'Invalid principal in policy',
  invalidAction: 'Policy has invalid action',
  invalidResource: 'Policy has invalid resource',
  invalidConditionType: (operator: string) => `Invalid Condition type : ${operator}`,
  invalidConditionKey: 'Policy has an invalid condition key',
  invalidIp: 'Invalid IP address in Conditions',
  conditionsDoNotApply: 'Conditions do not apply to combination of actions and resources in statement',
  actionDoesNotApply: 'Action does not apply to any resource(s) in statement',
} as const;
