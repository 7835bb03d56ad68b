/**
 * `#s=` payloads: base64url(deflate(UTF-8 JSON)), then "." and a checksum of those characters
 * (issue 12, "link integrity"). Links made before the checksum (no ".") still open, marked
 * unchecked. Inflating stops at MAX_LINK_JSON_BYTES of output, so a small hostile link cannot
 * expand into gigabytes. Failures are values.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';
import type { Result } from '../engine/index.ts';

/** The largest JSON a link may expand to (a workspace with a long policy is well under 100 KB). */
export const MAX_LINK_JSON_BYTES = 2 * 1024 * 1024;
/** Base64url of more than this many characters cannot be a link this app made (deflate never grows much). */
const MAX_LINK_CHARS = Math.ceil((MAX_LINK_JSON_BYTES * 4) / 3) + 1024;
/** Input fed to the inflater per step: one step can produce at most ~1,032 times its input. */
const INFLATE_STEP = 1024;

export type LinkProblem =
  | { kind: 'damaged'; message: string }
  | { kind: 'too-large'; message: string }
  | { kind: 'unreadable'; message: string };

export interface Unpacked {
  value: unknown;
  /** False for a link made before links carried a checksum: it could not be checked. */
  checked: boolean;
}

const toBase64url = (bytes: Uint8Array) => {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
};

/** 48 bits of SHA-256 over the payload characters: a changed or cut link fails it. */
const checksumOf = (payload: string) => toBase64url(sha256(strToU8(payload)).subarray(0, 6));

export function packJson(value: unknown): string {
  const payload = toBase64url(deflateSync(strToU8(JSON.stringify(value)), { level: 9 }));
  return `${payload}.${checksumOf(payload)}`;
}

const damaged = (why: string): Result<never, LinkProblem> => ({
  ok: false,
  error: { kind: 'damaged', message: `the link is damaged (${why}): it was cut or changed on the way` },
});

export function unpackLink(text: string): Result<Unpacked, LinkProblem> {
  if (text.length > MAX_LINK_CHARS)
    return {
      ok: false,
      error: {
        kind: 'too-large',
        message: `the link holds ${text.length.toLocaleString('en-US')} characters, more than a link of at most ${MAX_LINK_JSON_BYTES / 1024 / 1024} MiB of data can`,
      },
    };
  const dot = text.indexOf('.');
  const payload = dot < 0 ? text : text.slice(0, dot);
  const checked = dot >= 0;
  if (checked && text.slice(dot + 1) !== checksumOf(payload)) return damaged('its checksum does not match');
  if (!/^[A-Za-z0-9_-]*$/.test(payload))
    return checked
      ? damaged('it is not base64url text')
      : {
          ok: false,
          error: { kind: 'unreadable', message: 'the link is not base64url text (was it cut or changed?)' },
        };
  let bytes: Uint8Array;
  try {
    const binary = atob(payload.replaceAll('-', '+').replaceAll('_', '/'));
    bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  } catch {
    return {
      ok: false,
      error: { kind: 'unreadable', message: 'the link is not base64url text (was it cut or changed?)' },
    };
  }
  const inflated = inflateCapped(bytes, MAX_LINK_JSON_BYTES);
  if (!inflated.ok) return inflated;
  try {
    return { ok: true, value: { value: JSON.parse(strFromU8(inflated.value)), checked } };
  } catch {
    return { ok: false, error: { kind: 'unreadable', message: 'the link data is not JSON' } };
  }
}

/** Inflates step by step and stops as soon as the output passes `cap` bytes. */
export function inflateCapped(bytes: Uint8Array, cap: number): Result<Uint8Array, LinkProblem> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > cap) over = true;
    else chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let at = 0; at < bytes.length && !over; at += INFLATE_STEP) {
      const end = Math.min(bytes.length, at + INFLATE_STEP);
      inflater.push(bytes.subarray(at, end), end === bytes.length);
    }
    if (bytes.length === 0) inflater.push(bytes, true);
  } catch {
    return {
      ok: false,
      error: { kind: 'unreadable', message: 'the link data does not decompress (was it cut short?)' },
    };
  }
  if (over)
    return {
      ok: false,
      error: {
        kind: 'too-large',
        message: `the link expands to more than ${cap / 1024 / 1024} MiB (the limit for a link's data), so it was not opened`,
      },
    };
  if (!ended)
    return {
      ok: false,
      error: { kind: 'unreadable', message: 'the link data does not decompress (was it cut short?)' },
    };
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return { ok: true, value: out };
}

/** The JSON of a link, or why it cannot be read (for callers that need no checksum status). */
export function unpackJson(text: string): Result<unknown, string> {
  const unpacked = unpackLink(text);
  return unpacked.ok
    ? { ok: true, value: unpacked.value.value }
    : { ok: false, error: unpacked.error.message };
}
