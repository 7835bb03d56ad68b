/**
 * Warnings the request builder shows before sending, for the slips users make most (users.md §2, §5).
 * S3 itself decides; the hint only says what is coming and offers the fix. Which operation refuses
 * which SSE header is the engine's operation catalog's answer, the same one the pipeline uses.
 */
import { type Operation, operationInfo, refusedSseHeader, startingHeaders } from '../engine/index.ts';
import type { HeaderRow } from './request-draft.ts';

/** The first SSE header in the draft that the operation answers 400 to, or undefined. */
export function sseHeaderRefusedBy(operation: Operation, headers: HeaderRow[]): string | undefined {
  return refusedSseHeader(
    operation,
    headers.map((h) => h.name),
  );
}

/**
 * When the operation changes to one that refuses the SSE-S3/KMS headers, those headers go: S3
 * knows how a stored object is encrypted, so a GET after an SSE-KMS PUT needs none. SSE-C's
 * headers stay, since reads and parts need the key again. Adding a header by hand still shows
 * S3's 400 (users.md §5). An operation that needs a header to be accepted (GetObjectAttributes)
 * gets it with a value S3 accepts (the engine's `startingHeaders`).
 */
export function headersForOperation(
  operation: Operation,
  headers: HeaderRow[],
  previous?: Operation,
): HeaderRow[] {
  const refused = operationInfo(operation).refusesSseHeaders;
  const start = startingHeaders(operation);
  // The previous operation's starting headers go with it unless the user changed their value.
  const left = previous ? startingHeaders(previous) : {};
  const kept = headers.filter((h) => {
    const name = h.name.trim().toLowerCase();
    if (refused.includes(name)) return false;
    return !(left[name] === h.value && start[name] === undefined);
  });
  const has = new Set(kept.map((h) => h.name.trim().toLowerCase()));
  const added = Object.entries(start)
    .filter(([name]) => !has.has(name))
    .map(([name, value]) => ({ name, value }));
  return added.length > 0 ? [...kept, ...added] : kept;
}
