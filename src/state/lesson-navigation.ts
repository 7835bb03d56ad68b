/**
 * The address bar and the open lesson follow each other (issue 8, "links navigate, in every tab"):
 * a lesson or deck address opens it, on the first load and whenever the fragment changes in a tab
 * already open (a pasted link, Back, Forward); each step or lesson the trainer moves to becomes a
 * history entry, so Back and Forward step through the session.
 */
import type { Scenario } from '../engine/index.ts';
import { lessonHash, readLessonAddress } from './lesson-address.ts';
import type { LessonFile } from './slices/types.ts';
import type { PlaygroundState, PlaygroundStore } from './store.ts';

export interface AddressBar {
  currentHash(): string;
  /** A new history entry (`''`: the page without a fragment). */
  pushHash(hash: string): void;
  replaceHash(hash: string): void;
  /**
   * Calls the listener with the fragment each change from outside was for (hashchange's `newURL`,
   * popstate's address then); returns a remover. Not the address when the listener runs: the page
   * may have rewritten it in between (persistence.ts), and a pasted lesson link read as the
   * rewritten address would close the lesson it had just opened.
   */
  onChange(listener: (hash: string) => void): () => void;
}

export type LessonLookup = (id: string) => Scenario | undefined;

/** The address the store's state asks for: the open lesson at its step, or none (the user's work). */
export function addressOf(store: PlaygroundStore): string | null {
  const { lesson, deck, presenter } = store.getState();
  if (!lesson) return null;
  return lessonHash(lesson.scenario.id, lesson.current + 1, deck, presenter);
}

export interface NavigationHooks {
  /** Opens a `#s=` share link's workspace in the page (open-link.ts). */
  openLink?(payload: string): Promise<void>;
  /** After the page's first address opened a lesson: brings back its progress (lesson-resume.ts). */
  resume?(scenario: Scenario): Promise<void>;
  /** The file a lesson the lookup found came from, when it is a kept file lesson (lesson-file-keeping.ts). */
  fileOf?(scenario: Scenario): LessonFile | undefined;
}

/**
 * Opens what the fragment names; a fragment that names no lesson while one is open closes it, and
 * a `#s=` link (pasted into the open tab) opens its workspace.
 */
export async function navigate(
  store: PlaygroundStore,
  hash: string,
  lessonById: LessonLookup,
  hooks: NavigationHooks = {},
): Promise<void> {
  const state = store.getState();
  const read = readLessonAddress(hash);
  if (!read.ok) {
    state.openGallery(read.message);
    return;
  }
  const address = read.address;
  if (address === null) {
    if (state.lesson) state.closeLesson();
    const shared = new URLSearchParams(hash.replace(/^#/, '')).get('s');
    if (shared !== null) await hooks.openLink?.(shared);
    return;
  }
  const open = state.lesson;
  // A lesson opened from a file is known by its id while it is open (Back and Forward inside it).
  const find = (id: string) =>
    open?.scenario.id === id && open.origin === 'file' ? open.scenario : lessonById(id);
  const unknown = (address.deck ?? []).filter((id) => find(id) === undefined);
  if (unknown.length > 0) {
    state.openGallery(`This deck names lessons that do not exist: ${unknown.join(', ')}.`);
    return;
  }
  const id = address.lesson ?? address.deck?.[0];
  const scenario = id === undefined ? undefined : find(id);
  if (id === undefined || scenario === undefined) {
    state.openGallery(`There is no lesson "${id}". Pick one below.`);
    return;
  }
  const step = (address.step ?? 1) - 1;
  state.closeGallery();
  if (open?.scenario.id === id) {
    // The step on screen is no move: a browser's second event for one change (popstate and
    // hashchange), or the address the page itself wrote, must not run it.
    const wanted = Math.min(step, scenario.steps.length - 1);
    if (wanted !== open.current) await state.goToStep(wanted);
  } else {
    const file = hooks.fileOf?.(scenario);
    await state.openLesson(scenario, {
      step: Math.min(step, scenario.steps.length - 1),
      ...(file ? { file } : {}),
    });
    await hooks.resume?.(scenario);
  }
  store.getState().setDeck(address.deck ? { ids: address.deck, title: address.title } : null);
  if (address.present) store.getState().setPresenter(true);
}

/**
 * Keeps the address on the lesson and the lesson on the address. `start` follows the address the
 * page opened with (once the user's own world is ready); `listen` follows later changes both ways.
 */
export function followLessonAddress(
  store: PlaygroundStore,
  bar: AddressBar,
  loadLessons: () => Promise<LessonLookup>,
  hooks: NavigationHooks = {},
): { start(hash: string): Promise<void>; listen(): () => void } {
  let navigating = 0;
  // Progress comes back only for the lesson the page opened with (a reload), not on Back or Forward.
  const { resume, ...later } = hooks;
  const go = async (hash: string, first = false) => {
    navigating++;
    try {
      // The catalog is its own chunk: fetched the first time an address names a lesson.
      let lessonById: LessonLookup = () => undefined;
      if (readLessonAddress(hash).ok) {
        try {
          lessonById = await loadLessons();
        } catch {
          // Without the catalog every id reads as unknown: the gallery says so.
        }
      }
      await navigate(store, hash, lessonById, first ? hooks : later);
    } finally {
      navigating--;
    }
    // The address now names exactly where navigation landed (a step clamped, a deck's first lesson).
    const wanted = addressOf(store);
    if (wanted !== null && wanted !== bar.currentHash()) bar.replaceHash(wanted);
  };
  // One navigation at a time, in order: Back fires both popstate and hashchange, and a second
  // event for an address already reached has nothing left to do.
  let queue = Promise.resolve();
  const request = (hash: string, first = false) => {
    queue = queue
      .then(() => (addressOf(store) === hash ? undefined : go(hash, first)))
      .catch(() => undefined);
    return queue;
  };
  const follow = (state: PlaygroundState, previous: PlaygroundState) => {
    if (navigating > 0) return;
    const was = previous.lesson;
    const now = state.lesson;
    const toggled = state.presenter !== previous.presenter;
    if (was === now && state.deck === previous.deck && !toggled) return;
    const read = readLessonAddress(bar.currentHash());
    if (!now) {
      // Closing a lesson is a step back to the user's work: Back reopens the lesson.
      if (was && read.ok && read.address !== null) bar.pushHash('');
      return;
    }
    const wanted = addressOf(store);
    if (wanted === null || wanted === bar.currentHash()) return;
    // A link that named no step yet (just opened) becomes the step's address in place, and so
    // does presenter mode switched on or off: it is no move in the session.
    const fresh = read.ok && read.address !== null && read.address.step === undefined;
    if (fresh || (toggled && was === now)) bar.replaceHash(wanted);
    else bar.pushHash(wanted);
  };
  return {
    start: async (hash) => {
      const read = readLessonAddress(hash);
      if (!read.ok || read.address !== null) await request(hash, resume !== undefined);
    },
    listen: () => {
      const unsubscribe = store.subscribe(follow);
      const removeListener = bar.onChange((hash) => void request(hash));
      return () => {
        unsubscribe();
        removeListener();
      };
    },
  };
}
