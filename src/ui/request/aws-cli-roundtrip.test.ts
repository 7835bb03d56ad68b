/**
 * "Copy as AWS CLI" then "Paste from AWS CLI" gives back the same request, for every operation of
 * the builder and every encryption mode (issue 9). The SSE-C key travels in the comment the copy
 * writes, and its MD5 is computed again on the way in.
 */
import { describe, expect, it } from 'vitest';
import {
  BUCKET_OPERATIONS,
  OBJECT_OPERATIONS,
  operationInfo,
  type RequestInput,
} from '../../engine/index.ts';
import { parseAwsPaste } from '../../state/aws-paste/index.ts';
import { awsCliCommand } from './aws-cli.ts';

const KEY = 'pO3upElrwuEXSoFwCfnZPdSsmt/xWeFa0N9KgDijwVs=';
const KEY_MD5 = 'DWygnHRtgiJ77HCm+1rvHw==';
const KMS_ARN = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

const MODES: Record<string, Record<string, string>> = {
  default: {},
  'SSE-S3': { 'x-amz-server-side-encryption': 'AES256' },
  'SSE-KMS': {
    'x-amz-server-side-encryption': 'aws:kms',
    'x-amz-server-side-encryption-aws-kms-key-id': KMS_ARN,
    'x-amz-server-side-encryption-context': 'eyJhIjoiYiJ9',
  },
  'SSE-KMS with a bucket key': {
    'x-amz-server-side-encryption': 'aws:kms',
    'x-amz-server-side-encryption-bucket-key-enabled': 'true',
  },
  'DSSE-KMS': { 'x-amz-server-side-encryption': 'aws:kms:dsse' },
  'SSE-C': {
    'x-amz-server-side-encryption-customer-algorithm': 'AES256',
    'x-amz-server-side-encryption-customer-key': KEY,
    'x-amz-server-side-encryption-customer-key-MD5': KEY_MD5,
  },
  'client-side envelope metadata': {
    'x-amz-meta-x-amz-cek-alg': 'AES/GCM/NoPadding',
    'x-amz-meta-owner': 'ops',
  },
};

const JSON_INPUTS: Partial<Record<RequestInput['operation'], RequestInput['body']>> = {
  PutBucketEncryption: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' } }] },
  PutBucketPolicy: '{"Version":"2012-10-17","Statement":[]}',
  PutBucketVersioning: { Status: 'Enabled' },
  PutPublicAccessBlock: { BlockPublicAcls: true },
  CompleteMultipartUpload: { Parts: [{ PartNumber: 1, ETag: 'abc' }] },
  UpdateObjectEncryption: { ObjectEncryption: { SSEKMS: { KMSKeyArn: KMS_ARN } } },
};

const QUERY_VALUES: Record<string, string> = { uploadId: 'u1', partNumber: '2' };

function normal(request: RequestInput) {
  return {
    operation: request.operation,
    bucket: request.bucket ?? 'test-bucket',
    key: request.key,
    https: request.https ?? true,
    signature: request.signature ?? 'SigV4',
    headers: Object.fromEntries(Object.entries(request.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
    query: request.query ?? {},
    body: request.body,
  };
}

function roundTrip(request: RequestInput) {
  const pasted = parseAwsPaste(awsCliCommand(request));
  if (!pasted.ok) throw new Error(pasted.error.message);
  if (pasted.value.kind !== 'request') throw new Error(`pasted as ${pasted.value.kind}`);
  return pasted.value.request;
}

const SENDS_OBJECT_HEADERS = new Set(['PutObject', 'CopyObject', 'CreateMultipartUpload']);
const READS_WITH_KEY = new Set(['GetObject', 'HeadObject', 'UploadPart', 'GetObjectAttributes']);

const cases: [string, RequestInput][] = [];
for (const operation of [...OBJECT_OPERATIONS, ...BUCKET_OPERATIONS]) {
  const objectScoped = (OBJECT_OPERATIONS as readonly string[]).includes(operation);
  const body = JSON_INPUTS[operation];
  const base: RequestInput = {
    operation,
    bucket: 'test-bucket',
    ...(objectScoped ? { key: 'reports/q1.csv' } : {}),
    ...(body !== undefined ? { body } : {}),
    // A request S3 can take: the query parameters it needs (an export writes placeholders without them).
    ...(operationInfo(operation).requiredQuery.length > 0
      ? {
          query: Object.fromEntries(
            operationInfo(operation).requiredQuery.map((n) => [n, QUERY_VALUES[n] ?? n]),
          ),
        }
      : {}),
    ...(operation === 'GetObject' ? { query: { versionId: 'v1' } } : {}),
  };
  const modes = SENDS_OBJECT_HEADERS.has(operation)
    ? Object.keys(MODES)
    : READS_WITH_KEY.has(operation)
      ? ['default', 'SSE-C']
      : ['default'];
  for (const mode of modes) {
    const headers = { ...MODES[mode] };
    if (operation === 'CopyObject') {
      headers['x-amz-copy-source'] = 'test-bucket/source.txt';
      headers['x-amz-metadata-directive'] = 'REPLACE';
    }
    cases.push([`${operation} ${mode}`, { ...base, headers }]);
  }
}
cases.push([
  'CopyObject from an SSE-C source over HTTP, unsigned',
  {
    operation: 'CopyObject',
    bucket: 'test-bucket',
    key: 'k',
    https: false,
    signature: 'anonymous',
    headers: {
      'x-amz-copy-source': 'test-bucket/k',
      'x-amz-copy-source-server-side-encryption-customer-algorithm': 'AES256',
      'x-amz-copy-source-server-side-encryption-customer-key': KEY,
      'x-amz-copy-source-server-side-encryption-customer-key-MD5': KEY_MD5,
    },
  },
]);

describe('Copy as AWS CLI, then Paste from AWS CLI', () => {
  it.each(cases)('gives back the same request: %s', (_, request) => {
    expect(normal(roundTrip(request))).toEqual(normal(request));
  });
});
