/** Policies the specs share (the S3 User Guide's examples). */

/** UG `security-best-practices.md`: deny any request that is not over HTTPS. */
export const DENY_PLAIN_HTTP = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'DenyInsecureTransport',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: ['arn:aws:s3:::test-bucket', 'arn:aws:s3:::test-bucket/*'],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
  ],
};
