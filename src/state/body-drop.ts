/**
 * A file dropped onto the request body: object data goes as the file itself (its handle, read at
 * Send, as the file picker does); a JSON input is read as text into the field. Each is checked
 * against its limit before anything is read (issue 12, limits before work).
 */
import { type BodyKind, formatBytes, MAX_REQUEST_BODY_BYTES, MIB } from '../engine/index.ts';

/**
 * JSON inputs are configuration documents (S3 caps a bucket policy at 20 KB); 1 MiB of text is far
 * beyond any of them and still cheap to show in the field. The playground's own limit.
 */
export const MAX_JSON_INPUT_FILE_BYTES = MIB;

/** Exact, so a file just over a limit does not read as the limit itself. */
const bytes = (size: number) => `${size.toLocaleString('en-US')} bytes`;

export type BodyDrop = { use: 'file' } | { use: 'text' } | { refused: string };

export function bodyDropPlan(kind: BodyKind, name: string, size: number): BodyDrop {
  if (kind === 'bytes')
    return size <= MAX_REQUEST_BODY_BYTES
      ? { use: 'file' }
      : {
          refused: `“${name}” is ${bytes(size)}; the simulator holds bodies in memory and takes at most ${formatBytes(MAX_REQUEST_BODY_BYTES)} per request.`,
        };
  if (kind === 'json')
    return size <= MAX_JSON_INPUT_FILE_BYTES
      ? { use: 'text' }
      : {
          refused: `“${name}” is ${bytes(size)}; an input file here is at most ${formatBytes(MAX_JSON_INPUT_FILE_BYTES)} of JSON.`,
        };
  return { refused: 'This operation sends no body.' };
}

/** Said when the browser could not read the dropped file (a folder, a file removed meanwhile). */
export const unreadableFile = (name: string) =>
  `“${name}” could not be read: drop a file (not a folder) that is still on disk.`;
