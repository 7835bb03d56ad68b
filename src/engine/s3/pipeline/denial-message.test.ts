import { describe, expect, it } from 'vitest';
import type { Authorization } from '../../policy/authorize/index.ts';
import type { S3Request } from '../../types.ts';
import { denialMessage } from './denial-message.ts';

const ALICE = 'arn:aws:iam::111122223333:user/alice';
const PARTNER = 'arn:aws:iam::444455556666:role/partner';
const RESOURCE = 'arn:aws:s3:::test-bucket/a';

const request = (principal: string, signature: S3Request['signature'] = 'SigV4'): S3Request => ({
  operation: 'GetObject',
  bucket: 'test-bucket',
  key: 'a',
  https: true,
  signature,
  principal,
  sourceIp: '203.0.113.10',
  headers: {},
  query: {},
});

const authorization = (
  decision: Authorization['decision'],
  decidedBy: Authorization['decidedBy'],
  sameAccount: boolean,
): Authorization => ({
  decision,
  decidedBy,
  sameAccount,
  resourceOnly: false,
  publicGrantIgnored: false,
  summary: '',
});

const cases = [
  {
    name: 'a same-account user denied by the bucket policy hears of an explicit deny in a resource-based policy',
    request: request(ALICE),
    authorization: authorization('ExplicitDeny', 'bucket-policy', true),
    message: `User: ${ALICE} is not authorized to perform: s3:GetObject on resource: "${RESOURCE}" with an explicit deny in a resource-based policy`,
  },
  {
    name: 'a same-account user denied by its own policy hears of an explicit deny in an identity-based policy',
    request: request(ALICE),
    authorization: authorization('ExplicitDeny', 'identity-policy', true),
    message: `User: ${ALICE} is not authorized to perform: s3:GetObject on resource: "${RESOURCE}" with an explicit deny in an identity-based policy`,
  },
  {
    name: 'a same-account user that nothing allows hears that no identity-based policy allows the action',
    request: request(ALICE),
    authorization: authorization('ImplicitDeny', 'none', true),
    message: `User: ${ALICE} is not authorized to perform: s3:GetObject on resource: "${RESOURCE}" because no identity-based policy allows the s3:GetObject action`,
  },
  {
    name: 'a caller from another account gets the bare Access Denied (no added context across accounts)',
    request: request(PARTNER),
    authorization: authorization('ImplicitDeny', 'none', false),
    message: 'Access Denied',
  },
  {
    name: 'a caller from another account denied explicitly also gets the bare Access Denied',
    request: request(PARTNER),
    authorization: authorization('ExplicitDeny', 'bucket-policy', false),
    message: 'Access Denied',
  },
  {
    name: 'an anonymous caller gets the bare Access Denied',
    request: request('*', 'anonymous'),
    authorization: authorization('ImplicitDeny', 'none', false),
    message: 'Access Denied',
  },
];

describe('denialMessage', () => {
  it.each(cases)('$name', ({ request, authorization, message }) => {
    expect(denialMessage(request, 's3:GetObject', RESOURCE, authorization)).toBe(message);
  });
});
