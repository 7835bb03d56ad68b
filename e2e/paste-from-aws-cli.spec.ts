import { expect, test } from '@playwright/test';
import { PasteDialog } from './pages/paste-dialog.ts';
import { PlaygroundPage } from './pages/playground-page.ts';

/** Paste from AWS CLI: real CLI output into the right panel with a summary; commands into the builder. */

let playground: PlaygroundPage;
let paste: PasteDialog;

test.beforeEach(async ({ page, context }) => {
  playground = new PlaygroundPage(page, context);
  paste = new PasteDialog(page);
  await playground.openReady();
});

test.afterEach(() => {
  playground.expectCleanRun();
});

test('get-bucket-encryption output is applied to the bucket, and the summary says what changed', async () => {
  await paste.paste(
    JSON.stringify(
      {
        ServerSideEncryptionConfiguration: {
          Rules: [
            { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' }, BucketKeyEnabled: true },
          ],
        },
      },
      null,
      4,
    ),
  );
  await expect(paste.summary).toContainText('Default encryption: SSE-S3 (AES256) → SSE-KMS (aws:kms)');
  await expect(paste.summary).toContainText('Bucket key: off → on');
  await expect(paste.summary).toContainText('PutBucketEncryption: S3 answered 200');
  await playground.page.screenshot({ path: 'test-results/screens/paste-encryption.png' });
  await paste.close();
  await expect(playground.bucketRegion.getByLabel('Default encryption', { exact: true })).toHaveValue(
    'aws:kms',
  );
});

test('get-bucket-encryption naming a KMS key this KMS lacks is accepted, and both the paste and the bucket panel say the next upload will fail', async () => {
  // A real account's key: S3 does not check the key in PutBucketEncryption (spec §1.2), the upload fails.
  const arn = 'arn:aws:kms:us-east-1:999988887777:key/11111111-2222-3333-4444-555555555555';
  await paste.paste(
    JSON.stringify({
      ServerSideEncryptionConfiguration: {
        Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: arn } }],
      },
    }),
  );
  await expect(paste.summary).toContainText('PutBucketEncryption: S3 answered 200');
  await expect(paste.warnings).toContainText(
    `Uploads that rely on the default encryption will fail: 400 KMS.NotFoundException: Key '${arn}' does not exist`,
  );
  await playground.page.screenshot({ path: 'test-results/screens/paste-missing-key.png' });
  await paste.close();
  await expect(
    playground.bucketRegion.getByRole('status', { name: 'Default KMS key problem' }),
  ).toContainText(`400 KMS.NotFoundException: Key '${arn}' does not exist`);
});

test('get-bucket-policy output becomes the editor draft, not yet applied', async () => {
  const policy = {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'PastedDenyHttp',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: 'arn:aws:s3:::test-bucket/*',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ],
  };
  await paste.paste(JSON.stringify({ Policy: JSON.stringify(policy) }));
  await expect(paste.summary).toContainText('the pasted policy replaces the draft');
  await paste.close();
  await expect(playground.policyRegion).toContainText('PastedDenyHttp');
});

test('a real bucket policy naming its own bucket is retargeted to this one, said in the summary, and reads without problems', async () => {
  const policy = {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'ProdDenyHttp',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: ['arn:aws:s3:::acme-prod-data', 'arn:aws:s3:::acme-prod-data/*'],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ],
  };
  await paste.paste(JSON.stringify({ Policy: JSON.stringify(policy) }));
  await expect(paste.summary).toContainText('It named the bucket "acme-prod-data"');
  await paste.close();
  await expect(playground.policyRegion).toContainText('arn:aws:s3:::test-bucket/*');
  await expect(playground.policyRegion).toContainText('No problems found in the policy.');
});

test('an s3api put-object command is loaded into the request builder', async () => {
  await paste.paste(
    'aws s3api put-object --bucket test-bucket --key pasted.txt \\\n  --server-side-encryption aws:kms --bucket-key-enabled --body ./pasted.txt',
  );
  await expect(paste.summary).toContainText('Request builder: PutObject on test-bucket/pasted.txt');
  await paste.close();
  await expect(playground.requestRegion.getByRole('textbox', { name: 'Object key' })).toHaveValue(
    'pasted.txt',
  );
  await expect(
    playground.requestRegion.getByRole('textbox', { name: 'x-amz-server-side-encryption value' }),
  ).toHaveValue('aws:kms');
});

