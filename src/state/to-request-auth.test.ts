/** The builder's authentication and service-source fields as request fields (docs/scenario-format.md v2). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTH, DEFAULT_DRAFT, type RequestDraft } from './request-draft.ts';
import { draftToRequest } from './to-request.ts';

const draft = (patch: Partial<RequestDraft>): RequestDraft => ({ ...DEFAULT_DRAFT, ...patch });

describe('draftToRequest reads how the request is authenticated', () => {
  it.each([
    {
      name: 'a presigned URL carries its expiry and age',
      patch: {
        auth: { ...DEFAULT_AUTH, type: 'REST-QUERY-STRING', expiresSeconds: '60', signedSecondsAgo: '5' },
      },
      fields: { authType: 'REST-QUERY-STRING', expiresSeconds: 60, signatureAgeMs: 5000 },
    },
    {
      name: 'a header signature just made adds nothing',
      patch: { auth: DEFAULT_AUTH },
      fields: {},
    },
    {
      name: 'an anonymous request ignores the authentication fields',
      patch: { signature: 'anonymous', auth: { ...DEFAULT_AUTH, type: 'REST-QUERY-STRING' } },
      fields: {},
    },
    {
      name: 'a CloudFront request carries its source',
      patch: {
        principal: 'cloudfront.amazonaws.com',
        serviceSource: {
          sourceArn: 'arn:aws:cloudfront::111122223333:distribution/E1',
          sourceAccount: '111122223333',
        },
      },
      fields: {
        sourceArn: 'arn:aws:cloudfront::111122223333:distribution/E1',
        sourceAccount: '111122223333',
      },
    },
    {
      name: 'an IAM caller sends no source, even if one was typed before',
      patch: {
        serviceSource: { sourceArn: 'arn:aws:cloudfront::111122223333:distribution/E1', sourceAccount: '' },
      },
      fields: {},
    },
  ] as { name: string; patch: Partial<RequestDraft>; fields: Record<string, unknown> }[])(
    '$name',
    ({ patch, fields }) => {
      const built = draftToRequest(draft(patch));
      expect(built.ok).toBe(true);
      if (!built.ok) return;
      const { authType, expiresSeconds, signatureAgeMs, sourceArn, sourceAccount } = built.value;
      const got = Object.fromEntries(
        Object.entries({ authType, expiresSeconds, signatureAgeMs, sourceArn, sourceAccount }).filter(
          ([, v]) => v !== undefined,
        ),
      );
      expect(got).toEqual(fields);
    },
  );

  it.each([
    {
      name: 'a half-typed expiry',
      auth: { ...DEFAULT_AUTH, type: 'REST-QUERY-STRING', expiresSeconds: '6o' },
      field: 'auth-expires',
    },
    { name: 'a negative age', auth: { ...DEFAULT_AUTH, signedSecondsAgo: '-3' }, field: 'auth-age' },
    {
      name: 'a POST policy that is not JSON',
      auth: { ...DEFAULT_AUTH, type: 'POST', postPolicyText: '{' },
      field: 'auth-post',
    },
  ] as { name: string; auth: RequestDraft['auth']; field: string }[])(
    'refuses $name at its field',
    ({ auth, field }) => {
      const built = draftToRequest(draft({ auth }));
      expect(built.ok ? undefined : built.error.field).toBe(field);
    },
  );
});
