/** Byte formatting for the results panels: hex dumps, sizes, and "text or binary?" for object data. */
import { leadingBytes, type ObjectData } from '../../../engine/index.ts';

/** Lower-case hex, bytes separated by spaces; beyond `limit` bytes an ellipsis says how many were left out. */
export function hexDump(bytes: ObjectData, limit = Number.POSITIVE_INFINITY): string {
  const shown = leadingBytes(bytes, limit);
  const hex = Array.from(shown, (byte) => byte.toString(16).padStart(2, '0')).join(' ');
  const hidden = bytes.length - shown.length;
  return hidden > 0 ? `${hex} … (+${hidden.toLocaleString('en-US')} bytes)` : hex;
}

/** "0 bytes", "1 byte", "1,023 bytes", "1.5 KiB", "2.0 MiB". */
export function formatByteSize(size: number): string {
  if (size < 1024) return `${size.toLocaleString('en-US')} ${size === 1 ? 'byte' : 'bytes'}`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KiB`;
  return `${(size / (1024 * 1024)).toFixed(1)} MiB`;
}

export type BodyDisplay = { kind: 'text'; text: string } | { kind: 'binary'; hex: string };

/** Control characters other than tab (9), line feed (10) and carriage return (13) mark data as binary. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127) return true;
  }
  return false;
}

/** Object data shown as text is cut here: decoding and drawing 50 MiB would hold up the page. */
export const TEXT_PREVIEW_BYTES = 64 * 1024;

/**
 * Object data as UTF-8 text when it is text (its first `TEXT_PREVIEW_BYTES`, saying how many
 * more there are), otherwise as hex (the first `hexLimit` bytes).
 */
export function displayBody(bytes: ObjectData, hexLimit = 4096): BodyDisplay {
  const cut = bytes.length > TEXT_PREVIEW_BYTES;
  try {
    // `stream` keeps a character split at the cut out of the preview instead of calling it invalid.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(leadingBytes(bytes, TEXT_PREVIEW_BYTES), {
      stream: cut,
    });
    if (!hasControlCharacter(text))
      return {
        kind: 'text',
        text: cut ? `${text}… (+${(bytes.length - TEXT_PREVIEW_BYTES).toLocaleString('en-US')} bytes)` : text,
      };
  } catch {
    // Not UTF-8: show hex.
  }
  return { kind: 'binary', hex: hexDump(bytes, hexLimit) };
}

/**
 * A hex string as the engine writes bytes into snapshots and trace data ("0aff…"), spaced per byte
 * and cut after `limit` bytes. Text that is not hex comes back unchanged.
 */
export function spacedHex(hex: string, limit = Number.POSITIVE_INFINITY): string {
  if (!/^(?:[0-9a-fA-F]{2})*$/.test(hex)) return hex;
  const pairs = hex.match(/../g) ?? [];
  const shown = pairs.slice(0, limit).join(' ').toLowerCase();
  return pairs.length > limit ? `${shown} … (+${pairs.length - limit} bytes)` : shown;
}
