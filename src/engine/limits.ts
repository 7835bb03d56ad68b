/**
 * The simulator's own limits, each checked before the work it guards (issue 12, "limits before
 * work"). Real S3 accepts far larger bodies; the simulator keeps every byte in memory, in a browser
 * tab, so it stops earlier and says which limit it hit (docs/differences.md).
 */

export const MIB = 1024 * 1024;

/** One request's body, after a `{repeat,times}` or base64 body is expanded (S3: 5 GiB per PUT). */
export const MAX_REQUEST_BODY_BYTES = 64 * MIB;

/** KMS calls the account's audit log keeps (the newest); older ones are counted, not kept. */
export const MAX_AUDIT_EVENTS = 1000;

/** All objects of a set-up together (they are encrypted while the world is built). */
export const MAX_SETUP_OBJECT_BYTES = 16 * MIB;

export const formatBytes = (bytes: number): string =>
  bytes >= MIB
    ? `${(bytes / MIB).toLocaleString('en-US', { maximumFractionDigits: 1 })} MiB`
    : `${bytes.toLocaleString('en-US')} bytes`;

/** UTF-8 length of a string without encoding it (so a huge string costs no allocation). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
