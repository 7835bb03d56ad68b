import { describe, expect, it } from 'vitest';
import { contextValues, s3ContextInput } from '../evaluate/testing/contexts.ts';
import { buildS3RequestContext, type S3ContextInput } from './build-s3-context.ts';

// IAM User Guide, global condition keys
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html):
// aws:SourceVpce, aws:SourceVpc and aws:VpcSourceIp are "included in the request context only if
// the requester uses a VPC endpoint to make the request"; for aws:SourceIp, "If the request comes
// from a host that uses an Amazon VPC endpoint, then the aws:SourceIp key isn't present". Also
// https://repost.aws/knowledge-center/iam-restrict-access-policy: "The aws:SourceIp condition key
// is always included in the request, except for requests that uses an Amazon VPC endpoint."
// aws:VpcSourceIp: "the key matches only if the request originates from the specified IP address
// and it goes through a VPC endpoint" (the same IAM page, as docs.rs/aws-iam AWS_VPC_SOURCE_ID
// quotes it).
const THROUGH = { vpcEndpoint: { id: 'vpce-1a2b3c4d', vpcId: 'vpc-111bbb22' }, sourceIp: '10.0.1.25' };

const cases: { name: string; input: Partial<S3ContextInput>; key: string; expected: string[] | undefined }[] =
  [
    {
      name: 'from the internet, aws:SourceIp is the caller address',
      input: { sourceIp: '198.51.100.7' },
      key: 'aws:SourceIp',
      expected: ['198.51.100.7'],
    },
    {
      name: 'from the internet, aws:SourceVpce is absent',
      input: {},
      key: 'aws:SourceVpce',
      expected: undefined,
    },
    {
      name: 'from the internet, aws:SourceVpc is absent',
      input: {},
      key: 'aws:SourceVpc',
      expected: undefined,
    },
    {
      name: 'from the internet, aws:VpcSourceIp is absent',
      input: {},
      key: 'aws:VpcSourceIp',
      expected: undefined,
    },
    {
      name: 'through an endpoint, aws:SourceVpce is its id',
      input: THROUGH,
      key: 'aws:SourceVpce',
      expected: ['vpce-1a2b3c4d'],
    },
    {
      name: 'through an endpoint, aws:SourceVpc is the VPC id given',
      input: THROUGH,
      key: 'aws:SourceVpc',
      expected: ['vpc-111bbb22'],
    },
    {
      name: 'through an endpoint without a VPC id, aws:SourceVpc is absent',
      input: { vpcEndpoint: { id: 'vpce-1a2b3c4d' } },
      key: 'aws:SourceVpc',
      expected: undefined,
    },
    {
      name: 'through an endpoint, aws:SourceIp is absent',
      input: THROUGH,
      key: 'aws:SourceIp',
      expected: undefined,
    },
    {
      name: 'through an endpoint, aws:VpcSourceIp is the caller address',
      input: THROUGH,
      key: 'aws:VpcSourceIp',
      expected: ['10.0.1.25'],
    },
  ];

describe('network keys in the S3 request context', () => {
  it.each(cases)('$name', ({ input, key, expected }) => {
    expect(contextValues(buildS3RequestContext(s3ContextInput(input)), key)).toEqual(expected);
  });
});
