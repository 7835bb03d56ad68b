import { describe, expect, it } from 'vitest';
import type { RequestInput } from '../../engine/index.ts';
import { awsCliCommand } from './aws-cli.ts';
import { curlCommand } from './curl.ts';

describe('Copy as AWS CLI', () => {
  const cases: { name: string; request: RequestInput; expected: string }[] = [
    {
      name: 'a checksum algorithm is --checksum-algorithm: the CLI computes the checksum itself',
      request: {
        operation: 'PutObject',
        key: 'k',
        headers: { 'x-amz-sdk-checksum-algorithm': 'CRC32', 'If-None-Match': '*' },
      },
      expected:
        "aws s3api put-object --bucket test-bucket --key k --checksum-algorithm CRC32 --if-none-match '*' --body body.bin",
    },
    {
      name: 'a multipart upload names its checksum algorithm on create-multipart-upload',
      request: {
        operation: 'CreateMultipartUpload',
        key: 'k',
        headers: { 'x-amz-checksum-algorithm': 'SHA256' },
      },
      expected: 'aws s3api create-multipart-upload --bucket test-bucket --key k --checksum-algorithm SHA256',
    },
    {
      name: 'SSE-KMS put-object names the key with --ssekms-key-id',
      request: {
        operation: 'PutObject',
        bucket: 'test-bucket',
        key: 'a b.txt',
        headers: {
          'x-amz-server-side-encryption': 'aws:kms',
          'x-amz-server-side-encryption-aws-kms-key-id': 'alias/demo',
        },
      },
      expected:
        "aws s3api put-object --bucket test-bucket --key 'a b.txt' --server-side-encryption aws:kms --ssekms-key-id alias/demo --body body.bin",
    },
    {
      name: 'an SSE-C key is read from a file, as the CLI computes the MD5 itself',
      request: {
        operation: 'GetObject',
        key: 'k',
        headers: {
          'x-amz-server-side-encryption-customer-algorithm': 'AES256',
          'x-amz-server-side-encryption-customer-key': 'S0VZ',
          'x-amz-server-side-encryption-customer-key-MD5': 'bWQ1',
        },
      },
      expected:
        '# sse-c.key holds the raw key: echo S0VZ | base64 -d > sse-c.key\n' +
        'aws s3api get-object --bucket test-bucket --key k --sse-customer-algorithm AES256 --sse-customer-key fileb://sse-c.key out.bin',
    },
    {
      name: 'a copy over plain HTTP with a version id and a bucket key override',
      request: {
        operation: 'CopyObject',
        key: 'k',
        https: false,
        headers: {
          'x-amz-copy-source': 'test-bucket/k',
          'x-amz-server-side-encryption-bucket-key-enabled': 'false',
        },
        query: { versionId: 'v1' },
      },
      expected:
        'aws s3api copy-object --bucket test-bucket --key k --copy-source test-bucket/k --no-bucket-key-enabled --version-id v1 --endpoint-url http://s3.us-east-1.amazonaws.com',
    },
    {
      name: 'a bucket-level JSON input goes in its option',
      request: { operation: 'PutBucketVersioning', body: { Status: 'Enabled' } },
      expected: `aws s3api put-bucket-versioning --bucket test-bucket --versioning-configuration '{"Status":"Enabled"}'`,
    },
    {
      name: 'kms:CreateKey with an alias is two commands',
      request: { operation: 'kms:CreateKey', body: { Alias: 'demo' } },
      expected:
        'aws kms create-key\naws kms create-alias --alias-name alias/demo --target-key-id <KeyId from create-key>',
    },
  ];
  it.each(cases)('$name', ({ request, expected }) => {
    expect(awsCliCommand(request)).toBe(expected);
  });
});

