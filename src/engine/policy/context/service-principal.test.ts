/**
 * Service principals and CloudFront origin access identities (CloudFront developer guide,
 * "Restricting access to an Amazon S3 origin"; IAM global condition keys aws:SourceArn,
 * aws:SourceAccount, aws:PrincipalServiceName, aws:PrincipalIsAWSService).
 */
import { describe, expect, it } from 'vitest';
import { buildS3RequestContext } from './build-s3-context.ts';
import { hasNoIdentityPolicy, parsePrincipal } from './principal.ts';

const OAI = 'arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity E2QWRUHEXAMPLE';

describe('parsePrincipal reads the callers CloudFront sends as', () => {
  it.each([
    {
      arn: 'cloudfront.amazonaws.com',
      principal: { arn: 'cloudfront.amazonaws.com', account: '', type: 'Service' },
    },
    { arn: OAI, principal: { arn: OAI, account: 'cloudfront', type: 'User' } },
  ])('$arn', ({ arn, principal }) => {
    const parsed = parsePrincipal(arn);
    expect(parsed).toEqual({ ok: true, value: principal });
    if (parsed.ok) expect(hasNoIdentityPolicy(parsed.value)).toBe(true);
  });

  it('still refuses a name that is neither an ARN nor a service', () => {
    expect(parsePrincipal('cloudfront').ok).toBe(false);
  });
});

describe('the request context of a service principal', () => {
  const base = {
    operation: 'GetObject' as const,
    bucket: 'b',
    key: 'k',
    headers: {},
    https: true,
    signature: 'SigV4' as const,
    sourceIp: '203.0.113.10',
    nowMs: 0,
    bucketAccount: '111122223333',
  };

  it('carries the declared source and the service name', () => {
    const context = buildS3RequestContext({
      ...base,
      principal: 'cloudfront.amazonaws.com',
      source: {
        sourceArn: 'arn:aws:cloudfront::111122223333:distribution/E1',
        sourceAccount: '111122223333',
      },
    });
    const value = (name: string) => context.keys[name.toLowerCase()]?.values;
    expect(value('aws:SourceArn')).toEqual(['arn:aws:cloudfront::111122223333:distribution/E1']);
    expect(value('aws:SourceAccount')).toEqual(['111122223333']);
    expect(value('aws:PrincipalServiceName')).toEqual(['cloudfront.amazonaws.com']);
    expect(value('aws:PrincipalIsAWSService')).toEqual(['true']);
  });

  it('gives an IAM caller no aws:SourceArn, whatever the request declares', () => {
    const context = buildS3RequestContext({
      ...base,
      principal: 'arn:aws:iam::111122223333:root',
      source: { sourceArn: 'arn:aws:cloudfront::111122223333:distribution/E1' },
    });
    expect(context.keys['aws:sourcearn']).toBeUndefined();
  });
});
