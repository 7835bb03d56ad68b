/**
 * Lesson and deck addresses (issue 8, "links navigate, in every tab"):
 * `#lesson=<id>&step=<n>` while a lesson is open, `&deck=<id>,<id>…&title=…` after it inside a deck,
 * and `#deck=<id>,<id>…` to open a deck at its first lesson. `&present` ends the address while
 * presenter mode is on: a reload in front of the room keeps it, and a trainer's link can start in
 * it. Steps are numbered from 1 here, as on screen; the store counts from 0.
 */

export interface LessonAddress {
  /** The lesson to show; absent for a bare deck link (its first lesson). */
  lesson?: string;
  /** 1-based; absent when the link names none. */
  step?: number;
  deck?: string[];
  title?: string;
  /** Presenter mode; an address without it leaves the mode as it is. */
  present?: true;
}

const ID = /^[a-z0-9-]+$/;
/** A deck is a session's worth of lessons, not an unbounded list. */
/** Lesson ids are short slugs; a longer one in a link is refused before any look-up. */
export const MAX_LESSON_ID_LENGTH = 64;
export const MAX_DECK = 50;
const MAX_TITLE = 120;

export type ReadAddress = { ok: true; address: LessonAddress | null } | { ok: false; message: string };

/** `null` when the fragment is not a lesson or deck address (a share link, or nothing). */
export function readLessonAddress(hash: string): ReadAddress {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const lesson = params.get('lesson');
  const deck = params.get('deck');
  if (lesson === null && deck === null) return { ok: true, address: null };
  const address: LessonAddress = {};
  if (lesson !== null) {
    if (lesson.length > MAX_LESSON_ID_LENGTH)
      return {
        ok: false,
        message: `The lesson id in this link is ${lesson.length.toLocaleString('en-US')} characters long; lesson ids have at most ${MAX_LESSON_ID_LENGTH}.`,
      };
    if (!ID.test(lesson)) return { ok: false, message: `"${lesson.slice(0, 60)}" is not a lesson id.` };
    address.lesson = lesson;
  }
  const step = params.get('step');
  if (step !== null && /^[1-9][0-9]{0,3}$/.test(step)) address.step = Number(step);
  if (deck !== null) {
    const ids = deck.split(',').filter((id) => id !== '');
    if (ids.length === 0) return { ok: false, message: 'This deck link names no lesson.' };
    if (ids.length > MAX_DECK) return { ok: false, message: `A deck holds at most ${MAX_DECK} lessons.` };
    const bad = ids.find((id) => !ID.test(id));
    if (bad !== undefined) return { ok: false, message: `"${bad.slice(0, 60)}" is not a lesson id.` };
    address.deck = ids;
    const title = params.get('title');
    if (title !== null && title.trim() !== '') address.title = title.trim().slice(0, MAX_TITLE);
  }
  if (params.has('present')) address.present = true;
  return { ok: true, address };
}

/** The address of a lesson at a step (1-based), inside a deck when there is one. */
export function lessonHash(
  lesson: string,
  step: number,
  deck?: { ids: string[]; title?: string } | null,
  present = false,
): string {
  const params = new URLSearchParams({ lesson, step: String(step) });
  if (deck) {
    params.set('deck', deck.ids.join(','));
    if (deck.title) params.set('title', deck.title);
  }
  // URLSearchParams writes commas as %2C; a deck link reads better with them as they are.
  return `#${params.toString().replace(/%2C/gi, ',')}${present ? '&present' : ''}`;
}

/** A deck link, for "Make a deck". */
export function deckHash(ids: string[], title?: string): string {
  const params = new URLSearchParams({ deck: ids.join(',') });
  if (title?.trim()) params.set('title', title.trim());
  return `#${params.toString().replace(/%2C/gi, ',')}`;
}
