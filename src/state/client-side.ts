/**
 * Client-side encryption around a request: encrypt the body before PutObject, decrypt the body
 * after GetObject, with the engine's S3 Encryption Client v2 helpers behind the port.
 */
import type { Outcome, RequestInput, Result } from '../engine/index.ts';
import { fromBase64, isObjectData } from '../engine/index.ts';
import type { ClientSideProblem, ClientSideWrapping, EnginePort, WorldId } from './engine-port.ts';
import type { ClientSideDraft } from './request-draft.ts';
import type { ClientSideResult } from './slices/types.ts';

/** The client calls KMS as the request's principal, from the request's address. */
const who = (request: RequestInput) => ({
  principal: request.principal ?? 'arn:aws:iam::111122223333:root',
  sourceIp: request.sourceIp ?? '203.0.113.10',
});

/** The wrapping key the draft names; whether a KMS key exists is the engine's to say. */
export function wrappingFor(draft: ClientSideDraft): Result<ClientSideWrapping, ClientSideProblem> {
  if (draft.wrapping === 'kms') return { ok: true, value: { kind: 'kms', keyId: draft.kmsKeyId } };
  const key = fromBase64(draft.aesKey);
  if (key?.length !== 32) {
    return {
      ok: false,
      error: {
        code: 'WrappingKey',
        message: 'The AES wrapping key must be 32 bytes in base64: use "Generate key".',
      },
    };
  }
  return { ok: true, value: { kind: 'aes', key } };
}

export async function encryptRequest(
  port: EnginePort,
  worldId: WorldId,
  draft: ClientSideDraft,
  request: RequestInput,
): Promise<Result<RequestInput, ClientSideProblem>> {
  const wrapping = wrappingFor(draft);
  if (!wrapping.ok) return wrapping;
  // The draft's bytes are fresh for this send, so they can be handed over as they are.
  const plaintext = request.body instanceof Uint8Array ? ownBytes(request.body) : new Uint8Array(0);
  const sealed = await port.encryptClientSide(worldId, {
    plaintext,
    wrapping: wrapping.value,
    ...who(request),
  });
  if (!sealed.ok) return sealed;
  return {
    ok: true,
    value: { ...request, body: sealed.value.body, headers: { ...request.headers, ...sealed.value.metadata } },
  };
}

/** Said for a 206: the bytes shown are ciphertext, and a part of it cannot be opened. */
export const PARTIAL_CLIENT_SIDE_READ =
  'Not decrypted: this is part of the object (a Range or part read), so the bytes above are ciphertext. AES-GCM opens only the whole object with its tag; read it without a range to see the plaintext.';

export async function decryptResponse(
  port: EnginePort,
  worldId: WorldId,
  draft: ClientSideDraft,
  request: RequestInput,
  outcome: Outcome,
): Promise<ClientSideResult> {
  const body = outcome.response.body;
  if (!isObjectData(body))
    return { direction: 'decrypted', error: 'The response has no object data to decrypt.' };
  const wrapping = wrappingFor(draft);
  if (!wrapping.ok) return { direction: 'decrypted', error: wrapping.error.message };
  const metadata: Record<string, string> = {};
  for (const [name, value] of Object.entries(outcome.response.headers))
    if (name.startsWith('x-amz-meta-')) metadata[name] = value;
  const opened = await port.decryptClientSide(worldId, {
    body,
    metadata,
    wrapping: wrapping.value,
    ...who(request),
  });
  if (!opened.ok) return { direction: 'decrypted', error: `${opened.error.code}: ${opened.error.message}` };
  return { direction: 'decrypted', plaintext: describeBytes(opened.value) };
}

function describeBytes(bytes: Uint8Array): string {
  // A preview: decoding all of a large object would hold up the page; `stream` leaves a character
  // cut at the preview's end out rather than calling it binary.
  const text = new TextDecoder('utf-8').decode(bytes.subarray(0, 64 * 1024), { stream: true });
  if (text.includes('\uFFFD')) return `${bytes.length.toLocaleString('en-US')} bytes (binary)`;
  return bytes.length > 64 * 1024 ? `${text}… (${bytes.length.toLocaleString('en-US')} bytes in all)` : text;
}

function ownBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  if (bytes.buffer instanceof ArrayBuffer) return bytes as Uint8Array<ArrayBuffer>;
  const out = new Uint8Array(bytes.length);
  out.set(bytes);
  return out;
}
