import { describe, expect, it } from 'vitest';
import { principalExistsAmong } from './principal-exists.ts';

// S3 resolves user and role ARNs when a bucket policy is written and refuses one that does not
// exist ("Invalid principal in policy": shared conformance doc-put-policy-principal-*); an account
// (its root) is accepted as it is written.
const declared = new Set(['arn:aws:iam::444455556666:role/partner-reader']);
const cases = [
  { name: 'a declared role exists', arn: 'arn:aws:iam::444455556666:role/partner-reader', exists: true },
  { name: 'an undeclared role does not exist', arn: 'arn:aws:iam::444455556666:role/other', exists: false },
  { name: 'an undeclared user does not exist', arn: 'arn:aws:iam::111122223333:user/alice', exists: false },
  { name: "any account's root exists", arn: 'arn:aws:iam::999988887777:root', exists: true },
  {
    name: 'a root ARN with an 11-digit account does not',
    arn: 'arn:aws:iam::99998888777:root',
    exists: false,
  },
];

describe('principalExistsAmong', () => {
  it.each(cases)('$name', ({ arn, exists }) => {
    expect(principalExistsAmong(declared)(arn)).toBe(exists);
  });
});
