/**
 * `npm run scenarios -- --matrix --policy get-bucket-policy.json` with a real bucket's policy does
 * what the app's paste does: its ARNs name this bucket, one other account named by all its
 * principals becomes the owner, the users and roles it names are declared, and stderr says so.
 * Sources: IAM User Guide, "Cross-account policy evaluation logic"
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html);
 * AWS re:Post, "Invalid principal in policy" (https://repost.aws/knowledge-center/s3-invalid-principal-in-policy-error).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  getBucketPolicyOutput,
  realPolicy as policy,
  WRITER,
} from '../state/aws-paste/testing/real-policy.ts';
import { matrixCommand } from './matrix-command.ts';

const dir = mkdtempSync(join(tmpdir(), 'matrix-paste-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const getBucketPolicy = (name: string, value: unknown) => file(name, getBucketPolicyOutput(value));

describe('the matrix CLI reads a real bucket policy as the app pastes it', () => {
  it('adopts the account, declares the role and lets it write with the bucket policy alone', async () => {
    const printed = await matrixCommand({
      policy: getBucketPolicy('real.json', policy([WRITER])),
      format: 'json',
      principals: true,
    });
    expect(printed.code).toBe(0);
    expect(printed.stderr).toContain('real.json: Bucket owner account: 111122223333 → 987654321098');
    expect(printed.stderr).toContain(`declared ${WRITER}`);
    expect(printed.stderr).toContain('"acme-prod-data"');
    const { cells } = JSON.parse(printed.stdout) as { cells: Record<string, unknown>[] };
    expect(cells).toContainEqual(
      expect.objectContaining({
        operation: 'PutObject',
        encryption: 'SSE-S3',
        transport: 'HTTPS',
        principal: WRITER,
        status: 200,
      }),
    );
  });

  it.each([
    {
      name: 'a set-up naming the real bucket but no account adopts the account and declares the role',
      setup: { bucket: 'acme-prod-data' },
      principals: [WRITER],
      code: 0,
      says: [`declared ${WRITER}`, 'Bucket owner account: 111122223333 → 987654321098'],
    },
    {
      name: 'two other accounts are cross-account, with the --setup that would make one the owner',
      setup: undefined,
      principals: [WRITER, 'arn:aws:iam::444455556666:root'],
      code: 0,
      says: [
        'accounts 444455556666 and 987654321098 are not',
        'run again with --setup SETUP.json holding {"account": "444455556666"}',
      ],
    },
    {
      name: 'a set-up naming its account keeps it, and says which --setup would change it',
      setup: { account: '111122223333' },
      principals: [WRITER],
      code: 0,
      says: ['setup.json holding {"account": "987654321098"} (with the rest of it)'],
    },
  ])('$name', async ({ setup, principals, code, says }) => {
    const printed = await matrixCommand({
      policy: getBucketPolicy('real.json', policy(principals)),
      ...(setup ? { setup: file('setup.json', JSON.stringify(setup)) } : {}),
      format: 'text',
      principals: false,
    });
    expect(printed.code).toBe(code);
    for (const phrase of says) expect(printed.stderr).toContain(phrase);
  });

  it('still refuses a policy S3 refuses, after saying what it adopted', async () => {
    const printed = await matrixCommand({
      policy: getBucketPolicy('typo.json', policy([WRITER], { Boool: { 'aws:SecureTransport': 'false' } })),
      format: 'text',
      principals: false,
    });
    expect(printed.code).toBe(2);
    expect(printed.stderr).toContain('Bucket owner account: 111122223333 → 987654321098');
    expect(printed.stderr).toContain(
      'S3 refuses this policy: MalformedPolicy: Invalid Condition type : Boool',
    );
  });
});
