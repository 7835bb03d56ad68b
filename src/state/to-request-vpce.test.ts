import { describe, expect, it } from 'vitest';
import { DEFAULT_DRAFT, type VpcEndpointDraft } from './request-draft.ts';
import { draftToRequest } from './to-request.ts';

// The request builder's "VPC endpoint" fields: an empty id means from the internet; the ids are
// checked by the engine's one rule (src/engine/network/vpc-endpoint.ts) and a wrong one is an
// error at its field, never a request sent with it.
const cases: {
  name: string;
  vpcEndpoint: VpcEndpointDraft | undefined;
  expected: { vpcEndpoint?: { id: string; vpcId?: string } } | { field: string };
}[] = [
  { name: 'no endpoint sends the request from the internet', vpcEndpoint: undefined, expected: {} },
  {
    name: 'an empty endpoint id sends it from the internet',
    vpcEndpoint: { id: ' ', vpcId: 'vpc-111bbb22' },
    expected: {},
  },
  {
    name: 'an endpoint id alone sends it through that endpoint',
    vpcEndpoint: { id: ' vpce-1a2b3c4d ', vpcId: '' },
    expected: { vpcEndpoint: { id: 'vpce-1a2b3c4d' } },
  },
  {
    name: 'an endpoint and a VPC id send both',
    vpcEndpoint: { id: 'vpce-1a2b3c4d', vpcId: 'vpc-111bbb22' },
    expected: { vpcEndpoint: { id: 'vpce-1a2b3c4d', vpcId: 'vpc-111bbb22' } },
  },
  {
    name: 'a malformed endpoint id is an error at the endpoint field',
    vpcEndpoint: { id: 'vpce-xyz', vpcId: '' },
    expected: { field: 'vpce-id' },
  },
  {
    name: 'a malformed VPC id is an error at the VPC field',
    vpcEndpoint: { id: 'vpce-1a2b3c4d', vpcId: 'vpc-1' },
    expected: { field: 'vpce-vpc' },
  },
];

describe('the request draft with a VPC endpoint', () => {
  it.each(cases)('$name', ({ vpcEndpoint, expected }) => {
    const result = draftToRequest({ ...DEFAULT_DRAFT, ...(vpcEndpoint ? { vpcEndpoint } : {}) });
    if ('field' in expected) {
      expect(result.ok ? undefined : result.error.field).toBe(expected.field);
      return;
    }
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.vpcEndpoint).toEqual(expected.vpcEndpoint);
  });
});
