/**
 * Object data as the scenario format writes it (spec/scenario-format.md "Request.body"): UTF-8
 * text, a repeated string, base64 bytes, or a JSON object (the input of bucket-level and KMS
 * operations, sent as its JSON text when an operation wants bytes).
 */
import type { BodySpec } from './types.ts';

const encoder = new TextEncoder();

export function bodyToBytes(body: BodySpec): Uint8Array<ArrayBuffer> {
  if (typeof body === 'string') return copyOf(encoder.encode(body));
  if (isRepeat(body)) return repeatBytes(encoder.encode(body.repeat), body.times);
  if (isBase64(body)) return base64ToBytes(body.base64) ?? new Uint8Array(0);
  return copyOf(encoder.encode(JSON.stringify(body)));
}

export function isRepeat(body: BodySpec): body is { repeat: string; times: number } {
  if (typeof body !== 'object' || !('repeat' in body) || !('times' in body)) return false;
  return typeof body.repeat === 'string' && typeof body.times === 'number';
}

export function isBase64(body: BodySpec): body is { base64: string } {
  if (typeof body !== 'object' || !('base64' in body)) return false;
  return typeof body.base64 === 'string' && Object.keys(body).length === 1;
}

function repeatBytes(unit: Uint8Array, times: number): Uint8Array<ArrayBuffer> {
  const count = Number.isSafeInteger(times) && times > 0 ? times : 0;
  const out = new Uint8Array(unit.length * count);
  for (let i = 0; i < count; i++) out.set(unit, i * unit.length);
  return out;
}

function copyOf(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(bytes.length);
  out.set(bytes);
  return out;
}

const BASE64_PATTERN = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Strict base64 (padding required, no whitespace); undefined when the text is not base64. */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!BASE64_PATTERN.test(text)) return undefined;
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export function bytesToHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
