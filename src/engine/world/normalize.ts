/**
 * A request as a user or a scenario writes it, with the scenario format's defaults filled in
 * (docs/scenario-format.md "Request"): HTTPS with TLS 1.3, SigV4, the account root, 203.0.113.10.
 * Its shape is checked first (request-shape.ts): a value it does not accept is a 400 with a clear
 * message, never an exception deeper in the pipeline.
 */
import { bodyToBytes, isBase64, isRepeat } from '../body.ts';
import type { BodyRefusal } from '../body-shape.ts';
import { err, ok, type Result } from '../result.ts';
import { isOperation, operationInfo } from '../s3/operation-catalog.ts';
import type { BodySpec, JsonObject, S3Request } from '../types.ts';
import { checkRequestShape } from './request-shape.ts';
import { rootArn } from './types.ts';

/** Operations whose body is object data (the catalog's `body: 'bytes'`): a JSON body means bytes there. */
const takesBytes = (operation: string) => isOperation(operation) && operationInfo(operation).body === 'bytes';

export function normalizeRequest(
  raw: unknown,
  defaults: { account: string; bucket: string },
): Result<S3Request, BodyRefusal> {
  const checked = checkRequestShape(raw);
  if (!checked.ok) return err(checked.error);
  const input = checked.value;
  const https = input.https ?? true;
  const tlsVersion = input.tlsVersion ?? (https ? '1.3' : undefined);
  const body = normalizeBody(input.operation, input.body);
  return ok({
    operation: input.operation,
    bucket: input.bucket ?? defaults.bucket,
    ...(input.key !== undefined ? { key: input.key } : {}),
    https,
    ...(tlsVersion !== undefined ? { tlsVersion } : {}),
    signature: input.signature ?? 'SigV4',
    principal: input.principal ?? rootArn(defaults.account),
    sourceIp: input.sourceIp ?? '203.0.113.10',
    ...(input.vpcEndpoint !== undefined ? { vpcEndpoint: input.vpcEndpoint } : {}),
    headers: { ...(input.headers ?? {}) },
    query: { ...(input.query ?? {}) },
    ...(body !== undefined ? { body } : {}),
    ...(input.authType !== undefined ? { authType: input.authType } : {}),
    ...(input.expiresSeconds !== undefined ? { expiresSeconds: input.expiresSeconds } : {}),
    ...(input.signatureAgeMs !== undefined ? { signatureAgeMs: input.signatureAgeMs } : {}),
    ...(input.postPolicy !== undefined ? { postPolicy: input.postPolicy } : {}),
    ...(input.sourceArn !== undefined ? { sourceArn: input.sourceArn } : {}),
    ...(input.sourceAccount !== undefined ? { sourceAccount: input.sourceAccount } : {}),
  });
}

function normalizeBody(
  operation: string,
  body: BodySpec | Uint8Array | undefined,
): Uint8Array | JsonObject | undefined {
  if (body === undefined || body instanceof Uint8Array) return body;
  if (takesBytes(operation) || typeof body === 'string' || isRepeat(body) || isBase64(body)) {
    return bodyToBytes(body);
  }
  return body;
}
