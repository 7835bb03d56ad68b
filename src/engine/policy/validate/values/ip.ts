/**
 * IPv4/IPv6 addresses and CIDR ranges as IpAddress/NotIpAddress take them (IAM "IP address
 * condition operators"; RFC 4632, RFC 4291). S3 refuses an invalid one when the policy is written
 * ("Invalid IP address in Conditions", conformance vgw-put-policy-source-ip-bad-cidr).
 */
export function ipValueProblem(value: string): string | undefined {
  const slash = value.indexOf('/');
  const address = slash >= 0 ? value.slice(0, slash) : value;
  const prefix = slash >= 0 ? value.slice(slash + 1) : undefined;
  const version = isIpv4(address) ? 4 : isIpv6(address) ? 6 : undefined;
  if (version === undefined) return `"${address}" is not an IPv4 or IPv6 address`;
  if (prefix === undefined) return undefined;
  const max = version === 4 ? 32 : 128;
  if (!/^\d{1,3}$/.test(prefix) || Number(prefix) > max)
    return `the prefix length /${prefix} must be 0 to ${max}`;
  return undefined;
}

function isIpv4(text: string): boolean {
  const parts = text.split('.');
  return parts.length === 4 && parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255);
}

function isIpv6(text: string): boolean {
  if (!/^[0-9a-fA-F:.]+$/.test(text)) return false;
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groups = (half: string) => (half === '' ? [] : half.split(':'));
  const all = halves.flatMap(groups);
  const last = all[all.length - 1] ?? '';
  const embedsIpv4 = last.includes('.');
  if (embedsIpv4 && !isIpv4(last)) return false;
  const hexGroups = embedsIpv4 ? all.slice(0, -1) : all;
  if (!hexGroups.every((group) => /^[0-9a-fA-F]{1,4}$/.test(group))) return false;
  const count = hexGroups.length + (embedsIpv4 ? 2 : 0);
  return halves.length === 2 ? count < 8 : count === 8;
}
