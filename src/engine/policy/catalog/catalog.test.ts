import { describe, expect, it } from 'vitest';
import { findS3Action, S3_ACTIONS, s3ActionsMatching, s3ActionsNamed } from './actions.ts';
import { CONDITION_KEYS, findConditionKey, keyAppliesToAction } from './keys.ts';
import { allOperatorSpellings, parseOperatorName } from './operators.ts';
import { closestName, editDistance, wildcardMatch } from './wildcard.ts';

describe('action catalog', () => {
  const required = [
    ['s3:PutObject', 'object'],
    ['s3:GetObject', 'object'],
    ['s3:GetObjectVersion', 'object'],
    ['s3:DeleteObject', 'object'],
    ['s3:AbortMultipartUpload', 'object'],
    ['s3:ListMultipartUploadParts', 'object'],
    ['s3:GetObjectAttributes', 'object'],
    ['s3:UpdateObjectEncryption', 'object'],
    ['s3:ListBucket', 'bucket'],
    ['s3:PutEncryptionConfiguration', 'bucket'],
    ['s3:GetEncryptionConfiguration', 'bucket'],
    ['s3:PutBucketPolicy', 'bucket'],
    ['s3:GetBucketPolicy', 'bucket'],
    ['s3:DeleteBucketPolicy', 'bucket'],
    ['s3:PutBucketVersioning', 'bucket'],
    ['s3:PutBucketPublicAccessBlock', 'bucket'],
    ['s3:GetBucketPublicAccessBlock', 'bucket'],
    ['s3:ListAllMyBuckets', 'account'],
  ] as const;
  it.each(required)('knows %s as an %s action', (name, kind) => {
    expect(findS3Action(name)?.resource).toBe(kind);
  });

  it('has no duplicate names and a doc for every action', () => {
    expect(new Set(S3_ACTIONS.map((a) => a.name.toLowerCase())).size).toBe(S3_ACTIONS.length);
    expect(S3_ACTIONS.every((a) => a.doc.length > 0)).toBe(true);
  });

  const patterns = [
    { name: 'action names are case-insensitive', entry: 'S3:getobject', includes: 's3:GetObject', count: 1 },
    { name: 's3:Get* names only Get actions', entry: 's3:Get*', includes: 's3:GetObjectVersion' },
    {
      name: 'a lone * names every S3 action',
      entry: '*',
      includes: 's3:ListBucket',
      count: S3_ACTIONS.length,
    },
    { name: 'another service names no S3 action', entry: 'iam:PassRole', count: 0 },
    { name: 'a name without prefix names no action', entry: 'GetObject', count: 0 },
  ];
  it.each(patterns)('$name', ({ entry, includes, count }) => {
    const names = s3ActionsMatching(entry).map((a) => a.name);
    if (includes) expect(names).toContain(includes);
    if (count !== undefined) expect(names).toHaveLength(count);
  });
});

describe('operator catalog', () => {
  const cases = [
    {
      spelling: 'StringNotEqualsIfExists',
      base: 'StringNotEquals',
      set: undefined,
      ifExists: true,
      negated: true,
    },
    {
      spelling: 'ForAllValues:StringLike',
      base: 'StringLike',
      set: 'ForAllValues',
      ifExists: false,
      negated: false,
    },
    {
      spelling: 'ForAnyValue:NumericLessThanIfExists',
      base: 'NumericLessThan',
      set: 'ForAnyValue',
      ifExists: true,
      negated: false,
    },
    { spelling: 'NotIpAddress', base: 'NotIpAddress', set: undefined, ifExists: false, negated: true },
    { spelling: 'Null', base: 'Null', set: undefined, ifExists: false, negated: false },
  ];
  it.each(cases)('parses $spelling', ({ spelling, base, set, ifExists, negated }) => {
    const parsed = parseOperatorName(spelling);
    expect([parsed?.base.name, parsed?.setOperator, parsed?.ifExists, parsed?.base.negated]).toEqual([
      base,
      set,
      ifExists,
      negated,
    ]);
  });

  // One set operator at most, before the operator (IAM User Guide, "Set operators for multivalued
  // context keys": ForAllValues or ForAnyValue qualifies a condition operator).
  it.each([
    'Boool',
    'StringEqual',
    'stringequals',
    'NullIfExists',
    'ForSomeValues:StringLike',
    'ForAnyValue:ForAllValues:StringEquals',
    'ForAllValues:ForAnyValue:StringEquals',
    'ForAnyValue:ForAnyValue:StringLike',
    'StringEqualsIfExistsIfExists',
    '',
  ])('does not know %j', (spelling) => {
    expect(parseOperatorName(spelling)).toBeUndefined();
  });

  it('offers every spelling it parses, for completion', () => {
    const spellings = allOperatorSpellings();
    expect(spellings).toContain('ForAllValues:ArnLikeIfExists');
    expect(spellings.every((s) => parseOperatorName(s) !== undefined)).toBe(true);
  });
});

