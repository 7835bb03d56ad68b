/** `#s=` payloads: base64url(deflate(UTF-8 JSON)), with failures as values. */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { Result } from '../engine/index.ts';

export function packJson(value: unknown): string {
  const bytes = deflateSync(strToU8(JSON.stringify(value)), { level: 9 });
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export function unpackJson(text: string): Result<unknown, string> {
  if (!/^[A-Za-z0-9_-]*$/.test(text))
    return { ok: false, error: 'the link is not base64url text (was it cut or changed?)' };
  let bytes: Uint8Array;
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return { ok: false, error: 'the link is not base64url text (was it cut or changed?)' };
  }
  let json: string;
  try {
    json = strFromU8(inflateSync(bytes));
  } catch {
    return { ok: false, error: 'the link data does not decompress (was it cut short?)' };
  }
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch {
    return { ok: false, error: 'the link data is not JSON' };
  }
}
