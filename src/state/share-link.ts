/**
 * Share links and the start-up precedence: a `#s=` link, then the workspace saved in the browser,
 * then the defaults (a `#lesson=` or `#deck=` link opens over it, see lesson-navigation.ts). Every failure is a message, never an exception.
 */
import type { Result } from '../engine/index.ts';
import { loadedCodec } from './codec-loader.ts';
import { rescueNotice, rescueSaved } from './saved-rescue.ts';
import { type Baseline, droppedKeyNote, fromDto, toDto, type Workspace } from './share-dto.ts';

export function shareHash(workspace: Workspace, baseline: Baseline, includeKeys: boolean): string {
  return `#s=${loadedCodec().packJson(toDto(workspace, baseline, includeKeys))}`;
}

export interface DecodedLink {
  workspace: Workspace;
  /** Made before links carried a checksum: opened, but nothing could tell a changed one. */
  unchecked: boolean;
}

export function decodeLink(
  payload: string,
  baselineOf: (lesson?: string) => Baseline,
): Result<DecodedLink, string> {
  const unpacked = loadedCodec().unpackLink(payload);
  if (!unpacked.ok)
    return { ok: false, error: `This share link cannot be opened: ${unpacked.error.message}.` };
  const read = fromDto(unpacked.value.value, baselineOf);
  return read.ok
    ? { ok: true, value: { workspace: read.value, unchecked: !unpacked.value.checked } }
    : { ok: false, error: `This share link cannot be opened: ${read.error}.` };
}

export function decodeShareLink(
  payload: string,
  baselineOf: (lesson?: string) => Baseline,
): Result<Workspace, string> {
  const decoded = decodeLink(payload, baselineOf);
  return decoded.ok ? { ok: true, value: decoded.value.workspace } : decoded;
}

/** Said when a link from before checksums opens. */
export const UNCHECKED_LINK_NOTE =
  'This link was made by an earlier version of the playground and carries no checksum, so it opened unchecked: if something looks wrong, ask for a fresh link.';

export type StartPoint =
  | { kind: 'link'; workspace: Workspace }
  | { kind: 'saved'; workspace: Workspace }
  | { kind: 'default' };

export interface Start {
  start: StartPoint;
  /** A link or saved workspace that could not be read: shown to the user, never thrown. */
  problem?: string;
  /** Something to say that is not a problem (a link opened unchecked). */
  note?: string;
  /** Saved text that could not be read whole: to keep under the backup key before it is overwritten. */
  backup?: string;
}

/**
 * A link opened while the saved work differs from the defaults and from the link opens beside it
 * (issue 12: opening a link never silently replaces saved work).
 */
export function opensBesideSaved(
  link: Workspace,
  saved: string | null,
  baselineOf: (lesson?: string) => Baseline,
): boolean {
  const mine = savedDto(saved, baselineOf);
  return mine !== undefined && Object.keys(mine).length > 1 && !sameAs(mine, link, baselineOf);
}

/** The page's own address on a reload: a link that holds exactly the saved work. */
export function isSavedWork(
  link: Workspace,
  saved: string | null,
  baselineOf: (lesson?: string) => Baseline,
): boolean {
  const mine = savedDto(saved, baselineOf);
  return mine !== undefined && sameAs(mine, link, baselineOf);
}

function savedDto(saved: string | null, baselineOf: (lesson?: string) => Baseline) {
  const own = readSaved(saved, baselineOf);
  return own.start.kind === 'saved' ? toDto(own.start.workspace, baselineOf(), true) : undefined;
}

const sameAs = (dto: object, link: Workspace, baselineOf: (lesson?: string) => Baseline) =>
  JSON.stringify(dto) === JSON.stringify(toDto(link, baselineOf(), true));

/**
 * `ownAddresses` are addresses this browser showed for its saved work (tab-addresses.ts): opening
 * with one of them is a reload that outran the address update, so the saved work (newer) wins.
 */
export function readStart(
  hash: string,
  saved: string | null,
  baselineOf: (lesson?: string) => Baseline,
  ownAddresses: readonly string[] = [],
): Start {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const shared = params.get('s');
  const fallback = readSaved(saved, baselineOf);
  if (hash !== '' && ownAddresses.includes(hash) && fallback.start.kind === 'saved') return fallback;
  if (shared !== null) {
    const decoded = decodeLink(shared, baselineOf);
    if (decoded.ok) {
      const notes = [
        decoded.value.unchecked ? UNCHECKED_LINK_NOTE : undefined,
        droppedKeyNote(decoded.value.workspace),
      ].filter((note) => note !== undefined);
      return {
        start: { kind: 'link', workspace: decoded.value.workspace },
        ...(notes.length > 0 ? { note: notes.join(' ') } : {}),
      };
    }
    const instead =
      fallback.start.kind === 'saved'
        ? 'Your saved work is shown instead.'
        : 'The defaults are shown instead.';
    return { ...fallback, problem: `${decoded.error} ${instead}` };
  }
  // A lesson or deck link opens over the user's own work (lesson-navigation.ts), which loads first.
  return fallback;
}

function readSaved(saved: string | null, baselineOf: (lesson?: string) => Baseline): Start {
  if (saved === null) return { start: { kind: 'default' } };
  const rescue = rescueSaved(saved, baselineOf);
  const start: StartPoint = rescue.workspace
    ? { kind: 'saved', workspace: rescue.workspace }
    : { kind: 'default' };
  const note = rescue.workspace ? droppedKeyNote(rescue.workspace) : undefined;
  if (rescue.dropped.length === 0) return { start, ...(note ? { note } : {}) };
  return { start, problem: rescueNotice(rescue), backup: saved };
}
