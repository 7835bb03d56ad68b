/** The request draft as the engine's `RequestInput` (pure; a body that is not JSON is an error at the body). */
import {
  checkVpcEndpoint,
  type JsonObject,
  type Operation,
  operationInfo,
  type RequestInput,
  type Result,
} from '../engine/index.ts';
import { COPY_SOURCE_HEADER, impliedCopySource } from './implied-copy-source.ts';
import { type AuthDraft, DEFAULT_DRAFT, type RequestDraft, type VpcEndpointDraft } from './request-draft.ts';

export interface DraftProblem {
  /** Where the problem is shown: the body, or one of the authentication fields. */
  field: 'key' | 'body' | 'auth-age' | 'auth-expires' | 'auth-post' | 'vpce-id' | 'vpce-vpc';
  message: string;
}

const encoder = new TextEncoder();

export const EMPTY_KEY_MESSAGE =
  'An object request needs an object key: without one, S3 reads the request as one on the bucket itself.';

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
  if (draft.auth && draft.signature !== 'anonymous') {
    const auth = authFields(draft.auth, draft.operation);
    if (!auth.ok) return auth;
    Object.assign(request, auth.value);
  }
  if (draft.serviceSource && isServicePrincipal(draft.principal)) {
    const { sourceArn, sourceAccount } = draft.serviceSource;
    if (sourceArn.trim() !== '') request.sourceArn = sourceArn.trim();
    if (sourceAccount.trim() !== '') request.sourceAccount = sourceAccount.trim();
  }
  if (draft.vpcEndpoint && draft.vpcEndpoint.id.trim() !== '') {
    const endpoint = vpcEndpointOf(draft.vpcEndpoint);
    if (!endpoint.ok) return endpoint;
    request.vpcEndpoint = endpoint.value;
  }
  if (operationInfo(draft.operation).takesKey) {
    // Without a key the request is one on the bucket itself (a PUT of "/" is CreateBucket), not
    // this operation, so it cannot go out as one; Copy as CLI/curl would write `--key ''` or the bucket.
    if (draft.key === '') return { ok: false, error: { field: 'key', message: EMPTY_KEY_MESSAGE } };
    request.key = draft.key;
  }
  const kind = operationInfo(draft.operation).body;
  if (kind === 'bytes') request.body = fileBytes ?? encoder.encode(draft.bodyText);
  if (kind === 'json' && draft.bodyText.trim() !== '') {
    const parsed = parseJsonObject(draft.bodyText);
    if (!parsed.ok) return parsed;
    request.body = parsed.value;
  }
  return { ok: true, value: request };
}

/** `cloudfront.amazonaws.com` and other AWS service principals (they act for a source). */
export const isServicePrincipal = (principal: string) =>
  /^[a-z0-9.-]+\.amazonaws\.com$/.test(principal.trim());

/** The endpoint as typed, checked by the engine's one rule; a wrong id is an error at its field. */
function vpcEndpointOf(
  draft: VpcEndpointDraft,
): Result<NonNullable<RequestInput['vpcEndpoint']>, DraftProblem> {
  const vpcId = draft.vpcId.trim();
  const checked = checkVpcEndpoint({ id: draft.id.trim(), ...(vpcId !== '' ? { vpcId } : {}) });
  if (checked.ok) return checked;
  const field = checked.error.field === 'vpcId' ? 'vpce-vpc' : 'vpce-id';
  return { ok: false, error: { field, message: checked.error.message } };
}

/** The draft's authentication as request fields; a number or policy that cannot be read is an error at its field. */
function authFields(
  auth: AuthDraft,
  operation: Operation,
): Result<Pick<RequestInput, 'authType' | 'expiresSeconds' | 'signatureAgeMs' | 'postPolicy'>, DraftProblem> {
  const fields: Pick<RequestInput, 'authType' | 'expiresSeconds' | 'signatureAgeMs' | 'postPolicy'> = {};
  const age = wholeNumber(
    auth.signedSecondsAgo,
    'auth-age',
    'The signature age must be a whole number of seconds.',
  );
  if (!age.ok) return age;
  if (age.value > 0) fields.signatureAgeMs = age.value * 1000;
  if (auth.type === 'REST-QUERY-STRING') {
    const expires = wholeNumber(
      auth.expiresSeconds,
      'auth-expires',
      'The expiry must be a whole number of seconds, at least 1.',
    );
    if (!expires.ok) return expires;
    if (expires.value < 1)
      return {
        ok: false,
        error: { field: 'auth-expires', message: 'The expiry must be at least 1 second.' },
      };
    fields.authType = auth.type;
    fields.expiresSeconds = expires.value;
  }
  if (auth.type === 'POST') {
    if (operation !== 'PutObject')
      return {
        ok: false,
        error: { field: 'auth-post', message: 'A browser POST form uploads an object: choose PutObject.' },
      };
    const policy = parseJsonObject(auth.postPolicyText);
    if (!policy.ok)
      return { ok: false, error: { field: 'auth-post', message: `POST policy: ${policy.error.message}` } };
    fields.authType = auth.type;
    fields.postPolicy = policy.value;
  }
  return { ok: true, value: fields };
}

function wholeNumber(
  text: string,
  field: DraftProblem['field'],
  message: string,
): Result<number, DraftProblem> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: 0 };
  if (!/^\d{1,9}$/.test(trimmed)) return { ok: false, error: { field, message } };
  return { ok: true, value: Number(trimmed) };
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
 * The body text when the operation changes: an operation with a starting input (the engine's
 * `inputTemplate`, e.g. UpdateObjectEncryption) starts from it, never from the previous body; other
 * object text does not carry over into a JSON input (CompleteMultipartUpload after UploadPart would
 * otherwise fail on "Hello…" as JSON), and an object write after an emptied or untouched starting
 * input gets the sample text back rather than 0 bytes or JSON.
 */
export function bodyTextFor(
  draft: RequestDraft,
  operation: Operation,
  templateOf: (operation: Operation) => string | undefined = () => undefined,
): string {
  if (operation === draft.operation) return draft.bodyText;
  const leaving = operationInfo(draft.operation).body;
  const entering = operationInfo(operation).body;
  const template = entering === 'json' ? templateOf(operation) : undefined;
  if (template !== undefined) return template;
  if (leaving === 'bytes' && entering === 'json')
    return parseJsonObject(draft.bodyText).ok ? draft.bodyText : '';
  if (
    leaving === 'json' &&
    entering === 'bytes' &&
    (draft.bodyText.trim() === '' || draft.bodyText === templateOf(draft.operation))
  )
    return DEFAULT_DRAFT.bodyText;
  return draft.bodyText;
}
