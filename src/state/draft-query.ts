/**
 * The query fields a draft keeps when its operation changes: only those the new operation takes,
 * as the engine's operation catalog says (`takesQuery`), so an UploadPart's `partNumber` does not
 * ride along into a CompleteMultipartUpload or a ListParts. A field the old operation required and
 * the new one only may take changes its meaning, and is dropped too: UploadPart's `partNumber`
 * names the part being written, GetObject's asks to read only that part (a 206).
 */
import { type Operation, operationInfo } from '../engine/index.ts';
import type { RequestDraft } from './request-draft.ts';

type DraftQuery = RequestDraft['query'];

export function queryTakenBy(from: Operation, to: Operation, query: DraftQuery): DraftQuery {
  const before = operationInfo(from);
  const after = operationInfo(to);
  const kept = { ...query };
  for (const name of Object.keys(kept) as (keyof DraftQuery)[]) {
    const meaningChanges = before.requiredQuery.includes(name) && !after.requiredQuery.includes(name);
    if (!after.takesQuery.includes(name) || meaningChanges) kept[name] = '';
  }
  return kept;
}
