import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page.ts';
import { DENY_PLAIN_HTTP } from './pages/policies.ts';
import { RequestMatrixSection } from './pages/request-matrix.ts';

/** The request matrix: every request at once, the draft's diff against the bucket, and the CLI's grid. */

const CELLS = 6 * 6 * 2; // six rows; default, SSE-S3, SSE-KMS:aws/s3, DSSE-KMS, SSE-C, client-side; HTTPS and HTTP

const REQUIRE_ENCRYPTION_HEADER = {
  Version: '2012-10-17',
  Statement: [
    ...DENY_PLAIN_HTTP.Statement,
    {
      Sid: 'DenyUnEncryptedObjectUploads',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:PutObject',
      Resource: 'arn:aws:s3:::test-bucket/*',
      Condition: { Null: { 's3:x-amz-server-side-encryption': 'true' } },
    },
  ],
};

let playground: PlaygroundPage;
let matrix: RequestMatrixSection;

test.beforeEach(async ({ page, context }) => {
  playground = new PlaygroundPage(page, context);
  matrix = new RequestMatrixSection(page);
  await playground.openReady();
});

test.afterEach(() => {
  playground.expectCleanRun();
});

async function applied(policy: object) {
  await playground.replacePolicy(policy);
  await playground.applyPolicy();
  await expect(playground.policyRegion.getByText('S3 accepted the policy')).toBeVisible();
  await matrix.waitForCells(CELLS);
  await expect(matrix.diffSummary).toHaveCount(0);
}

test('the grid names each cell by operation, encryption, transport and answer', async () => {
  await applied(DENY_PLAIN_HTTP);
  await expect(matrix.cell('PutObject, SSE-KMS:aws/s3, HTTPS: 200')).toBeVisible();
  await expect(matrix.cell('PutObject, SSE-S3, HTTP: 403 AccessDenied')).toBeVisible();
  await expect(matrix.cell('GetObject, SSE-C, HTTPS: 200')).toBeVisible();
  await playground.screenshot('request-matrix');
});

test('a draft shows what it would change before it is applied, and nothing is applied', async () => {
  await applied(DENY_PLAIN_HTTP);
  await playground.replacePolicy(REQUIRE_ENCRYPTION_HEADER);
  await expect(matrix.diffSummary).toContainText(
    /This change denies \d+ requests that are allowed today and allows none that are denied/,
  );
  await expect(matrix.diffSummary).toContainText('Nothing changes on the bucket until you apply the policy.');
  const changed = matrix.cell('PutObject, default, HTTPS: 403 AccessDenied');
  await expect(changed.getByRole('button')).toHaveAccessibleDescription(
    /was 200|200 with the bucket's policy/,
  );
  // The bucket still has the old policy: the draft is not in force until it is applied.
  await expect(playground.policyRegion.getByText(/Not on the bucket yet/)).toBeVisible();
  await playground.screenshot('request-matrix-diff');
});

test('clicking a cell loads its request into the builder and shows its trace', async () => {
  await applied(DENY_PLAIN_HTTP);
  await matrix.open('PutObject, SSE-S3, HTTP: 403 AccessDenied');
  await expect(playground.requestRegion.getByLabel('Operation')).toHaveValue('PutObject');
  await expect(playground.requestRegion.getByRole('checkbox', { name: 'HTTPS' })).not.toBeChecked();
  await expect(playground.responseRegion).toContainText('403');
  await expect(playground.page.getByRole('region', { name: 'Trace' })).toContainText('DenyInsecureTransport');
});

test('the command line prints the same grid as the app, cell for cell', async () => {
  await applied(DENY_PLAIN_HTTP);
  const app = (await matrix.cellNames()).sort();
  const dir = mkdtempSync(join(tmpdir(), 'matrix-e2e-'));
  const policy = join(dir, 'policy.json');
  writeFileSync(policy, JSON.stringify(DENY_PLAIN_HTTP));
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli/scenarios.ts', '--matrix', '--policy', policy, '--format', 'json'],
    { encoding: 'utf8' },
  );
  const cli = (
    JSON.parse(out).cells as {
      operation: string;
      encryption: string;
      transport: string;
      status: number;
      code: string | null;
    }[]
  )
    .map(
      (c) =>
        `${c.operation}, ${c.encryption}, ${c.transport}: ${c.code ? `${c.status} ${c.code}` : c.status}`,
    )
    .sort();
  expect(app).toEqual(cli);
});
