/**
 * Share links and the start-up precedence: a `#s=` link, then the workspace saved in localStorage,
 * then the defaults (a `#lesson=` or `#deck=` link opens over it, see lesson-navigation.ts). Every failure is a message, never an exception.
 */
import type { Result } from '../engine/index.ts';
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
  | { kind: 'saved'; workspace: Workspace }
  | { kind: 'default' };

export interface Start {
  start: StartPoint;
  /** A link or saved workspace that could not be read: shown to the user, never thrown. */
  problem?: string;
}

/**
 * `staleAddress` is the address the page had when the work was last saved: opening with exactly that
 * address is a reload that outran the address update, so the saved work (newer) wins over it.
 */
export function readStart(
  hash: string,
  saved: string | null,
  baselineOf: (lesson?: string) => Baseline,
  staleAddress: string | null = null,
): Start {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const shared = params.get('s');
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
  // A lesson or deck link opens over the user's own work (lesson-navigation.ts), which loads first.
  return fallback;
}

function readSaved(saved: string | null, baselineOf: (lesson?: string) => Baseline): Start {
  if (saved === null) return { start: { kind: 'default' } };
  let value: unknown;
  try {
    value = JSON.parse(saved);
  } catch {
    return {
      start: { kind: 'default' },
      problem: 'The work saved in this browser could not be read; the defaults are shown.',
    };
  }
  const read = fromDto(value, baselineOf);
  if (read.ok) return { start: { kind: 'saved', workspace: read.value } };
  return {
    start: { kind: 'default' },
    problem: `The work saved in this browser could not be read (${read.error}); the defaults are shown.`,
  };
}
