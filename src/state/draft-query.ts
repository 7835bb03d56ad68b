/**
 * The query fields a draft keeps when its operation changes: only those the new operation takes,
 * as the engine's operation catalog says (`takesQuery`), so an UploadPart's `partNumber` does not
 * ride along into a CompleteMultipartUpload or a ListParts.
 */
import { type Operation, operationInfo } from '../engine/index.ts';
import type { RequestDraft } from './request-draft.ts';

type DraftQuery = RequestDraft['query'];

export function queryTakenBy(operation: Operation, query: DraftQuery): DraftQuery {
  const takes = operationInfo(operation).takesQuery;
  const kept = { ...query };
  for (const name of Object.keys(kept) as (keyof DraftQuery)[]) if (!takes.includes(name)) kept[name] = '';
  return kept;
}
