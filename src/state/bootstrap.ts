/**
 * Start-up: the store from the link, the lesson, the saved work or the defaults (in that order),
 * then the world built from it, then the persistence subscribers. Location and storage are injected.
 */
import type { Scenario } from '../engine/index.ts';
import { baselineFor } from './baseline.ts';
import { persistWorkspace, STALE_ADDRESS_KEY, STORAGE_KEY } from './persistence.ts';
import type { Workspace } from './share-dto.ts';
import { readStart } from './share-link.ts';
import type { SavedStore } from './storage/index.ts';
import { createPlaygroundStore, type PlaygroundStore, type StoreInit } from './store.ts';
import { PREFS_KEY, persistPrefs, readPrefs } from './ui-prefs.ts';

export interface BootEnvironment {
  hash: string;
  /** The guarded storage (storage/local.ts): it never throws, and says when it is blocked. */
  storage: SavedStore;
  replaceHash(hash: string): void;
  currentHash(): string;
  lessonById(id: string): Scenario | undefined;
  /** Calls the listener when the page is hidden or left (so a pending save is written); returns a remover. */
  onLeave(listener: () => void): () => void;
  prefersDark: boolean;
}

export interface Boot {
  store: PlaygroundStore;
  /** Builds the world (and opens the lesson); resolves when the page is ready to send requests. */
  ready: Promise<void>;
  /** Starts saving the workspace (localStorage, address bar); returns the function that stops it. */
  persist(): () => void;
}

/** Said once, at start-up: with site data blocked the page works, but nothing outlives it. */
export const storageBlockedNotice = (reason: string) =>
  `This browser does not let the playground save data (${reason}). Everything works, but your work lasts only until this page is closed; a share link still carries it.`;

export const storageFailedNotice = (reason: string) =>
  `Saving in this browser stopped working (${reason}). Your work stays in this page and in its link.`;

export function bootPlayground(env: BootEnvironment, extra: Pick<StoreInit, 'engine'>): Boot {
  const baselineOf = (lesson?: string) =>
    baselineFor(lesson === undefined ? undefined : env.lessonById(lesson));
  const { start, problem } = readStart(
    env.hash,
    env.storage.read(STORAGE_KEY),
    baselineOf,
    env.storage.read(STALE_ADDRESS_KEY),
  );
  const workspace: Workspace | undefined =
    start.kind === 'link' || start.kind === 'saved' ? start.workspace : undefined;
  const store = createPlaygroundStore({
    ...extra,
    ...readPrefs(env.storage.read(PREFS_KEY), {
      theme: env.prefersDark ? 'dark' : 'light',
      largeText: false,
    }),
    ...(workspace
      ? {
          policyText: workspace.policyText,
          setup: workspace.setup,
          draft: workspace.draft,
          ...(workspace.pins ? { pins: workspace.pins } : {}),
        }
      : {}),
  });
  const lessonId = start.kind === 'lesson' ? start.lessonId : workspace?.lesson;
  const lesson = lessonId === undefined ? undefined : env.lessonById(lessonId);
  const notice =
    problem ??
    (lessonId !== undefined && lesson === undefined
      ? `There is no lesson "${lessonId}"; the playground opened without it.`
      : undefined);
  if (notice) store.getState().setLoadNotice({ kind: 'error', message: notice });
  if (env.storage.status.kind === 'blocked')
    store.getState().setStorageNotice(storageBlockedNotice(env.storage.status.reason));
  const ready = (async () => {
    if (lesson) {
      await store.getState().openLesson(lesson);
      // A link made inside a lesson carries the changes made since; they win over the lesson's own.
      if (workspace) {
        store.getState().setPolicyText(workspace.policyText);
        store.setState({ draft: workspace.draft });
        if (JSON.stringify(workspace.setup) !== JSON.stringify(lesson.setup ?? {}))
          await store.getState().loadWorld(workspace.setup);
      }
    } else await store.getState().loadWorld(store.getState().setup);
  })();
  const persist = () => {
    const persistence = persistWorkspace(store, {
      storage: env.storage,
      replaceHash: env.replaceHash,
      currentHash: env.currentHash,
      baseline: () => baselineFor(store.getState().lesson?.scenario),
      lessonId: () => store.getState().lesson?.scenario.id,
    });
    const removeLeave = env.onLeave(persistence.flush);
    const stopPrefs = persistPrefs(store, env.storage);
    const stopFailures = env.storage.onWriteFailure((reason) =>
      store.getState().setStorageNotice(storageFailedNotice(reason)),
    );
    return () => {
      stopFailures();
      removeLeave();
      stopPrefs();
      persistence.stop();
    };
  };
  return { store, ready, persist };
}
