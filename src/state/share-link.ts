/**
 * Share links and the start-up precedence: a `#s=` link, then `#lesson=<id>`, then the workspace
 * saved in localStorage, then the defaults. Every failure is a message, never an exception.
 */
import type { Result } from '../engine/index.ts';
import { rescueNotice, rescueSaved } from './saved-rescue.ts';
import { packJson, unpackJson } from './share-codec.ts';
import { type Baseline, fromDto, toDto, type Workspace } from './share-dto.ts';

export function shareHash(workspace: Workspace, baseline: Baseline, includeKeys: boolean): string {
  return `#s=${packJson(toDto(workspace, baseline, includeKeys))}`;
}

export function decodeShareLink(
  payload: string,
  baselineOf: (lesson?: string) => Baseline,
): Result<Workspace, string> {
  const unpacked = unpackJson(payload);
  if (!unpacked.ok) return { ok: false, error: `This share link cannot be opened: ${unpacked.error}.` };
  const read = fromDto(unpacked.value, baselineOf);
  return read.ok ? read : { ok: false, error: `This share link cannot be opened: ${read.error}.` };
}

export type StartPoint =
  | { kind: 'link'; workspace: Workspace }
  | { kind: 'lesson'; lessonId: string }
  | { kind: 'saved'; workspace: Workspace }
  | { kind: 'default' };

export interface Start {
  start: StartPoint;
  /** A link or saved workspace that could not be read: shown to the user, never thrown. */
  problem?: string;
  /** Saved text that could not be read whole: to keep under the backup key before it is overwritten. */
  backup?: string;
}

/**
 * `staleAddress` is the address the page had when the work was last saved: opening with exactly that
 * address is a reload that outran the address update, so the saved work (newer) wins over it.
 */
/**
 * A link opened while the saved work differs from the defaults and from the link opens beside it
 * (issue 12: opening a link never silently replaces saved work).
 */
export function opensBesideSaved(
  link: Workspace,
  saved: string | null,
  baselineOf: (lesson?: string) => Baseline,
): boolean {
  const own = readSaved(saved, baselineOf);
  if (own.start.kind !== 'saved') return false;
  const baseline = baselineOf();
  const mine = toDto(own.start.workspace, baseline, true);
  return Object.keys(mine).length > 1 && JSON.stringify(mine) !== JSON.stringify(toDto(link, baseline, true));
}

export function readStart(
  hash: string,
  saved: string | null,
  baselineOf: (lesson?: string) => Baseline,
  staleAddress: string | null = null,
): Start {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const shared = params.get('s');
  const lesson = params.get('lesson');
  const fallback = readSaved(saved, baselineOf);
  if (hash !== '' && hash === staleAddress && fallback.start.kind === 'saved') return fallback;
  if (shared !== null) {
    const decoded = decodeShareLink(shared, baselineOf);
    if (decoded.ok) return { start: { kind: 'link', workspace: decoded.value } };
    const instead =
      fallback.start.kind === 'saved'
        ? 'Your saved work is shown instead.'
        : 'The defaults are shown instead.';
    return { ...fallback, problem: `${decoded.error} ${instead}` };
  }
  if (lesson !== null) {
    if (/^[a-z0-9-]+$/.test(lesson)) return { start: { kind: 'lesson', lessonId: lesson } };
    return { ...fallback, problem: `"${lesson}" is not a lesson id.` };
  }
  return fallback;
}

function readSaved(saved: string | null, baselineOf: (lesson?: string) => Baseline): Start {
  if (saved === null) return { start: { kind: 'default' } };
  const rescue = rescueSaved(saved, baselineOf);
  const start: StartPoint = rescue.workspace
    ? { kind: 'saved', workspace: rescue.workspace }
    : { kind: 'default' };
  if (rescue.dropped.length === 0) return { start };
  return { start, problem: rescueNotice(rescue), backup: saved };
}
