/**
 * Key policies. A key without a policy has KMS's default key policy, which gives the account root
 * `kms:*` and so lets IAM policies grant use of the key
 * (https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html).
 * The `aws/s3` key has the policy S3 creates: use through S3 by any principal of the account
 * (kms:CallerAccount + kms:ViaService), metadata for the account root; it cannot be edited, so it
 * cannot be used across accounts (spec §2.3).
 */

import { isJsonObject, tryParseJson } from '../json.ts';
import { parsePolicy } from '../policy/parse/index.ts';
import type { Policy } from '../policy/types.ts';
import type { JsonObject } from '../types.ts';

export function defaultKeyPolicy(account: string): JsonObject {
  return {
    Version: '2012-10-17',
    Id: 'key-default-1',
    Statement: [
      {
        Sid: 'Enable IAM User Permissions',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${account}:root` },
        Action: 'kms:*',
        Resource: '*',
      },
    ],
  };
}

export function awsS3KeyPolicy(account: string, region: string): JsonObject {
  return {
    Version: '2012-10-17',
    Id: 'auto-s3-2',
    Statement: [
      {
        Sid: 'Allow access through S3 for all principals in the account that are authorized to use S3',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'],
        Resource: '*',
        Condition: {
          StringEquals: { 'kms:CallerAccount': account, 'kms:ViaService': `s3.${region}.amazonaws.com` },
        },
      },
      {
        Sid: 'Allow direct access to key metadata to the account',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${account}:root` },
        Action: ['kms:Describe*', 'kms:Get*', 'kms:List*', 'kms:RevokeGrant'],
        Resource: '*',
      },
    ],
  };
}

/** The policy document from a setup object or text; `undefined` when it is not a JSON object. */
export function policyDocument(input: JsonObject | string): JsonObject | undefined {
  if (typeof input !== 'string') return input;
  const value = tryParseJson(input);
  return isJsonObject(value) ? value : undefined;
}

/**
 * Parses a key policy with the shared policy parser in its identity/key-policy mode (no bucket
 * rules, other services' actions allowed). Only a document that is not a policy at all is refused
 * (KMS answers MalformedPolicyDocumentException).
 */
export function parseKeyPolicy(document: JsonObject): Policy | undefined {
  return parsePolicy(JSON.stringify(document), { kind: 'identity' }).policy;
}
