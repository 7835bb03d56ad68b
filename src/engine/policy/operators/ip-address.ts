import type { ValueOperator } from './types.ts';
import { cidrContains, parseCidr, parseIpAddress } from './values/ip.ts';

/** The context address lies in the policy's IPv4 or IPv6 CIDR block (a bare address is a /32 or /128). */
export const ipAddress: ValueOperator = {
  kind: 'value',
  name: 'IpAddress',
  family: 'IpAddress',
  negated: false,
  allowsVariables: false,
  relation: 'is within',
  prepare(value) {
    const block = parseCidr(value.literal);
    if (!block) return { ok: false, problem: `"${value.literal}" is not an IP address or CIDR block` };
    return {
      ok: true,
      test: (contextValue) => {
        const address = parseIpAddress(contextValue);
        return address !== undefined && cidrContains(block, address);
      },
    };
  },
};
