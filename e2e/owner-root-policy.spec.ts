import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page.ts';

/**
 * The bucket owner's root cannot lock itself out of its bucket policy (S3 API reference,
 * PutBucketPolicy: "the root principal in a bucket owner's Amazon Web Services account can perform
 * the GetBucketPolicy, PutBucketPolicy, and DeleteBucketPolicy API actions, even if their bucket
 * policy explicitly denies the root principal's access"): after a Deny on s3:*, the corrected
 * policy still applies.
 */
const RESOURCES = ['arn:aws:s3:::test-bucket', 'arn:aws:s3:::test-bucket/*'];
const denyAll = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'DenyAll', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: RESOURCES }],
};
const httpsOnly = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'DenyPlainHttp',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: RESOURCES,
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
  ],
};

test('a Deny on s3:* denies the uploads but the owner can still replace the policy', async ({
  page,
  context,
}) => {
  const playground = new PlaygroundPage(page, context);
  await playground.openReady();
  await playground.replacePolicy(denyAll);
  await playground.applyPolicy();
  await expect(playground.policyRegion).toContainText('S3 accepted the policy (204)');
  await playground.sendAndExpect(403, 'AccessDenied');

  await playground.replacePolicy(httpsOnly);
  await playground.applyPolicy();
  await expect(playground.policyRegion).toContainText('S3 accepted the policy (204)');
  await playground.sendAndExpect(200);
  expect(playground.consoleErrors).toEqual([]);
});
