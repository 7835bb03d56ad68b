import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page.ts';
import { PrincipalsSection } from './pages/principals-section.ts';

/** Principals: the identity policy a remedy asks for can be written, and it decides. */

let playground: PlaygroundPage;
let principals: PrincipalsSection;
const ALICE = 'arn:aws:iam::111122223333:user/alice';

test.beforeEach(async ({ page, context }) => {
  playground = new PlaygroundPage(page, context);
  principals = new PrincipalsSection(page);
  await playground.openReady();
});

test.afterEach(() => {
  playground.expectCleanRun();
});

test('a user of the account is denied until its identity policy allows, and the trace says which document decided', async () => {
  await playground.sendAndExpect(200);
  await principals.add(ALICE);
  await expect(principals.identityPolicy(ALICE)).toBeVisible();
  await playground.chooseOperation('GetObject');
  await principals.region.getByRole('button', { name: 'Use in the request builder' }).click();
  await expect(playground.requestRegion.getByRole('combobox', { name: 'Principal (ARN)' })).toHaveValue(
    ALICE,
  );
  await playground.sendAndExpect(403, 'AccessDenied');
  await expect(playground.page.getByRole('region', { name: 'Trace' })).toContainText(/identity policy/i);

  await principals.applyIdentityPolicy(ALICE, {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'AliceReads', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::test-bucket/*' },
    ],
  });
  await expect(
    principals.region.getByText('Applied: requests from this principal use it now.'),
  ).toBeVisible();
  await playground.sendAndExpect(200);
  await expect(playground.page.getByRole('region', { name: 'Trace' })).toContainText(
    "decided by the caller's identity policy",
  );
});

test('an identity policy is written in the same code editor, with the same diagnostics as the bucket policy', async () => {
  await principals.add(ALICE);
  await principals.setIdentityPolicy(
    ALICE,
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 's3:PutObject',
          Resource: 'arn:aws:s3:::test-bucket/*',
          Condition: { StringEquals: { 's3:x-amz-server-side-encryption': 'aws:ksm' } },
        },
      ],
    }),
  );
  await expect(principals.region.getByText(/Did you mean "aws:kms"\?/)).toBeVisible();
  // In the text too, as Monaco markers, and the editor keeps its accessible name.
  await expect(principals.markers(ALICE).first()).toBeAttached();
  await principals.expectEditorLabelled(ALICE);
});
