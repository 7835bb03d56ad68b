/**
 * Start-up: the store from the link, the lesson, the saved work or the defaults (in that order),
 * then the world built from it, then the persistence subscribers. Location and storage are injected.
 */
import type { Scenario } from '../engine/index.ts';
import { baselineFor } from './baseline.ts';
import { readLessonAddress } from './lesson-address.ts';
import { keepOpenFileLesson } from './lesson-file-keeping.ts';
import { followLessonAddress } from './lesson-navigation.ts';
import { progressAsFound, resumeLesson, saveLessonProgress } from './lesson-resume.ts';
import { openShareLink } from './open-link.ts';
import { persistWorkspace, STALE_ADDRESS_KEY, STORAGE_KEY } from './persistence.ts';
import { BACKUP_KEY } from './saved-rescue.ts';
import type { ScenePersistence } from './scene/persist-scene.ts';
import { recordScenes } from './scene/recorder.ts';
import type { Workspace } from './share-dto.ts';
import { isSavedWork, opensBesideSaved, readStart } from './share-link.ts';
import type { LessonFile } from './slices/types.ts';
import {
  type KeyValueDb,
  noTabSaves,
  readKeptFileLesson,
  type SavedStore,
  type TabSaves,
} from './storage/index.ts';
import { createPlaygroundStore, type PlaygroundStore, type StoreInit } from './store.ts';
import { ownAddresses } from './tab-addresses.ts';
import { PREFS_KEY, persistPrefs, readPrefs } from './ui-prefs.ts';

export interface BootEnvironment {
  hash: string;
  /** The guarded storage (storage/browser-storage.ts): it never throws, and says when it is blocked. */
  storage: SavedStore;
  /** The tab's own storage (sessionStorage): the addresses it showed (tab-addresses.ts); none in most tests. */
  tabStorage?: SavedStore;
  /** The other tabs of this browser, told of this tab's saves (storage/tab-saves.ts); none in most tests. */
  tabSaves?: TabSaves;
  /** Where the scene (objects, versions, audit log) is kept across reloads; none in most tests. */
  sceneDb?: Promise<KeyValueDb>;
  replaceHash(hash: string): void;
  currentHash(): string;
  /** A new history entry; absent in tests that do not follow the address. */
  pushHash?(hash: string): void;
  /** Calls the listener with the fragment each change from outside was for (AddressBar.onChange). */
  onAddressChange?(listener: (hash: string) => void): () => void;
  lessonById(id: string): Scenario | undefined;
  /** The lesson catalog, fetched when an address names a lesson (the first load does without it). */
  loadLessons?(): Promise<(id: string) => Scenario | undefined>;
  /** Calls the listener when the page is hidden or left (so a pending save is written); returns a remover. */
  onLeave(listener: () => void): () => void;
  prefersDark: boolean;
}

