/**
 * "Copy as AWS CLI" and "Copy as curl" put an SSE-C key into the clipboard, and from there into
 * shell history, chat and tickets. Anyone with the key can read every object written with it, so
 * the copy asks first (issue 12, "warn on key exports").
 */
import { type HeaderRow, isSecretHeader } from '../../state/request-draft.ts';

export function keyExportWarning(headers: readonly HeaderRow[]): string | null {
  const keys = headers.filter((h) => isSecretHeader(h.name) && h.value.trim() !== '');
  if (keys.length === 0) return null;
  const names = keys.map((h) => h.name.trim()).join(' and ');
  return `This command contains an SSE-C key (${names}). Anyone who sees the command can read every object encrypted with that key: keep it out of shell history, chats and tickets.`;
}