describe('condition key catalog', () => {
  const keys = [
    ['s3:x-amz-server-side-encryption', 'String', 's3:PutObject'],
    ['s3:x-amz-server-side-encryption-aws-kms-key-id', 'ARN', 's3:PutObject'],
    ['s3:x-amz-server-side-encryption-customer-algorithm', 'String', 's3:PutObject'],
    ['s3:TlsVersion', 'Numeric', 's3:GetObject'],
    ['s3:signatureversion', 'String', 's3:ListBucket'],
    ['s3:authType', 'String', 's3:PutObject'],
    ['s3:signatureAge', 'Numeric', 's3:GetObject'],
    ['s3:x-amz-content-sha256', 'String', 's3:PutObject'],
    ['s3:x-amz-acl', 'String', 's3:PutObjectAcl'],
    ['s3:prefix', 'String', 's3:ListBucket'],
    ['s3:max-keys', 'Numeric', 's3:ListBucketVersions'],
    ['s3:ExistingObjectTag/project', 'String', 's3:GetObject'],
    ['s3:RequestObjectTag/project', 'String', 's3:PutObject'],
    ['s3:object-lock-mode', 'String', 's3:PutObjectRetention'],
    ['s3:x-amz-copy-source', 'String', 's3:PutObject'],
    ['s3:x-amz-metadata-directive', 'String', 's3:PutObject'],
    ['s3:VersionId', 'String', 's3:GetObjectVersion'],
    ['s3:locationconstraint', 'String', 's3:CreateBucket'],
    ['aws:SecureTransport', 'Bool', 's3:GetObject'],
    ['AWS:SOURCEIP', 'IP', 's3:GetObject'],
  ] as const;
  it.each(keys)('knows %s (%s), sent for %s', (name, type, action) => {
    const info = findConditionKey(name);
    expect(info?.type).toBe(type);
    expect(info && keyAppliesToAction(info, action)).toBe(true);
  });

  const notSent = [
    ['s3:prefix', 's3:GetBucketAcl'],
    ['s3:x-amz-server-side-encryption', 's3:GetObject'],
    ['s3:ExistingObjectTag/x', 's3:PutObject'],
    ['s3:x-amz-acl', 's3:GetObject'],
  ] as const;
  it.each(notSent)('knows S3 does not send %s for %s', (name, action) => {
    const info = findConditionKey(name);
    expect(info && keyAppliesToAction(info, action)).toBe(false);
  });

  it('names only actions that exist in the action catalog', () => {
    const unknown = CONDITION_KEYS.flatMap((info) => (info.actions === 'all' ? [] : info.actions)).filter(
      (name) => !findS3Action(name),
    );
    expect(unknown).toEqual([]);
  });

  it('does not resolve a tag family without a tag name', () => {
    expect(findConditionKey('s3:ExistingObjectTag/')).toBeUndefined();
  });
});

describe('look-ups by spelling (the catalog spelling is found first, any other the long way)', () => {
  it.each([
    {
      name: 'a key as the catalog spells it',
      found: findConditionKey('aws:SecureTransport')?.name,
      expected: 'aws:SecureTransport',
    },
    {
      name: 'a key in another case',
      found: findConditionKey('AWS:securetransport')?.name,
      expected: 'aws:SecureTransport',
    },
    {
      name: 'a key of a tag family',
      found: findConditionKey('s3:ExistingObjectTag/Project')?.name,
      expected: 's3:ExistingObjectTag/<key>',
    },
    {
      name: 'an action as AWS spells it',
      found: s3ActionsNamed('s3:GetObject')
        .map((a) => a.name)
        .join(),
      expected: 's3:GetObject',
    },
    {
      name: 'an action in another case',
      found: s3ActionsNamed('S3:getobject')
        .map((a) => a.name)
        .join(),
      expected: 's3:GetObject',
    },
    { name: 'no action for another service', found: s3ActionsNamed('iam:GetUser').length, expected: 0 },
    {
      name: 'an operator with its set prefix and IfExists',
      found: parseOperatorName('ForAnyValue:StringLikeIfExists')?.base.name,
      expected: 'StringLike',
    },
  ])('finds $name', ({ found, expected }) => {
    expect(found).toBe(expected);
  });
});

describe('wildcards and suggestions', () => {
  const matches = [
    { pattern: 'arn:aws:s3:::b/*', value: 'arn:aws:s3:::b/a/b/c', expected: true },
    { pattern: 'arn:aws:s3:::b/?', value: 'arn:aws:s3:::b/ab', expected: false },
    { pattern: '*a*a*a*a*a*b', value: 'a'.repeat(5000), expected: false },
    { pattern: 'S3:Get*', value: 's3:getobject', expected: false },
  ];
  it.each(matches)(
    '$pattern against $value is $expected (case-sensitive)',
    ({ pattern, value, expected }) => {
      expect(wildcardMatch(pattern, value)).toBe(expected);
    },
  );

  it.each([
    ['kitten', 'sitting', Number.POSITIVE_INFINITY, 3],
    ['kitten', 'sitting', 1, 2],
    ['a', 'a'.repeat(500), 2, 3],
  ] as const)('the edit distance from %s to %s within %s is %s', (a, b, limit, expected) => {
    expect(editDistance(a, b, limit)).toBe(expected);
  });

  it.each([
    ['Boool', 'Bool'],
    ['StringEqual', 'StringEquals'],
    ['Zzzzzz', undefined],
  ])('suggests for %s: %s', (name, expected) => {
    expect(closestName(name, allOperatorSpellings())).toBe(expected);
  });
});
