/**
 * Where the request came from, as IAM puts it in the request context
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html):
 * - from the internet: `aws:SourceIp` is the caller's address; aws:SourceVpce, aws:SourceVpc and
 *   aws:VpcSourceIp are absent ("included in the request context only if the requester uses a VPC
 *   endpoint to make the request").
 * - through a VPC endpoint: `aws:SourceVpce` (and `aws:SourceVpc` when known) and
 *   `aws:VpcSourceIp`, the caller's (private) address; `aws:SourceIp` is absent ("If the request
 *   comes from a host that uses an Amazon VPC endpoint, then the aws:SourceIp key isn't present").
 */
import type { VpcEndpoint } from '../../network/vpc-endpoint.ts';
import { type ContextKey, setKey } from './types.ts';

export function networkKeys(
  sourceIp: string,
  vpcEndpoint: VpcEndpoint | undefined,
  keys: Record<string, ContextKey>,
): void {
  if (vpcEndpoint === undefined) {
    setKey(keys, 'aws:SourceIp', [sourceIp]);
    return;
  }
  setKey(keys, 'aws:SourceVpce', [vpcEndpoint.id]);
  if (vpcEndpoint.vpcId !== undefined) setKey(keys, 'aws:SourceVpc', [vpcEndpoint.vpcId]);
  setKey(keys, 'aws:VpcSourceIp', [sourceIp]);
}
