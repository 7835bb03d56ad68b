import { describe, expect, it } from 'vitest';
import { checkVpcEndpoint } from './vpc-endpoint.ts';

// Ids as the VPC documentation writes them (vpce-1a2b3c4d, vpc-111bbb22) and the 17-digit form
// current EC2 ids have (https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies-vpc-endpoint.html).
const cases: {
  name: string;
  value: unknown;
  expected: { id: string; vpcId?: string } | { field: string; says: string };
}[] = [
  {
    name: 'an 8-digit endpoint id alone is accepted',
    value: { id: 'vpce-1a2b3c4d' },
    expected: { id: 'vpce-1a2b3c4d' },
  },
  {
    name: 'a 17-digit endpoint id with a 17-digit VPC id is accepted',
    value: { id: 'vpce-0123456789abcdef0', vpcId: 'vpc-0123456789abcdef0' },
    expected: { id: 'vpce-0123456789abcdef0', vpcId: 'vpc-0123456789abcdef0' },
  },
  {
    name: 'an endpoint id with upper-case hex is refused',
    value: { id: 'vpce-1A2B3C4D' },
    expected: { field: 'id', says: 'not a VPC endpoint id' },
  },
  {
    name: 'an endpoint id of 9 digits is refused',
    value: { id: 'vpce-1a2b3c4d5' },
    expected: { field: 'id', says: '8 or 17' },
  },
  {
    name: 'a VPC id in the endpoint field is refused',
    value: { id: 'vpc-1a2b3c4d' },
    expected: { field: 'id', says: 'vpce-' },
  },
  {
    name: 'a missing endpoint id is refused',
    value: { vpcId: 'vpc-111bbb22' },
    expected: { field: 'id', says: 'needs an "id"' },
  },
  {
    name: 'a malformed VPC id is refused at the VPC id',
    value: { id: 'vpce-1a2b3c4d', vpcId: 'vpc-xyz' },
    expected: { field: 'vpcId', says: 'not a VPC id' },
  },
  {
    name: 'an unknown member is refused',
    value: { id: 'vpce-1a2b3c4d', region: 'us-east-1' },
    expected: { field: 'id', says: '"region"' },
  },
  {
    name: 'text instead of an object is refused',
    value: 'vpce-1a2b3c4d',
    expected: { field: 'id', says: 'must be an object' },
  },
];

describe('checkVpcEndpoint', () => {
  it.each(cases)('$name', ({ value, expected }) => {
    const result = checkVpcEndpoint(value);
    if ('field' in expected) {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.field).toBe(expected.field);
        expect(result.error.message).toContain(expected.says);
      }
    } else expect(result).toEqual({ ok: true, value: expected });
  });
});
