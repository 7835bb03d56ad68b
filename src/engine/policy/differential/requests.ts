/**
 * Test support only: the requests the generated policies are judged against. One description
 * feeds both evaluators: ours builds its context with buildS3RequestContext; iam-simulate gets
 * the condition keys written out here by hand from the same description, so a context-building
 * slip on our side shows up as a disagreement too.
 */
import fc from 'fast-check';
import { buildS3RequestContext } from '../context/build-s3-context.ts';
import type { RequestContext } from '../context/types.ts';
import { ACCOUNT, BUCKET, KMS_KEY, OTHER_KMS_KEY } from './generate.ts';

export interface RequestSpec {
  operation: 'PutObject' | 'GetObject';
  key: string;
  principal: string;
  sse?: string;
  kmsKeyId?: string;
  customerAlgorithm?: string;
  https: boolean;
  tlsVersion: '1.2' | '1.3';
  sourceIp: string;
}

const absentOr = (...values: string[]) => fc.option(fc.constantFrom(...values), { freq: 2 });

export const requestArbitrary: fc.Arbitrary<RequestSpec> = fc
  .record({
    operation: fc.constantFrom<RequestSpec['operation']>('PutObject', 'GetObject'),
    key: fc.constantFrom('k', 'secret/x', 'public.txt', 'data-01.csv'),
    principal: fc.constantFrom(
      `arn:aws:iam::${ACCOUNT}:root`,
      `arn:aws:iam::${ACCOUNT}:role/Writer`,
      `arn:aws:sts::${ACCOUNT}:assumed-role/Writer/session-1`,
      `arn:aws:iam::${ACCOUNT}:user/alice`,
    ),
    sse: absentOr('AES256', 'aws:kms', 'aws:kms:dsse'),
    kmsKeyId: absentOr(KMS_KEY, OTHER_KMS_KEY),
    customerAlgorithm: absentOr('AES256'),
    https: fc.boolean(),
    tlsVersion: fc.constantFrom<RequestSpec['tlsVersion']>('1.2', '1.3'),
    sourceIp: fc.constantFrom('203.0.113.10', '198.51.100.7', '10.1.2.3', '192.0.2.1'),
  })
  .map(({ sse, kmsKeyId, customerAlgorithm, ...rest }) => ({
    ...rest,
    ...(sse === null ? {} : { sse }),
    ...(kmsKeyId === null ? {} : { kmsKeyId }),
    ...(customerAlgorithm === null ? {} : { customerAlgorithm }),
  }));

function headersOf(spec: RequestSpec): Record<string, string> {
  const headers: Record<string, string> = {};
  if (spec.sse !== undefined) headers['x-amz-server-side-encryption'] = spec.sse;
  if (spec.kmsKeyId !== undefined) headers['x-amz-server-side-encryption-aws-kms-key-id'] = spec.kmsKeyId;
  if (spec.customerAlgorithm !== undefined)
    headers['x-amz-server-side-encryption-customer-algorithm'] = spec.customerAlgorithm;
  return headers;
}

export function ourContext(spec: RequestSpec): RequestContext {
  return buildS3RequestContext({
    operation: spec.operation,
    bucket: BUCKET,
    key: spec.key,
    headers: headersOf(spec),
    https: spec.https,
    tlsVersion: spec.tlsVersion,
    signature: 'SigV4',
    principal: spec.principal,
    sourceIp: spec.sourceIp,
    nowMs: Date.UTC(2026, 0, 1),
    bucketAccount: ACCOUNT,
  });
}

/**
 * The condition keys as iam-simulate takes them. Each SSE header becomes the `s3:` key of the same
 * name whatever the operation: iam-simulate drops the keys its action table does not list for the
 * action (GetObject lists none of them), independently of our own rule. s3:TlsVersion exists only
 * over TLS. https://docs.aws.amazon.com/AmazonS3/latest/userguide/amazon-s3-policy-keys.html
 */
export function simulatorContext(spec: RequestSpec): Record<string, string> {
  const keys: Record<string, string> = {
    'aws:SecureTransport': spec.https ? 'true' : 'false',
    'aws:SourceIp': spec.sourceIp,
  };
  if (spec.https) keys['s3:TlsVersion'] = spec.tlsVersion;
  for (const [header, value] of Object.entries(headersOf(spec))) keys[`s3:${header}`] = value;
  return keys;
}

export function resourceArn(spec: RequestSpec): string {
  return `arn:aws:s3:::${BUCKET}/${spec.key}`;
}
