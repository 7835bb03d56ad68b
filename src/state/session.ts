/** The requests sent to the current world since it was built, for "Save as lesson". */
import type { Outcome, RequestInput } from '../engine/index.ts';

export interface SessionEntry {
  request: RequestInput;
  outcome: Outcome;
}

/** A session longer than this is not a lesson anyone presents; older requests are dropped first. */
export const SESSION_LIMIT = 200;
