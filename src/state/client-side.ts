/**
 * Client-side encryption around a request: encrypt the body before PutObject, decrypt the body
 * after GetObject, with the engine's S3 Encryption Client v2 helpers.
 */
import type { Outcome, RequestInput, Result } from '../engine/index.ts';
import { fromBase64 } from '../engine/index.ts';
import type { ClientSideWrapping, EnginePort, World } from './engine-port.ts';
import type { ClientSideDraft } from './request-draft.ts';
import type { ClientSideResult } from './slices/types.ts';

type Problem = { code: string; message: string };

/** The client calls KMS as the request's principal, from the request's address. */
const who = (request: RequestInput) => ({
  principal: request.principal ?? 'arn:aws:iam::111122223333:root',
  sourceIp: request.sourceIp ?? '203.0.113.10',
});

export function wrappingFor(draft: ClientSideDraft, world: World): Result<ClientSideWrapping, Problem> {
  if (draft.wrapping === 'aes') {
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
  const keyArn = draft.kmsKeyId.trim() === '' ? undefined : world.keyArn(draft.kmsKeyId.trim());
  if (!keyArn)
    return {
      ok: false,
      error: { code: 'WrappingKey', message: 'Choose a KMS key that exists to wrap the content key.' },
    };
  return { ok: true, value: { kind: 'kms', keyArn } };
}

export async function encryptRequest(
  port: EnginePort,
  world: World,
  draft: ClientSideDraft,
  request: RequestInput,
): Promise<Result<RequestInput, Problem>> {
  if (!port.encryptClientSide)
    return {
      ok: false,
      error: { code: 'Missing', message: 'Client-side encryption is not in this build yet.' },
    };
  const wrapping = wrappingFor(draft, world);
  if (!wrapping.ok) return wrapping;
  const plaintext = request.body instanceof Uint8Array ? copy(request.body) : new Uint8Array(0);
  const sealed = await port.encryptClientSide(world, {
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

export async function decryptResponse(
  port: EnginePort,
  world: World,
  draft: ClientSideDraft,
  request: RequestInput,
  outcome: Outcome,
): Promise<ClientSideResult> {
  const body = outcome.response.body;
  if (!(body instanceof Uint8Array))
    return { direction: 'decrypted', error: 'The response has no object data to decrypt.' };
  if (!port.decryptClientSide)
    return { direction: 'decrypted', error: 'Client-side decryption is not in this build yet.' };
  const wrapping = wrappingFor(draft, world);
  if (!wrapping.ok) return { direction: 'decrypted', error: wrapping.error.message };
  const metadata: Record<string, string> = {};
  for (const [name, value] of Object.entries(outcome.response.headers))
    if (name.startsWith('x-amz-meta-')) metadata[name] = value;
  const opened = await port.decryptClientSide(world, {
    body,
    metadata,
    wrapping: wrapping.value,
    ...who(request),
  });
  if (!opened.ok) return { direction: 'decrypted', error: `${opened.error.code}: ${opened.error.message}` };
  return { direction: 'decrypted', plaintext: describeBytes(opened.value) };
}

function describeBytes(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return text.includes('\uFFFD') ? `${bytes.length} bytes (binary)` : text;
}

function copy(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(bytes.length);
  out.set(bytes);
  return out;
}
