/**
 * A request as a user or a scenario writes it, with the scenario format's defaults filled in
 * (docs/scenario-format.md "Request"): HTTPS with TLS 1.3, SigV4, the account root, 203.0.113.10.
 */
import { bodyToBytes, isBase64, isRepeat } from '../body.ts';
import type { BodySpec, JsonObject, RequestInput, S3Request } from '../types.ts';
import { rootArn } from './types.ts';

const DATA_OPERATIONS = new Set(['PutObject', 'UploadPart']);

export function normalizeRequest(
  input: RequestInput,
  defaults: { account: string; bucket: string },
): S3Request {
  const https = input.https ?? true;
  const tlsVersion = input.tlsVersion ?? (https ? '1.3' : undefined);
  const body = normalizeBody(input.operation, input.body);
  return {
    operation: input.operation,
    bucket: input.bucket ?? defaults.bucket,
    ...(input.key !== undefined ? { key: input.key } : {}),
    https,
    ...(tlsVersion !== undefined ? { tlsVersion } : {}),
    signature: input.signature ?? 'SigV4',
    principal: input.principal ?? rootArn(defaults.account),
    sourceIp: input.sourceIp ?? '203.0.113.10',
    headers: { ...(input.headers ?? {}) },
    query: { ...(input.query ?? {}) },
    ...(body !== undefined ? { body } : {}),
    ...(input.authType !== undefined ? { authType: input.authType } : {}),
    ...(input.expiresSeconds !== undefined ? { expiresSeconds: input.expiresSeconds } : {}),
    ...(input.signatureAgeMs !== undefined ? { signatureAgeMs: input.signatureAgeMs } : {}),
    ...(input.postPolicy !== undefined ? { postPolicy: input.postPolicy } : {}),
    ...(input.sourceArn !== undefined ? { sourceArn: input.sourceArn } : {}),
    ...(input.sourceAccount !== undefined ? { sourceAccount: input.sourceAccount } : {}),
  };
}

function normalizeBody(
  operation: string,
  body: BodySpec | Uint8Array | undefined,
): Uint8Array | JsonObject | undefined {
  if (body === undefined || body instanceof Uint8Array) return body;
  if (DATA_OPERATIONS.has(operation) || typeof body === 'string' || isRepeat(body) || isBase64(body)) {
    return bodyToBytes(body);
  }
  return body;
}