describe('Copy as curl', () => {
  it.each([
    {
      name: 'an object PUT is signed with --aws-sigv4 and carries the headers',
      request: {
        operation: 'PutObject',
        key: 'dir/a b',
        headers: { 'x-amz-server-side-encryption': 'AES256' },
      } as RequestInput,
      expected:
        'curl \\\n  -X PUT \\\n  https://test-bucket.s3.us-east-1.amazonaws.com/dir/a%20b \\\n  --aws-sigv4 aws:amz:us-east-1:s3 \\\n  --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" \\\n  -H \'x-amz-server-side-encryption: AES256\' \\\n  --data-binary @body.bin',
    },
    {
      name: 'an anonymous HTTP GET of a version is not signed',
      request: {
        operation: 'GetObject',
        key: 'k',
        https: false,
        signature: 'anonymous',
        query: { versionId: 'v1' },
      } as RequestInput,
      expected: "curl \\\n  -X GET \\\n  'http://test-bucket.s3.us-east-1.amazonaws.com/k?versionId=v1'",
    },
    {
      name: 'a key with dot segments is sent as written (--path-as-is), not folded by curl into another key',
      request: { operation: 'GetObject', key: 'a/../../b.txt', signature: 'anonymous' } as RequestInput,
      expected:
        'curl \\\n  --path-as-is \\\n  -X GET \\\n  https://test-bucket.s3.us-east-1.amazonaws.com/a/../../b.txt',
    },
    {
      name: 'a key with dots inside a segment needs no --path-as-is',
      request: { operation: 'GetObject', key: 'a/..b/c.', signature: 'anonymous' } as RequestInput,
      expected: 'curl \\\n  -X GET \\\n  https://test-bucket.s3.us-east-1.amazonaws.com/a/..b/c.',
    },
    {
      name: 'a bucket-level operation points to the CLI export',
      request: { operation: 'PutBucketPolicy' } as RequestInput,
      expected: '# PutBucketPolicy is not an object request: use "Copy as AWS CLI".',
    },
  ])('$name', ({ request, expected }) => {
    expect(curlCommand(request)).toBe(expected);
  });
});

describe('Copy as curl for a presigned URL or a browser POST', () => {
  it('writes a presigned URL with the SigV4 query parameters and no --aws-sigv4', () => {
    const text = curlCommand({
      operation: 'GetObject',
      key: 'k',
      authType: 'REST-QUERY-STRING',
      expiresSeconds: 600,
      headers: { 'x-amz-server-side-encryption-customer-algorithm': 'AES256' },
    });
    expect(text).toMatch(
      /^# A presigned URL[^\n]*\n# [^\n]*\ncurl \\\n {2}-X GET \\\n {2}'https:\/\/test-bucket\.s3\.us-east-1\.amazonaws\.com\/k\?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F\d{8}%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=\d{8}T\d{6}Z&X-Amz-Expires=600&X-Amz-SignedHeaders=host&X-Amz-Signature=SIGNATURE'/,
    );
    expect(text).not.toContain('--aws-sigv4');
    expect(text).toContain("-H 'x-amz-server-side-encryption-customer-algorithm: AES256'");
  });

  it('writes a browser POST as a multipart form with the base64 policy and the file last', () => {
    const text = curlCommand({
      operation: 'PutObject',
      key: 'up/a.txt',
      authType: 'POST',
      headers: { 'x-amz-server-side-encryption': 'aws:kms' },
      postPolicy: { expiration: '2030-01-01T00:00:00Z', conditions: [] },
    });
    expect(text).toContain('-F key=up/a.txt');
    expect(text).toContain('-F x-amz-server-side-encryption=aws:kms');
    expect(text).toContain(`-F policy=${btoa('{"expiration":"2030-01-01T00:00:00Z","conditions":[]}')}`);
    expect(text.trimEnd().endsWith('-F file=@body.bin')).toBe(true);
  });
});

describe('a body chosen from disk is read from that file in both exports', () => {
  const put = { operation: 'PutObject', key: 'k' } as RequestInput;
  const post = { operation: 'PutObject', key: 'k', authType: 'POST' } as RequestInput;
  it.each([
    { file: undefined, curl: '--data-binary @body.bin', cli: '--body body.bin' },
    { file: 'photo.raw', curl: '--data-binary @photo.raw', cli: '--body photo.raw' },
    {
      file: "my report's.pdf",
      curl: "--data-binary @'my report'\\''s.pdf'",
      cli: "--body 'my report'\\''s.pdf'",
    },
  ])('names $file (or body.bin when none was chosen)', ({ file, curl, cli }) => {
    expect(curlCommand(put, 'us-east-1', file)).toContain(curl);
    expect(awsCliCommand(put, 'us-east-1', file)).toContain(cli);
  });

  it('sends the chosen file as the form field of a browser POST', () => {
    expect(curlCommand(post, 'us-east-1', 'photo.raw')).toContain('-F file=@photo.raw');
  });
});
