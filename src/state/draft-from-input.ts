/**
 * A request (a matrix cell's, or one pasted from the AWS CLI) in the request builder. A client-side cell's envelope is made by the
 * browser at Send, so the builder gets the plaintext and client-side encryption with a fresh raw
 * AES key instead of the envelope headers and ciphertext.
 */
import { ENVELOPE_V2_KEYS, MATRIX_BODY_TEXT, type RequestInput } from '../engine/index.ts';
import { DEFAULT_DRAFT, type RequestDraft, vpcEndpointDraft } from './request-draft.ts';
import { generateSseCKey } from './sse-c-key.ts';

const ENVELOPE = new Set<string>(ENVELOPE_V2_KEYS);

function bodyText(body: RequestInput['body']): string {
  if (body === undefined) return '';
  if (body instanceof Uint8Array) return new TextDecoder().decode(body);
  return typeof body === 'string' ? body : JSON.stringify(body, null, 2);
}

/** `keepBody`: a request without a body (a pasted put-object whose --body is a file) keeps the draft's text. */
export function draftFromInput(request: RequestInput, account: string, keepBody?: string): RequestDraft {
  const headers = Object.entries(request.headers ?? {});
  const clientSide = headers.some(([name]) => ENVELOPE.has(name.toLowerCase()));
  return {
    ...DEFAULT_DRAFT,
    operation: request.operation,
    bucket: request.bucket ?? DEFAULT_DRAFT.bucket,
    key: request.key ?? '',
    bodyText:
      request.body === undefined && keepBody !== undefined
        ? keepBody
        : clientSide
          ? MATRIX_BODY_TEXT
          : bodyText(request.body),
    https: request.https ?? true,
    tlsVersion: request.https === false ? DEFAULT_DRAFT.tlsVersion : (request.tlsVersion ?? '1.3'),
    signature: request.signature ?? 'SigV4',
    principal: request.principal ?? `arn:aws:iam::${account}:root`,
    sourceIp: request.sourceIp ?? DEFAULT_DRAFT.sourceIp,
    ...vpcEndpointDraft(request.vpcEndpoint),
    headers: headers
      .filter(([name]) => !ENVELOPE.has(name.toLowerCase()))
      .map(([name, value]) => ({ name, value })),
    query: {
      versionId: request.query?.versionId ?? '',
      uploadId: request.query?.uploadId ?? '',
      partNumber: request.query?.partNumber ?? '',
    },
    clientSide: clientSide
      ? { enabled: true, wrapping: 'aes', kmsKeyId: '', aesKey: generateSseCKey().key }
      : { ...DEFAULT_DRAFT.clientSide },
  };
}
