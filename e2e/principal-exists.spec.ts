import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page.ts';
import { PolicyEditorSection } from './pages/policy-editor-section.ts';
import { PrincipalsSection } from './pages/principals-section.ts';
import { RequestMatrixSection } from './pages/request-matrix.ts';

/**
 * A real cross-account bucket policy names a role this playground does not have. S3 refuses such a
 * policy ("Invalid principal in policy": PutBucketPolicy resolves user and role ARNs); the editor
 * says so where the ARN is written, the matrix says where to fix it, and declaring the role under
 * Principals makes both the editor and S3 accept it.
 */

const PARTNER = 'arn:aws:iam::444455556666:role/partner-reader';
const POLICY = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'PartnerRead',
        Effect: 'Allow',
        Principal: { AWS: PARTNER },
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::test-bucket/*',
      },
    ],
  },
  null,
  2,
);

let playground: PlaygroundPage;
let editor: PolicyEditorSection;
let principals: PrincipalsSection;
let matrix: RequestMatrixSection;

test.beforeEach(async ({ page, context }) => {
  playground = new PlaygroundPage(page, context);
  editor = new PolicyEditorSection(page);
  principals = new PrincipalsSection(page);
  matrix = new RequestMatrixSection(page);
  await playground.openReady();
});

test.afterEach(() => {
  playground.expectCleanRun();
});

test('a principal that does not exist is an error at its line, and declaring it under Principals makes the policy apply', async () => {
  await playground.insertPolicyText(POLICY);
  const lines = POLICY.split('\n');
  const line = lines.findIndex((l) => l.includes(PARTNER));
  const column = (lines[line] ?? '').indexOf(`"${PARTNER}"`) + 1;
  const problem = editor.problems.filter({ hasText: 'does not exist' });
  await expect(problem).toContainText('error');
  await expect(problem).toContainText(`${line + 1}:${column}`);
  await expect(problem).toContainText('add it under Principals to use it');
  await expect(matrix.region.getByRole('alert')).toContainText('declared under Principals');
  await playground.screenshot('principal-does-not-exist');

  await principals.add(PARTNER);
  await expect(principals.identityPolicy(PARTNER)).toBeVisible();
  await expect(editor.problems.filter({ hasText: 'does not exist' })).toHaveCount(0);
  await playground.applyPolicy();
  await expect(editor.region.getByText('S3 accepted the policy')).toBeVisible();
});
