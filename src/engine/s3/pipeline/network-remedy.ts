/**
 * What to change when a Deny applied because of where the request came from: a VPC endpoint key
 * absent from a request sent from the internet, or aws:SourceIp absent from a request through a
 * VPC endpoint ("If the request comes from a host that uses an Amazon VPC endpoint, then the
 * aws:SourceIp key isn't present": IAM User Guide, global condition keys).
 */
import type { StatementTrace } from '../../policy/evaluate/types.ts';

const ENDPOINT_KEYS = ['aws:sourcevpce', 'aws:sourcevpc', 'aws:vpcsourceip'];

export function networkRemedy(s: StatementTrace): string | undefined {
  const matched = s.conditions.filter((c) => c.matched);
  const endpoint = matched.find((c) => ENDPOINT_KEYS.includes(c.key.toLowerCase()));
  if (endpoint && !endpoint.keyPresent) {
    const wanted = (endpoint.resolvedPolicyValues ?? endpoint.policyValues).join(' or ');
    return `${endpoint.key} is present only for a request through a VPC endpoint: send it through the endpoint the statement expects (${wanted}; "VPC endpoint" in the request builder, "vpcEndpoint" in a scenario), or change the statement.`;
  }
  const sourceIp = matched.find((c) => c.key.toLowerCase() === 'aws:sourceip' && !c.keyPresent);
  if (sourceIp)
    return 'A request through a VPC endpoint has no aws:SourceIp: to allow addresses inside a VPC, test aws:VpcSourceIp (or aws:SourceVpce) in the statement, or send the request from the internet.';
  return undefined;
}
