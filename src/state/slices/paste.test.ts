/**
 * The tester's steps: paste a command an engineer ran against a real bucket, then Send. S3 here has
 * only the playground's buckets, so the request goes to its bucket (aws-paste/request-bucket.ts);
 * a copy source in another real bucket stays and answers 404 NoSuchBucket (S3 API Reference,
 * "Error responses": NoSuchBucket, "The specified bucket does not exist").
 */
import { describe, expect, it } from 'vitest';
import { readyTestStore } from '../testing/test-store.ts';

describe('a pasted command that names a real bucket, then Send', () => {
  it.each([
    {
      name: 'aws s3 cp of a file to a real bucket writes to the playground bucket',
      first: undefined,
      command: 'aws s3 cp ./report.csv s3://acme-prod-data/reports/q1.csv --sse aws:kms',
      status: 200,
      says: ['PutObject on test-bucket/reports/q1.csv', 'It named the bucket "acme-prod-data"'],
    },
    {
      name: 'aws s3api put-object to a real bucket writes to the playground bucket',
      first: undefined,
      command:
        'aws s3api put-object --bucket my-real-bucket --key k --body f --server-side-encryption AES256',
      status: 200,
      says: ['PutObject on test-bucket/k', 'It named the bucket "my-real-bucket"'],
    },
    {
      name: 'aws s3 cp within one real bucket copies within the playground bucket',
      first: 'aws s3 cp ./a.csv s3://acme-prod-data/a.csv',
      command: 'aws s3 cp s3://acme-prod-data/a.csv s3://acme-prod-data/b.csv',
      status: 200,
      says: ['CopyObject on test-bucket/b.csv'],
    },
    {
      name: 'copy-object from another real bucket answers 404, as the summary says',
      first: undefined,
      command: 'aws s3api copy-object --bucket acme-prod-data --key b.csv --copy-source acme-archive/a.csv',
      status: 404,
      says: ['"acme-archive"', 'the copy answers 404 NoSuchBucket'],
    },
  ])('$name', async ({ first, command, status, says }) => {
    const store = await readyTestStore();
    if (first) {
      await store.getState().applyPaste(first);
      await store.getState().send();
      expect(store.getState().lastRun?.outcome.response.status).toBe(200);
    }
    await store.getState().applyPaste(command);
    const summary = store.getState().pasteReport?.summary.join('\n') ?? '';
    for (const words of says) expect(summary).toContain(words);
    await store.getState().send();
    expect(store.getState().lastRun?.outcome.response.status).toBe(status);
  });
});

/**
 * A pasted command that S3 would refuse as it stands says so with the paste, from the engine's
 * answer on a copy of the world; Send then gets that very answer. Sources: KMS.NotFoundException
 * for a key that does not exist (spec §1.2; S3 answers it at PUT time), 403 for an expected bucket
 * owner that is not the bucket's (S3 User Guide, "Verifying bucket ownership with bucket owner
 * condition").
 */
describe('a pasted command S3 would refuse is said at once, not at Send', () => {
  it.each([
    {
      name: 'a KMS key the playground lacks',
      command:
        'aws s3api put-object --bucket my-real-bucket --key k --body f --server-side-encryption aws:kms --ssekms-key-id alias/reports',
      status: 400,
      warns: ['Sent as it is, S3 here answers 400 KMS.NotFoundException', 'alias/reports'],
    },
    {
      name: 'an expected bucket owner on the playground bucket that is not its account',
      command:
        'aws s3api put-object --bucket test-bucket --key k --body f --expected-bucket-owner 123456789012',
      status: 403,
      warns: ['Sent as it is, S3 here answers 403 AccessDenied', 'x-amz-expected-bucket-owner: 111122223333'],
    },
    {
      name: 'a copy from another real bucket',
      command: 'aws s3api copy-object --bucket acme-prod-data --key b.csv --copy-source acme-archive/a.csv',
      status: 404,
      warns: ['Sent as it is, S3 here answers 404 NoSuchBucket'],
    },
    {
      name: 'a command that goes through warns of nothing',
      command:
        'aws s3api put-object --bucket my-real-bucket --key k --body f --server-side-encryption AES256',
      status: 200,
      warns: [],
    },
  ])('$name', async ({ command, status, warns }) => {
    const store = await readyTestStore();
    const before = store.getState().snapshot;
    await store.getState().applyPaste(command);
    const warnings = store.getState().pasteReport?.warnings ?? [];
    if (warns.length === 0) expect(warnings).toEqual([]);
    for (const words of warns) expect(warnings.join('\n')).toContain(words);
    // Asking what S3 would answer sent nothing: no object, no audit event, no turn.
    expect(store.getState().snapshot).toEqual(before);
    await store.getState().send();
    expect(store.getState().lastRun?.outcome.response.status).toBe(status);
  });
});
