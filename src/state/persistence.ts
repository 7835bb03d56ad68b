/**
 * Side effects as subscribers: the workspace is saved to browser storage (keys only with
 * "include keys") and the address bar's `#s=` follows it, both debounced.
 */

import { codecIfLoaded, loadCodec } from './codec-loader.ts';
import type { Baseline, Workspace } from './share-dto.ts';
import { toDto } from './share-dto.ts';
import type { SavedStore } from './storage/index.ts';
import type { PlaygroundState, PlaygroundStore } from './store.ts';
import { rememberTabAddresses } from './tab-addresses.ts';

export const STORAGE_KEY = 's3-encryption-playground:workspace';
/**
 * The address the page had when the work was last saved. A reload can start before the debounced
 * address update: the page then opens with that stale address, and the saved work is newer.
 */
export const STALE_ADDRESS_KEY = 's3-encryption-playground:stale-address';

export interface PersistTargets {
  storage: Pick<SavedStore, 'write'>;
  /** Tells the other tabs a change of this tab's was saved (storage/tab-saves.ts). */
  announce?: () => void;
  /** The tab's sessionStorage, where the addresses shown for the saved work are kept (tab-addresses.ts). */
  tabStorage?: Pick<SavedStore, 'read' | 'write'>;
  /** Replaces the address bar's fragment without a history entry. */
  replaceHash(hash: string): void;
  currentHash(): string;
  baseline(): Baseline;
  lessonId(): string | undefined;
}

/** The user's own work: while a lesson is open, the workspace it put aside (never the lesson's). */
export const workspaceOf = (state: PlaygroundState, lesson: string | undefined): Workspace => {
  const own = state.stash ?? state;
  return {
    ...(lesson ? { lesson } : {}),
    policyText: own.policyText ?? state.policyText,
    setup: own.setup ?? state.setup,
    draft: own.draft ?? state.draft,
    ...(state.pins.length > 0 ? { pins: state.pins } : {}),
  };
};

export interface Persistence {
  /** Writes a pending change now (the page is being left or reloaded). */
  flush(): void;
  stop(): void;
}

export function persistWorkspace(
  store: PlaygroundStore,
  targets: PersistTargets,
  delayMs = 400,
): Persistence {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** A write waits for the codec: later changes join it instead of queueing writes of their own. */
  let waitingForCodec = false;
  let stopped = false;
  /** The work this page last saved (undefined before its first write). */
  let written: string | undefined;
  /** "Keep this as my work": this page's work becomes the saved work, news to the other tabs. */
  let kept = false;
  /** `leaving`: the page is going away before the address bar could follow the last change. */
  const write = (leaving = false) => {
    timer = undefined;
    const state = store.getState();
    // While a lesson is open the address is the lesson's (lesson-address.ts) and the saved work is
    // the user's own, put aside: a reload reopens the lesson over it.
    const inLesson = state.lesson !== null;
    const workspace = workspaceOf(state, inLesson ? undefined : targets.lessonId());
    const baseline = targets.baseline();
    const dto = toDto(workspace, baseline, state.includeKeys);
    // Storage full or blocked: the write is refused quietly (the guard reports it once) and the
    // work stays in the page and in the link.
    // A link opened beside the saved work leaves that work as it is (share-link.ts).
    const text = JSON.stringify(dto);
    const ownSaved = !state.besideSaved && targets.storage.write(STORAGE_KEY, text);
    if (ownSaved) targets.storage.write(STALE_ADDRESS_KEY, leaving && !inLesson ? targets.currentHash() : '');
    // The first write saves the work the page opened with; a write of the same text changes nothing.
    if (ownSaved && (kept || (written !== undefined && text !== written))) targets.announce?.();
    if (ownSaved) {
      written = text;
      kept = false;
    }
    if (inLesson) return;
    // The address shown until now is an older one of the work just saved: a reload that outruns the
    // update below still loads it (tab-addresses.ts).
    if (ownSaved) rememberTabAddresses(targets.tabStorage, targets.currentHash());
    // The address follows once the codec is in (codec-loader.ts): a change made before that is
    // written again when it arrives. Leaving before it, the address stays as it was, and the
    // saved work (written above) wins over it at the next start (STALE_ADDRESS_KEY).
    const codec = codecIfLoaded();
    if (!codec) {
      if (leaving || waitingForCodec) return;
      waitingForCodec = true;
      // The write when it arrives reads the state of that moment, so one write covers every change
      // made while waiting. Without the codec the address keeps what it showed; the work is saved.
      void loadCodec().then(
        () => {
          waitingForCodec = false;
          if (!stopped) write();
        },
        () => {
          waitingForCodec = false;
        },
      );
      return;
    }
    // Nothing differs from the defaults: a clean address.
    const address = Object.keys(dto).length === 1 ? '' : `#s=${codec.packJson(dto)}`;
    if (ownSaved) rememberTabAddresses(targets.tabStorage, address);
    targets.replaceHash(address);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    const changed =
      state.policyText !== previous.policyText ||
      state.setup !== previous.setup ||
      state.draft !== previous.draft ||
      state.pins !== previous.pins ||
      state.includeKeys !== previous.includeKeys ||
      state.lesson?.scenario !== previous.lesson?.scenario ||
      state.besideSaved !== previous.besideSaved;
    if (!changed) return;
    if (previous.besideSaved && !state.besideSaved) kept = true;
    clearTimeout(timer);
    timer = setTimeout(() => write(), delayMs);
  });
  // The address bar shows the work the page opened with (saved work, a lesson) from the start.
  timer = setTimeout(() => write(), delayMs);
  // Failing here is said nowhere: the address keeps what it showed and the work is still saved.
  void loadCodec().catch(() => undefined);
  return {
    flush: () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      write(true);
    },
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      unsubscribe();
    },
  };
}
