import { parseCidr } from '../operators/values/ip.ts';
import type { ConditionEntry } from '../types.ts';

/**
 * Conditions that make a grant to everyone non-public, from the S3 User Guide, "The meaning of
 * public": the policy must grant only to fixed values (no wildcard, no policy variable) of a
 * principal or of aws:SourceIp (no broader than /8 for IPv4 or /32 for IPv6, except RFC 1918
 * private ranges), aws:SourceArn, aws:SourceVpc, aws:SourceVpce, aws:SourceOwner,
 * aws:SourceAccount, s3:x-amz-server-side-encryption-aws-kms-key-id, aws:userid outside the
 * pattern "AROLEID:*", s3:DataAccessPointArn (the access point name may be a wildcard when the
 * account is fixed) and s3:DataAccessPointAccount. Principal-fixing keys (aws:PrincipalOrgID, the
 * guide's example, aws:PrincipalAccount, aws:PrincipalArn) count as a fixed principal.
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status
 */

const STRING_KEYS = new Set([
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:sourceowner',
  'aws:sourceaccount',
  's3:x-amz-server-side-encryption-aws-kms-key-id',
  'aws:userid',
  's3:dataaccesspointaccount',
  'aws:principalorgid',
  'aws:principalaccount',
]);
const ARN_KEYS = new Set(['aws:sourcearn', 'aws:principalarn', 's3:dataaccesspointarn']);

const EQUALITY = new Set(['StringEquals', 'StringEqualsIgnoreCase', 'StringLike']);
const ARN_EQUALITY = new Set(['ArnEquals', 'ArnLike', 'StringEquals', 'StringLike']);

const hasWildcard = (v: string) => /[*?]/.test(v) || v.includes('${');

/** 10/8, 172.16/12, 192.168/16. */
function isPrivateIpv4(network: bigint, prefix: number): boolean {
  const ranges: [bigint, number][] = [
    [0x0a000000n, 8],
    [0xac100000n, 12],
    [0xc0a80000n, 16],
  ];
  return ranges.some(
    ([base, bits]) => prefix >= bits && network >> BigInt(32 - bits) === base >> BigInt(32 - bits),
  );
}

function isNarrowCidr(value: string): boolean {
  const block = parseCidr(value);
  if (!block) return false;
  if (block.version === 6) return block.prefix >= 32;
  return block.prefix >= 8 || isPrivateIpv4(block.network, block.prefix);
}

/** An access point ARN with a fixed account; the access point name may be a wildcard. */
function isFixedAccessPointArn(value: string): boolean {
  const m = /^arn:aws:s3:([^:]*):(\d{12}):accesspoint\/(.*)$/.exec(value);
  return m !== null && !hasWildcard(m[1] as string);
}

/** Does this condition entry pin who can call to fixed values? */
export function fixesCaller(entry: ConditionEntry): boolean {
  if (entry.setOperator || entry.ifExists || entry.values.length === 0) return false;
  const key = entry.key.value.toLowerCase();
  const values = entry.values.map((v) => v.value);
  if (key === 'aws:sourceip') return entry.baseOperator === 'IpAddress' && values.every(isNarrowCidr);
  if (key === 's3:dataaccesspointarn' && ARN_EQUALITY.has(entry.baseOperator)) {
    return values.every((v) => !hasWildcard(v) || isFixedAccessPointArn(v));
  }
  if (ARN_KEYS.has(key)) return ARN_EQUALITY.has(entry.baseOperator) && !values.some(hasWildcard);
  if (STRING_KEYS.has(key)) return EQUALITY.has(entry.baseOperator) && !values.some(hasWildcard);
  return false;
}
