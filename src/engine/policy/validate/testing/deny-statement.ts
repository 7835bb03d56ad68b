/** Test helper: a one-statement bucket policy (Deny PutObject on test-bucket) with `changes` applied. */
export const denyStatement = (changes: Record<string, unknown>) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:PutObject',
        Resource: 'arn:aws:s3:::test-bucket/*',
        ...changes,
      },
    ],
  });