export interface Boot {
  store: PlaygroundStore;
  /** Builds the world (and opens the lesson); resolves when the page is ready to send requests. */
  ready: Promise<void>;
  /** Starts saving the workspace (browser storage, address bar); returns the function that stops it. */
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
  const { start, problem, backup, note } = readStart(
    env.hash,
    env.storage.read(STORAGE_KEY),
    baselineOf,
    ownAddresses(env.storage.read(STALE_ADDRESS_KEY), env.tabStorage),
  );
  // Kept before the first save overwrites it (saved-rescue.ts).
  if (backup !== undefined) env.storage.write(BACKUP_KEY, backup);
  const workspace: Workspace | undefined =
    start.kind === 'link' || start.kind === 'saved' ? start.workspace : undefined;
  const prefs = readPrefs(env.storage.read(PREFS_KEY), {
    theme: env.prefersDark ? 'dark' : 'light',
    largeText: false,
    startHereSeen: false,
  });
  const read = readLessonAddress(env.hash);
  // Read before the lesson the address names opens (and saves its progress anew).
  const progress = progressAsFound(env.storage);
  // A lesson opened from a file before the reload (lesson-file-keeping.ts), read with the catalog.
  const keptFile = readKeptFileLesson(env.storage);
  let keptScenario: Scenario | undefined;
  const loadShipped = env.loadLessons ?? (async () => env.lessonById);
  const loadLessons = async () => {
    const shipped = await loadShipped();
    if (!keptFile) return shipped;
    // The file reader is a chunk of its own; without it the shipped lessons still open.
    const reader = await import('./lesson-import.ts').catch(() => undefined);
    const kept = reader?.readLessonFile(keptFile.name, keptFile.text);
    keptScenario = kept?.ok && kept.scenario.id === keptFile.id ? kept.scenario : undefined;
    return (id: string) => (id === keptScenario?.id ? keptScenario : shipped(id));
  };
  const fileOf = (scenario: Scenario): LessonFile | undefined =>
    keptFile && scenario === keptScenario ? { name: keptFile.name, text: keptFile.text } : undefined;
  // Every operation on the user's world is recorded, so its scene can be saved and replayed (scene/).
  const recorder = recordScenes(extra.engine);
  const store = createPlaygroundStore({
    ...extra,
    engine: recorder.port,
    ...prefs,
    // First contact: shown once, but not over the lesson or deck a trainer's link opens, nor over
    // the work a share link brings (its reader came to see that; Help still opens the panel).
    startHere: !prefs.startHereSeen && !(read.ok && read.address !== null) && start.kind !== 'link',
    presenter: read.ok && read.address?.present === true,
    ...(workspace
      ? {
          policyText: workspace.policyText,
          setup: workspace.setup,
          draft: workspace.draft,
          ...(workspace.pins ? { pins: workspace.pins } : {}),
        }
      : {}),
  });
  // A share link made inside a lesson (before lessons had their own world) names its lesson.
  const linkedLesson = workspace?.lesson === undefined ? undefined : env.lessonById(workspace.lesson);
  const notice =
    problem ??
    (workspace?.lesson !== undefined && linkedLesson === undefined
      ? `There is no lesson "${workspace.lesson}"; the playground opened without it.`
      : undefined);
  if (notice) store.getState().setLoadNotice({ kind: 'error', message: notice });
  else if (note) store.getState().setLoadNotice({ kind: 'info', message: note });
  if (start.kind === 'link' && opensBesideSaved(start.workspace, env.storage.read(STORAGE_KEY), baselineOf))
    store.getState().setBesideSaved(true);
  const address = followLessonAddress(
    store,
    {
      currentHash: env.currentHash,
      replaceHash: env.replaceHash,
      pushHash: env.pushHash ?? env.replaceHash,
      onChange: env.onAddressChange ?? (() => () => undefined),
    },
    loadLessons,
    {
      fileOf,
      openLink: (payload) =>
        openShareLink(store, payload, { baselineOf, saved: () => env.storage.read(STORAGE_KEY) }),
      resume: (scenario) => resumeLesson(store, progress, scenario),
    },
  );
  if (env.storage.status.kind === 'blocked')
    store.getState().setStorageNotice(storageBlockedNotice(env.storage.status.reason));
  // The saved scene belongs to the saved work: it comes back unless a link brings other work.
  const ownWork =
    start.kind !== 'link' || isSavedWork(start.workspace, env.storage.read(STORAGE_KEY), baselineOf);
  /** The saved scene could not be read or rebuilt: nothing is saved over it (persist-scene.ts). */
  let sceneHeld = false;
  const ready = (async () => {
    const db = await env.sceneDb;
    // Saving and replaying the scene is a chunk of its own, fetched when there is a place to keep it.
    const scenes = db?.available ? await import('./scene/persist-scene.ts') : undefined;
    const restored =
      db && scenes && ownWork && linkedLesson === undefined
        ? await scenes.restoreScene(store, recorder, db)
        : 'none';
    sceneHeld = restored === 'held';
    // A link that brings other work opens beside the saved objects, so they are not overwritten.
    if (db && scenes && !ownWork && (await scenes.holdsSavedScene(db))) store.getState().setBesideSaved(true);
    if (restored !== 'restored') await store.getState().loadWorld(store.getState().setup);
    if (linkedLesson && workspace) {
      await store.getState().openLesson(linkedLesson);
      // The link carries the changes made in the lesson; they win over the lesson's own.
      store.getState().setPolicyText(workspace.policyText);
      store.setState({ draft: workspace.draft });
      if (JSON.stringify(workspace.setup) !== JSON.stringify(linkedLesson.setup ?? {}))
        await store.getState().loadWorld(workspace.setup);
    }
    await address.start(env.hash);
  })();
  const tabSaves = env.tabSaves ?? noTabSaves;
  const persist = () => {
    const persistence = persistWorkspace(store, {
      storage: env.storage,
      ...(env.tabStorage ? { tabStorage: env.tabStorage } : {}),
      announce: tabSaves.announce,
      replaceHash: env.replaceHash,
      currentHash: env.currentHash,
      // Saved work is always the user's own, a difference from the defaults (a lesson is its own world).
      baseline: () => baselineFor(undefined),
      lessonId: () => undefined,
    });
    // The scene is saved once the start (and a restore) is done, so a half-rebuilt one never is.
    let scene: ScenePersistence | undefined;
    let stopped = false;
    if (env.sceneDb)
      void Promise.all([env.sceneDb, ready]).then(async ([db]) => {
        if (!db.available || sceneHeld) return;
        const { persistScene } = await import('./scene/persist-scene.ts');
        if (!stopped) scene = persistScene(store, recorder, db, { announce: tabSaves.announce });
      });
    const removeLeave = env.onLeave(() => {
      persistence.flush();
      scene?.flush();
    });
    // Another tab saved its work: this tab stops saving over it and shows its work beside it.
    const stopTabs = tabSaves.onOtherTabSaved(() => {
      if (!store.getState().besideSaved) store.getState().setBesideSaved(true);
    });
    const stopPrefs = persistPrefs(store, env.storage);
    const stopProgress = saveLessonProgress(store, env.storage);
    const stopKeeping = keepOpenFileLesson(store, env.storage);
    const stopAddress = address.listen();
    const stopFailures = env.storage.onWriteFailure((reason) =>
      store.getState().setStorageNotice(storageFailedNotice(reason)),
    );
    return () => {
      stopped = true;
      scene?.stop();
      stopAddress();
      stopFailures();
      removeLeave();
      stopTabs();
      stopPrefs();
      stopProgress();
      stopKeeping();
      persistence.stop();
    };
  };
  return { store, ready, persist };
}
