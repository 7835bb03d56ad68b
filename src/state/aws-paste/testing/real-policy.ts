/**
 * Test data: the bucket policy of a real bucket, acme-prod-data in account 987654321098, letting
 * its role app-writer read and write objects, and what `aws s3api get-bucket-policy` prints for it
 * (AWS CLI reference: {"Policy": "<the policy as one string>"}).
 */
export const WRITER = 'arn:aws:iam::987654321098:role/app-writer';

export const realPolicy = (principals: string[] = [WRITER], condition?: Record<string, unknown>) => ({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'AppWriter',
      Effect: 'Allow',
      Principal: { AWS: principals.length === 1 ? principals[0] : principals },
      Action: ['s3:GetObject', 's3:PutObject'],
      Resource: 'arn:aws:s3:::acme-prod-data/*',
      ...(condition ? { Condition: condition } : {}),
    },
  ],
});

export const getBucketPolicyOutput = (policy: unknown) =>
  JSON.stringify({ Policy: JSON.stringify(policy) }, null, 4);
