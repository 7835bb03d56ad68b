import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page.ts';
import { RequestBuilderSection } from './pages/request-builder.ts';

/**
 * A bucket restricted to a VPC endpoint ("DenyOutsideVpce", the S3 User Guide's "Restricting access
 * to a specific VPC endpoint") can be tried: from the internet the request has no aws:SourceVpce and
 * the Deny applies; through the endpoint it passes, and the trace shows the keys IAM saw (IAM User
 * Guide, global condition keys: no aws:SourceIp through an endpoint, aws:VpcSourceIp instead).
 */

const DENY_OUTSIDE_VPCE = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'DenyOutsideVpce',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: ['arn:aws:s3:::test-bucket', 'arn:aws:s3:::test-bucket/*'],
      Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } },
    },
  ],
};

let playground: PlaygroundPage;
let builder: RequestBuilderSection;

test.beforeEach(async ({ page, context }) => {
  playground = new PlaygroundPage(page, context);
  builder = new RequestBuilderSection(page);
  await playground.openReady();
});

test.afterEach(() => {
  playground.expectCleanRun();
});

test('a DenyOutsideVpce policy answers 403 from the internet and 200 through the endpoint, and the trace shows the keys', async () => {
  await playground.replacePolicy(DENY_OUTSIDE_VPCE);
  await playground.applyPolicy();
  await playground.sendAndExpect(403, 'AccessDenied');

  await builder.comeThroughVpcEndpoint('vpce-1a2b3c4d', 'vpc-111bbb22');
  await expect(builder.region.getByText('the request has no aws:SourceIp')).toBeVisible();
  await playground.sendAndExpect(200);
  const trace = playground.traceRegion;
  await expect(trace.getByText('through vpce-1a2b3c4d in vpc-111bbb22')).toBeVisible();
  await trace.getByText(/Request context: what the policies see/).click();
  const context = trace.locator('dl').filter({ hasText: 'aws:SecureTransport' });
  await expect(context.getByText('aws:SourceVpce', { exact: true })).toBeVisible();
  await expect(context.getByText('vpce-1a2b3c4d', { exact: true })).toBeVisible();
  await expect(context.getByText('aws:VpcSourceIp', { exact: true })).toBeVisible();
  await expect(context.getByText('aws:SourceIp', { exact: true })).toHaveCount(0);
  await playground.screenshot('vpc-endpoint-trace');
});

test('a malformed endpoint id is an error at its field, and nothing is sent', async () => {
  await builder.comeThroughVpcEndpoint('vpce-XYZ');
  await playground.send();
  await expect(builder.region.locator('#req-vpce-error')).toContainText('is not a VPC endpoint id');
  await expect(builder.sendBar).toContainText('Not sent');
});
