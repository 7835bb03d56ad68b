/** A lesson step's request shown in the request builder (the step itself is sent as written). */
import type { BodySpec, ScenarioRequest } from '../engine/index.ts';
import { DEFAULT_DRAFT, type RequestDraft, vpcEndpointDraft } from './request-draft.ts';

/** Repeated bodies larger than this are not expanded into the text field. */
const MAX_TEXT = 64 * 1024;

function bodyText(body: BodySpec | undefined): string {
  if (body === undefined) return '';
  if (typeof body === 'string') return body;
  const { repeat, times, base64 } = body as Record<string, unknown>;
  if (typeof repeat === 'string' && typeof times === 'number') {
    return repeat.length * times <= MAX_TEXT ? repeat.repeat(times) : '';
  }
  // Bytes given in base64 are not text: the step sends them as written.
  if (typeof base64 === 'string') return '';
  return JSON.stringify(body, null, 2);
}

export function draftFromRequest(request: ScenarioRequest, bucket: string, account: string): RequestDraft {
  return {
    ...DEFAULT_DRAFT,
    operation: request.operation,
    bucket: request.bucket ?? bucket,
    key: request.key ?? '',
    bodyText: bodyText(request.body),
    https: request.https ?? true,
    tlsVersion: request.tlsVersion ?? '1.3',
    signature: request.signature ?? 'SigV4',
    principal: request.principal ?? `arn:aws:iam::${account}:root`,
    sourceIp: request.sourceIp ?? DEFAULT_DRAFT.sourceIp,
    headers: Object.entries(request.headers ?? {}).map(([name, value]) => ({ name, value })),
    ...(request.authType !== undefined || request.signatureAgeMs !== undefined
      ? {
          auth: {
            type: request.authType ?? 'REST-HEADER',
            expiresSeconds: String(request.expiresSeconds ?? 3600),
            signedSecondsAgo: String(Math.floor((request.signatureAgeMs ?? 0) / 1000)),
            postPolicyText: request.postPolicy ? JSON.stringify(request.postPolicy, null, 2) : '',
          },
        }
      : {}),
    ...(request.sourceArn !== undefined || request.sourceAccount !== undefined
      ? { serviceSource: { sourceArn: request.sourceArn ?? '', sourceAccount: request.sourceAccount ?? '' } }
      : {}),
    ...vpcEndpointDraft(request.vpcEndpoint),
    query: {
      versionId: request.query?.versionId ?? '',
      uploadId: request.query?.uploadId ?? '',
      partNumber: request.query?.partNumber ?? '',
    },
  };
}
