/** Policies the specs type into the editor. */

/** The documented HTTPS-only policy (a Deny on aws:SecureTransport = "false"), with a chosen Sid. */
export function denyPlainHttp(sid = 'DenyInsecureTransport') {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: sid,
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: ['arn:aws:s3:::test-bucket', 'arn:aws:s3:::test-bucket/*'],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ],
  };
}

/** UG `security-best-practices.md`: deny any request that is not over HTTPS. */
export const DENY_PLAIN_HTTP = denyPlainHttp();
