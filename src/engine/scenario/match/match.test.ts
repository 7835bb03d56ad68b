import { describe, expect, it } from 'vitest';
import type { Operation, S3Response } from '../../types.ts';
import type { Expect } from '../types.ts';
import { matchExpect } from './index.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

const denied: S3Response = {
  status: 403,
  headers: { 'x-amz-request-id': 'R1' },
  error: { code: 'AccessDenied', message: 'Access Denied', fields: { RequestId: 'R1' } },
};
const object: S3Response = {
  status: 200,
  headers: { 'x-amz-server-side-encryption': 'aws:kms', etag: '"0cc175b9c0f1b6a831c399e269772661"' },
  body: bytes('hello'),
};
const encryptionAnswer: S3Response = {
  status: 200,
  headers: {},
  body: {
    ServerSideEncryptionConfiguration: {
      Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BucketKeyEnabled: false }],
    },
  },
};
const describeKeyAnswer: S3Response = {
  status: 200,
  headers: {},
  body: { KeyMetadata: { KeyManager: 'AWS', Enabled: true } },
};
const attributesAnswer: S3Response = { status: 200, headers: {}, body: { ETag: 'abc', ObjectSize: 9 } };
const policyAnswer: S3Response = {
  status: 200,
  headers: {},
  body: { Policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Deny"}]}' },
};

interface Case {
  name: string;
  expect: Expect;
  response: S3Response;
  operation?: Operation;
  lines: unknown[];
}

const cases: Case[] = [
  { name: 'the same status passes', expect: { status: 403 }, response: denied, lines: [] },
  {
    name: 'another status fails, naming the error S3 answered',
    expect: { status: 200 },
    response: denied,
    lines: ['status: expected 200, got 403 (AccessDenied: Access Denied)'],
  },
  {
    name: 'another status without an error fails with the status alone',
    expect: { status: 404 },
    response: object,
    lines: ['status: expected 404, got 200'],
  },
  { name: 'the same error code passes', expect: { errorCode: 'AccessDenied' }, response: denied, lines: [] },
  {
    name: 'another error code fails',
    expect: { errorCode: 'SlowDown' },
    response: denied,
    lines: ['errorCode: expected "SlowDown", got "AccessDenied"'],
  },
  {
    name: 'an error code against a success fails',
    expect: { errorCode: 'AccessDenied' },
    response: object,
    lines: ['errorCode: expected "AccessDenied", got no error'],
  },
  {
    name: 'the exact message passes',
    expect: { errorMessage: 'Access Denied' },
    response: denied,
    lines: [],
  },
  {
    name: 'a message differing in case fails',
    expect: { errorMessage: 'access denied' },
    response: denied,
    lines: ['errorMessage: expected "access denied", got "Access Denied"'],
  },
  {
    name: 'matching error fields pass',
    expect: { errorFields: { RequestId: 'R1' } },
    response: denied,
    lines: [],
  },
  {
    name: 'a missing error field fails',
    expect: { errorFields: { ArgumentName: 'x-amz-server-side-encryption' } },
    response: denied,
    lines: ['errorFields.ArgumentName: expected "x-amz-server-side-encryption", got absent'],
  },
  {
    name: 'a header compares with any case of its name',
    expect: { headers: { 'X-Amz-Server-Side-Encryption': 'aws:kms' } },
    response: object,
    lines: [],
  },
  {
    name: 'a header with another value fails',
    expect: { headers: { 'x-amz-server-side-encryption': 'AES256' } },
    response: object,
    lines: ['headers.x-amz-server-side-encryption: expected "AES256", got "aws:kms"'],
  },
  {
    name: 'a missing header fails',
    expect: { headers: { 'x-amz-version-id': 'v1' } },
    response: object,
    lines: ['headers.x-amz-version-id: expected "v1", got absent'],
  },
  {
    name: 'a header matching its pattern passes',
    expect: { headers: { ETag: { matches: '^"[0-9a-f]{32}"$' } } },
    response: object,
    lines: [],
  },
  {
    name: 'a header not matching its pattern fails',
    expect: { headers: { ETag: { matches: '-1"$' } } },
    response: object,
    lines: ['headers.ETag: expected a value matching /-1"$/, got "\\"0cc175b9c0f1b6a831c399e269772661\\""'],
  },
  {
    name: 'a header that must be absent and is absent passes',
    expect: { headersAbsent: ['x-amz-server-side-encryption-bucket-key-enabled'] },
    response: object,
    lines: [],
  },
  {
    name: 'a header that must be absent but is present fails',
    expect: { headersAbsent: ['X-Amz-Server-Side-Encryption'] },
    response: object,
    lines: ['headersAbsent.X-Amz-Server-Side-Encryption: expected absent, got "aws:kms"'],
  },
  { name: 'the same text body passes', expect: { body: 'hello' }, response: object, lines: [] },
  {
    name: 'another text body fails',
    expect: { body: 'hallo' },
    response: object,
    lines: ['body: expected "hallo", got "hello"'],
  },
  {
    name: 'a repeated body compares byte for byte',
    expect: { body: { repeat: 'l', times: 2 } },
    response: object,
    lines: ['body: expected "l" × 2 (2 bytes), got "hello"'],
  },
  {
    name: 'a base64 body of the same bytes passes',
    expect: { body: { base64: 'aGVsbG8=' } },
    response: object,
    lines: [],
  },
  {
    name: 'object bytes against a JSON answer fail',
    expect: { body: 'x' },
    response: encryptionAnswer,
    lines: [expect.stringMatching(/^body: expected "x", got a JSON answer/)],
  },
  {
    name: 'a path inside the single top-level member passes',
    expect: {
      body: {
        paths: {
          'Rules[0].ApplyServerSideEncryptionByDefault.SSEAlgorithm': 'AES256',
          'Rules[0].BucketKeyEnabled': false,
        },
      },
    },
    response: encryptionAnswer,
    operation: 'GetBucketEncryption',
    lines: [],
  },
  {
    name: 'a path with another value fails',
    expect: { body: { paths: { 'Rules[0].BucketKeyEnabled': true } } },
    response: encryptionAnswer,
    operation: 'GetBucketEncryption',
    lines: ['body.Rules[0].BucketKeyEnabled: expected true, got false'],
  },
  {
    name: 'null passes when the member is absent',
    expect: { body: { paths: { 'Rules[0].ApplyServerSideEncryptionByDefault.KMSMasterKeyID': null } } },
    response: encryptionAnswer,
    operation: 'GetBucketEncryption',
    lines: [],
  },
  {
    name: 'null fails when the member is present',
    expect: { body: { paths: { 'Rules[0].BucketKeyEnabled': null } } },
    response: encryptionAnswer,
    operation: 'GetBucketEncryption',
    lines: ['body.Rules[0].BucketKeyEnabled: expected absent, got false'],
  },
  {
    name: 'DescribeKey paths are rooted inside KeyMetadata',
    expect: { body: { paths: { KeyManager: 'AWS' } } },
    response: describeKeyAnswer,
    operation: 'kms:DescribeKey',
    lines: [],
  },
  {
    name: 'GetObjectAttributes paths are rooted at the output itself',
    expect: { body: { paths: { ObjectSize: 9 } } },
    response: attributesAnswer,
    operation: 'GetObjectAttributes',
    lines: [],
  },
  {
    name: 'GetBucketPolicy paths go inside the policy document',
    expect: { body: { paths: { 'Statement[0].Effect': 'Deny' } } },
    response: policyAnswer,
    operation: 'GetBucketPolicy',
    lines: [],
  },
  {
    name: 'a path map against object bytes fails',
    expect: { body: { paths: { ObjectSize: 5 } } },
    response: object,
    lines: ['body: expected a JSON answer, got 5 bytes of object data'],
  },
  {
    name: 'every difference is reported, in field order',
    expect: { status: 200, errorCode: 'NoSuchKey', headersAbsent: ['x-amz-request-id'] },
    response: denied,
    lines: [
      'status: expected 200, got 403',
      'errorCode: expected "NoSuchKey", got "AccessDenied"',
      'headersAbsent.x-amz-request-id: expected absent, got "R1"',
    ],
  },
];

describe('matchExpect compares each expectation field', () => {
  it.each(cases)('$name', ({ expect: expectation, response, operation, lines }) => {
    const found = matchExpect(expectation, operation ?? 'GetObject', response);
    expect(found.map((m) => m.line)).toEqual(lines);
  });

  it('describes long binary bodies by size and first difference', () => {
    const got = new Uint8Array(300).fill(0x41);
    got[17] = 0;
    const [found] = matchExpect({ body: { repeat: 'A', times: 300 } }, 'GetObject', {
      status: 200,
      headers: {},
      body: got,
    });
    expect(found?.got).toBe(
      '300 bytes (starting 41414141414141414141414141414141, first differing at byte 17)',
    );
  });
});
