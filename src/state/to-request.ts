/** The request draft as the engine's `RequestInput` (pure; a body that is not JSON is an error at the body). */
import {
  type JsonObject,
  type Operation,
  operationInfo,
  type RequestInput,
  type Result,
} from '../engine/index.ts';
import { COPY_SOURCE_HEADER, impliedCopySource } from './copy-source.ts';
import { DEFAULT_DRAFT, type RequestDraft } from './request-draft.ts';

export interface DraftProblem {
  field: 'body';
  message: string;
}

const encoder = new TextEncoder();

/** `fileBytes`: the chosen file's bytes, sent instead of the body text. */
export function draftToRequest(
  draft: RequestDraft,
  fileBytes?: Uint8Array<ArrayBuffer>,
): Result<RequestInput, DraftProblem> {
  const headers: Record<string, string> = {};
  for (const row of draft.headers) if (row.name.trim() !== '') headers[row.name.trim()] = row.value;
  const copySource = impliedCopySource(draft);
  if (copySource !== null) headers[COPY_SOURCE_HEADER] = copySource;
  const query: Record<string, string> = {};
  for (const [name, value] of Object.entries(draft.query))
    if (value.trim() !== '') query[name] = value.trim();
  const request: RequestInput = {
    operation: draft.operation,
    bucket: draft.bucket,
    https: draft.https,
    signature: draft.signature,
    principal: draft.principal,
    sourceIp: draft.sourceIp,
    headers,
    query,
  };
  if (draft.https) request.tlsVersion = draft.tlsVersion;
  if (operationInfo(draft.operation).takesKey) request.key = draft.key;
  const kind = operationInfo(draft.operation).body;
  if (kind === 'bytes') request.body = fileBytes ?? encoder.encode(draft.bodyText);
  if (kind === 'json' && draft.bodyText.trim() !== '') {
    const parsed = parseJsonObject(draft.bodyText);
    if (!parsed.ok) return parsed;
    request.body = parsed.value;
  }
  return { ok: true, value: request };
}

function parseJsonObject(text: string): Result<JsonObject, DraftProblem> {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return { ok: true, value: value as JsonObject };
    }
    return {
      ok: false,
      error: { field: 'body', message: 'The input must be a JSON object, e.g. {"KeyId": "…"}.' },
    };
  } catch (error) {
    return {
      ok: false,
      error: { field: 'body', message: `The input is not valid JSON: ${(error as Error).message}` },
    };
  }
}

/**
 * The body text when the operation changes: object text does not carry over into a JSON input
 * (CompleteMultipartUpload after UploadPart would otherwise fail on "Hello…" as JSON), and an
 * object write after an emptied JSON input gets the sample text back rather than 0 bytes.
 */
export function bodyTextFor(draft: RequestDraft, operation: Operation): string {
  const leaving = operationInfo(draft.operation).body;
  const entering = operationInfo(operation).body;
  if (leaving === 'bytes' && entering === 'json')
    return parseJsonObject(draft.bodyText).ok ? draft.bodyText : '';
  if (leaving === 'json' && entering === 'bytes' && draft.bodyText.trim() === '')
    return DEFAULT_DRAFT.bodyText;
  return draft.bodyText;
}
