/**
 * What each shipped challenge hides and the hints it gives, one at a time. The challenge itself is
 * an ordinary lesson file tagged `challenge` whose set-up holds the reference answer, so
 * `npm run scenarios` proves that the task can be solved.
 */

/** The part of the set-up the learner writes. */
export type Hidden = 'policy' | 'bucketEncryption';

export interface ChallengeSpec {
  hide: Hidden;
  /** Shown instead of the hidden part: where to write the answer. */
  task: string;
  hints: string[];
}

const CHALLENGES: Record<string, ChallengeSpec> = {
  'challenge-https-only': {
    hide: 'policy',
    task: 'Write the bucket policy in the editor (it starts empty).',
    hints: [
      'One statement is enough, with "Effect": "Deny" and "Principal": "*".',
      'The condition key is aws:SecureTransport; over plain HTTP its value is "false" (operator Bool).',
      'Cover "Action": "s3:*" and both resources: arn:aws:s3:::test-bucket and arn:aws:s3:::test-bucket/*.',
    ],
  },
  'challenge-require-sse-kms': {
    hide: 'policy',
    task: 'Write the bucket policy in the editor (it starts empty).',
    hints: [
      'Deny s3:PutObject on arn:aws:s3:::test-bucket/* when s3:x-amz-server-side-encryption is not "aws:kms".',
      'StringNotEquals never matches a key that is absent: an upload with no header slips through it.',
      'Add a second Deny with "Null": { "s3:x-amz-server-side-encryption": "true" }.',
    ],
  },
  'challenge-bucket-default-key': {
    hide: 'bucketEncryption',
    task: 'Use the Bucket panel: choose the default encryption and its KMS key, tick the bucket key, then Apply.',
    hints: [
      'The default encryption you want is SSE-KMS, not SSE-S3 and not DSSE-KMS.',
      'The key is alias/payroll, not alias/marketing.',
      'Tick "Bucket key (SSE-KMS only)" before you press Apply encryption.',
    ],
  },
  'challenge-partner-read-only': {
    hide: 'policy',
    task: 'Write the bucket policy in the editor (it starts empty).',
    hints: [
      'Cross-account access needs an Allow on both sides: the partner already has its own; the bucket policy is yours.',
      'The principal is { "AWS": "arn:aws:iam::444455556666:role/partner" }.',
      'Allow only s3:GetObject, on arn:aws:s3:::test-bucket/*: anything not allowed is denied.',
    ],
  },
};

export function challengeById(id: string): ChallengeSpec | undefined {
  return Object.hasOwn(CHALLENGES, id) ? CHALLENGES[id] : undefined;
}
