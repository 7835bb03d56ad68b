/**
 * The user's own workspace while a lesson borrows the columns (issue 8, "lessons are separate from
 * your own work"). Opening a lesson puts every data field of the store aside, world included: the
 * user's world object stays alive with its objects, versions and KMS keys, untouched, because the
 * lesson gets a world of its own. Closing the lesson puts the fields back exactly as they were.
 *
 * The stash takes every field that is not a function and not the page's own (preferences, notices,
 * the lesson itself), so a field another slice adds to the workspace is kept without a change here.
 */
import type { PlaygroundState } from './slices/types.ts';

export type WorkspaceStash = Partial<PlaygroundState>;

/** Fields that belong to the page or to the lesson, not to the user's workspace. */
const PAGE_FIELDS: ReadonlySet<string> = new Set([
  'theme',
  'largeText',
  'includeKeys',
  'loadNotice',
  'storageNotice',
  'lesson',
  'stash',
  'deck',
  'gallery',
  'presenter',
  'startHere',
  'startHereSeen',
  // The gate's own state: true while any request runs, whichever world it runs on.
  'running',
  'progress',
]);

export function takeStash(state: PlaygroundState): WorkspaceStash {
  const stash: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(state)) {
    if (typeof value === 'function' || PAGE_FIELDS.has(name)) continue;
    stash[name] = value;
  }
  return stash as WorkspaceStash;
}
