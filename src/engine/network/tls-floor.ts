/**
 * The oldest TLS version S3 endpoints accept. AWS made TLS 1.2 the minimum for all its API
 * endpoints (AWS Security Blog, "TLS 1.2 to become the minimum TLS protocol level for all AWS API
 * endpoints": "you will need to use TLS versions 1.2 or higher for your connections"); S3 refuses
 * TLS 1.0 and 1.1 at the handshake since February 2024 (spec §6.5); the pipeline refuses such a
 * handshake in s3/pipeline/tls-handshake.ts.
 */
export const MIN_TLS_VERSION = 1.2;

/** TLS 1.0 and 1.1 are refused; an unparseable version is left to the policy (it never matches NumericLessThan). */
export function refusesTlsVersion(version: string | undefined): boolean {
  if (version === undefined || !/^\d+(\.\d+)?$/.test(version)) return false;
  return Number(version) < MIN_TLS_VERSION;
}
