import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../parse/index.ts';
import { denyStatement as deny } from './testing/deny-statement.ts';

const diagnosticsOf = (text: string) => parsePolicy(text, { bucket: 'test-bucket' }).diagnostics;
const codes = (text: string) => diagnosticsOf(text).map((d) => d.code);

describe('teaching diagnostics', () => {
  const cases = [
    {
      name: 'a misspelled aws: key says the Deny never applies and suggests the key',
      text: deny({
        Action: 's3:*',
        Resource: 'arn:aws:s3:::test-bucket/*',
        Condition: { Bool: { 'aws:SecureTransprot': 'false' } },
      }),
      code: 'unknown-condition-key',
      says: ['did you mean "aws:SecureTransport"?', 'this Deny never applies'],
    },
    {
      name: 'a misspelled negated aws: key says the Deny always applies',
      text: deny({ Condition: { StringNotEquals: { 'aws:SourceVpcee': 'vpce-1' } } }),
      code: 'unknown-condition-key',
      says: ['did you mean "aws:SourceVpce"?', 'this Deny applies to every matching request'],
    },
    {
      name: 'a misspelled operator suggests the closest one',
      text: deny({ Condition: { StringEqual: { 's3:x-amz-server-side-encryption': 'AES256' } } }),
      code: 'unknown-operator',
      says: ['did you mean "StringEquals"?'],
    },
    {
      name: 'a misspelled s3: key suggests the closest one',
      text: deny({ Condition: { StringNotEquals: { 's3:x-amz-server-side-encryptionn': 'AES256' } } }),
      code: 'invalid-condition-key',
      says: ['did you mean "s3:x-amz-server-side-encryption"?'],
    },
    {
      name: 'requiring AES256 or aws:kms also forbids DSSE-KMS',
      text: deny({
        Condition: { StringNotEquals: { 's3:x-amz-server-side-encryption': ['AES256', 'aws:kms'] } },
      }),
      code: 'dsse-denied',
      says: ['aws:kms:dsse'],
    },
    {
      name: 'StringNotEquals on the SSE header denies uploads that rely on the bucket default',
      text: deny({ Condition: { StringNotEquals: { 's3:x-amz-server-side-encryption': 'aws:kms' } } }),
      code: 'denies-default-encryption',
      says: ['bucket default encryption'],
    },
    {
      name: 'Null = true on the SSE header denies uploads that rely on the bucket default',
      text: deny({ Condition: { Null: { 's3:x-amz-server-side-encryption': 'true' } } }),
      code: 'denies-default-encryption',
      says: ['before it applies the default'],
    },
    {
      name: 'StringNotEquals with several values is explained as NOR',
      text: deny({
        Condition: { StringNotEquals: { 's3:x-amz-server-side-encryption': ['aws:kms', 'aws:kms:dsse'] } },
      }),
      code: 'negated-values-nor',
      says: ['(NOR)'],
    },
    {
      name: 'aws:SecureTransport compared with a String operator points to Bool',
      text: deny({ Condition: { StringEquals: { 'aws:SecureTransport': 'false' } } }),
      code: 'securetransport-string-operator',
      says: ['"Bool"'],
    },
    {
      name: 'an encryption key on s3:* warns that other actions never get it',
      text: deny({
        Action: 's3:*',
        Condition: { StringNotEquals: { 's3:x-amz-server-side-encryption': 'aws:kms' } },
      }),
      code: 'key-not-sent',
      says: ['s3:GetObject', 'this Deny applies to every matching request'],
    },
    {
      name: 'a value that is not a number is flagged although S3 stores it',
      text: deny({ Condition: { NumericLessThan: { 's3:TlsVersion': 'one point two' } } }),
      code: 'condition-value-type',
      says: ['is not a number', 'never matches'],
    },
    {
      name: 'ForAllValues on a single-valued key warns that it is true when the key is absent',
      text: deny({
        Effect: 'Allow',
        Principal: { AWS: '111122223333' },
        Condition: { 'ForAllValues:StringEquals': { 'aws:SourceVpce': 'vpce-1' } },
      }),
      code: 'set-operator-single-value',
      says: ['without ForAllValues:', 'true when the key is absent'],
    },
    {
      name: 'a missing Version is a warning',
      text: JSON.stringify({
        Statement: [
          { Effect: 'Deny', Principal: '*', Action: 's3:PutObject', Resource: 'arn:aws:s3:::test-bucket/*' },
        ],
      }),
      code: 'missing-version',
      says: ['2008-10-17'],
    },
    {
      name: 'a repeated condition operator warns that the first block is ignored',
      text: '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:PutObject","Resource":"arn:aws:s3:::test-bucket/*","Condition":{"StringEquals":{"aws:SourceVpce":"a"},"StringEquals":{"aws:SourceVpc":"b"}}}]}',
      code: 'duplicate-key',
      says: ['only the last one counts'],
    },
  ];
  it.each(cases)('$name', ({ text, code, says }) => {
    const found = diagnosticsOf(text).find((d) => d.code === code);
    expect(found, `codes: ${codes(text).join(', ')}`).toBeDefined();
    for (const phrase of says) expect(found?.message).toContain(phrase);
  });

  const publicCases = [
    {
      name: 'an Allow to Principal "*" warns that Block Public Access refuses it',
      principal: '*',
      condition: undefined,
      isPublic: true,
    },
    {
      name: 'an Allow to {"AWS": "*"} warns too',
      principal: { AWS: '*' },
      condition: undefined,
      isPublic: true,
    },
    {
      name: 'an Allow to "*" fixed to one source range is not public',
      principal: '*',
      condition: { IpAddress: { 'aws:SourceIp': '198.51.100.0/24' } },
      isPublic: false,
    },
    {
      name: 'an Allow to the owner account is not public',
      principal: { AWS: '111122223333' },
      condition: undefined,
      isPublic: false,
    },
  ];
  it.each(publicCases)('$name', ({ principal, condition, isPublic }) => {
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: principal,
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::test-bucket/*',
          ...(condition ? { Condition: condition } : {}),
        },
      ],
    });
    const found = parsePolicy(text, { bucket: 'test-bucket', account: '111122223333' }).diagnostics.find(
      (d) => d.code === 'public-statement',
    );
    expect(found !== undefined).toBe(isPublic);
    if (isPublic) expect(found?.message).toContain('403 AccessDenied');
  });

  it('notes that a grant to another account also needs that account to allow it', () => {
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: ['arn:aws:iam::444455556666:root', '111122223333'] },
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::test-bucket/*',
        },
      ],
    });
    const notes = parsePolicy(text, { bucket: 'test-bucket', account: '111122223333' }).diagnostics;
    expect(notes.map((d) => [d.code, d.message.slice(0, 20)])).toEqual([
      ['cross-account-principal', 'Account 444455556666'],
    ]);
  });

  it('flags an Allow that an unconditional Deny to everyone always overrides, and a repeated statement', () => {
    const allow = {
      Effect: 'Allow',
      Principal: { AWS: '111122223333' },
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::test-bucket/*',
    };
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Deny', Principal: '*', Action: 's3:Get*', Resource: 'arn:aws:s3:::test-bucket/*' },
        allow,
        allow,
      ],
    });
    expect(codes(text)).toEqual(expect.arrayContaining(['unreachable-statement', 'redundant-statement']));
  });

  const quiet = [
    {
      name: 'the documented require-SSE-C policy',
      text: deny({ Condition: { Null: { 's3:x-amz-server-side-encryption-customer-algorithm': 'true' } } }),
    },
    {
      name: 'the documented HTTPS-only policy',
      text: deny({
        Action: 's3:*',
        Resource: ['arn:aws:s3:::test-bucket', 'arn:aws:s3:::test-bucket/*'],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }),
    },
    {
      name: 'the documented minimum-TLS policy',
      text: deny({
        Action: 's3:*',
        Resource: ['arn:aws:s3:::test-bucket', 'arn:aws:s3:::test-bucket/*'],
        Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } },
      }),
    },
  ];
  it.each(quiet)('says nothing about $name', ({ text }) => {
    expect(diagnosticsOf(text)).toEqual([]);
  });
});