test('an unknown option is pointed at, on its line and column', async () => {
  await paste.paste('aws s3api put-object --bucket test-bucket \\\n  --key k --acl public-read');
  await expect(paste.problem).toContainText(
    'Line 2, column 11: The playground does not know the option --acl',
  );
  await expect(paste.problem.locator('mark')).toHaveText('--acl');
});

/** A real bucket's policy whose role is in the bucket's own account, 987654321098. */
const APP_WRITER = 'arn:aws:iam::987654321098:role/app-writer';
const realPolicy = (condition?: Record<string, unknown>) => ({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'AppWriter',
      Effect: 'Allow',
      Principal: { AWS: APP_WRITER },
      Action: ['s3:GetObject', 's3:PutObject'],
      Resource: 'arn:aws:s3:::acme-prod-data/*',
      ...(condition ? { Condition: condition } : {}),
    },
  ],
});

test('a real bucket policy whose role is in one other account adopts that account and declares the role, so the role writes with the bucket policy alone', async () => {
  await paste.paste(JSON.stringify({ Policy: JSON.stringify(realPolicy()) }, null, 4));
  await expect(paste.summary).toContainText('Bucket owner account: 111122223333 → 987654321098');
  await expect(paste.summary).toContainText(`declared ${APP_WRITER}`);
  await expect(paste.summary).toContainText('"Apply policy to bucket" puts it in force');
  await expect(paste.refused).toHaveCount(0);
  await playground.screenshot('paste-adopts-account');
  await paste.close();
  await expect(playground.policyRegion).toContainText('No problems found in the policy.');
  await playground.applyPolicy();
  await expect(playground.policyRegion).toContainText('S3 accepted the policy (204)');
  await playground.chooseOperation('PutObject');
  await playground.requestRegion.getByLabel('Principal (ARN)').fill(APP_WRITER);
  await playground.sendAndExpect(200);
});

test('a real bucket policy S3 would refuse says how many problems and the first, not that Apply puts it in force', async () => {
  await paste.paste(
    JSON.stringify({ Policy: JSON.stringify(realPolicy({ Boool: { 'aws:SecureTransport': 'false' } })) }),
  );
  await expect(paste.refused).toContainText('It has 1 problem S3 would refuse');
  await expect(paste.refused).toContainText('"Boool" is not a condition operator');
  await expect(paste.summary).not.toContainText('puts it in force');
  await playground.screenshot('paste-refused');
});

test('an aws s3 cp to a real bucket goes to the playground bucket, says so, and Send answers 200', async () => {
  await paste.paste(
    'aws s3 cp ./report.csv s3://acme-prod-data/reports/q1.csv --sse aws:kms --bucket-key-enabled',
  );
  await expect(paste.summary).toContainText('Request builder: PutObject on test-bucket/reports/q1.csv');
  await expect(paste.summary).toContainText(
    'It named the bucket "acme-prod-data": the request now names this playground\'s bucket, test-bucket',
  );
  await expect(paste.summary).toContainText('Name yours again before you run it for real.');
  await playground.screenshot('paste-s3-cp-real-bucket');
  await paste.close();
  await expect(playground.requestRegion.getByLabel('Bucket', { exact: true })).toHaveValue('test-bucket');
  await playground.sendAndExpect(200);
});

test('the error line the CLI prints is named where it is, not refused as "not a command"', async () => {
  await paste.paste(
    'An error occurred (NoSuchBucketPolicy) when calling the GetBucketPolicy operation: The bucket policy does not exist',
  );
  await expect(paste.problem).toContainText(
    'Line 1, column 20: This is the error the AWS CLI printed: AWS answered GetBucketPolicy with NoSuchBucketPolicy, meaning the bucket has no bucket policy.',
  );
  await expect(paste.problem.locator('mark')).toHaveText('NoSuchBucketPolicy');
  await playground.screenshot('paste-cli-error-line');
});

test('a pasted command naming a KMS key the playground lacks says at once what S3 will answer, and Send gets that answer', async () => {
  await paste.paste(
    'aws s3api put-object --bucket acme-prod-data --key q1.csv --body q1.csv --server-side-encryption aws:kms --ssekms-key-id alias/reports',
  );
  await expect(paste.warnings).toContainText('Sent as it is, S3 here answers 400 KMS.NotFoundException');
  await expect(paste.warnings).toContainText('alias/reports');
  await paste.close();
  await playground.showTab('Objects');
  await expect(playground.page.getByRole('tabpanel', { name: 'Objects' })).not.toContainText('q1.csv');
  await playground.sendAndExpect(400, 'KMS.NotFoundException');
});
