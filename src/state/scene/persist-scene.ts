/**
 * The scene survives a reload (issue 8): the user's world is saved to IndexedDB after each change
 * (debounced) and rebuilt at start-up by replaying its requests on a world opened from the same
 * set-up. Nothing is saved while a lesson is open or a link is shown beside the saved work (the
 * saved scene is the user's own), and a scene too large to replay is dropped with one notice.
 */
import { formFromSetup } from '../bucket-form.ts';
import type { EnginePort } from '../engine-port.ts';
import { HISTORY_LIMIT } from '../send-through.ts';
import type { RunEntry } from '../slices/types.ts';
import type { KeyValueDb } from '../storage/index.ts';
import type { PlaygroundStore } from '../store.ts';
import type { SceneRecorder } from './recorder.ts';
import { readSceneFile, SCENE_KEY, sceneFile } from './scene-file.ts';

export interface ScenePersistence {
  flush(): void;
  stop(): void;
}

export const TOO_LARGE_NOTICE =
  'The objects in this bucket are now too many (or too large) to keep across a reload: after a reload the bucket starts with its settings, policy and keys, but empty.';

/** Adds a sentence to the load notice (or starts one), so no earlier notice is lost. */
function notify(store: PlaygroundStore, kind: 'error' | 'info', message: string) {
  const previous = store.getState().loadNotice;
  store
    .getState()
    .setLoadNotice(
      previous
        ? { kind: previous.kind === 'error' ? 'error' : kind, message: `${previous.message} ${message}` }
        : { kind, message },
    );
}

export function persistScene(
  store: PlaygroundStore,
  recorder: SceneRecorder,
  db: KeyValueDb,
  delayMs = 800,
): ScenePersistence {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saidTooLarge = false;
  const write = () => {
    timer = undefined;
    const state = store.getState();
    if (state.lesson !== null || state.besideSaved || state.worldStatus !== 'ready') return;
    const scene = recorder.scene(state.worldId);
    if (!scene) return;
    if (scene.overflow) {
      void db.delete(SCENE_KEY);
      if (!saidTooLarge) notify(store, 'info', TOO_LARGE_NOTICE);
      saidTooLarge = true;
      return;
    }
    void db.put(SCENE_KEY, sceneFile(scene, state.setup, state.includeKeys));
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(write, delayMs);
  };
  const stopRecorder = recorder.onChange(schedule);
  const stopStore = store.subscribe((state, previous) => {
    if (
      state.worldId !== previous.worldId ||
      state.setup !== previous.setup ||
      state.includeKeys !== previous.includeKeys ||
      state.besideSaved !== previous.besideSaved
    )
      schedule();
  });
  return {
    flush: () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      write();
    },
    stop: () => {
      clearTimeout(timer);
      stopRecorder();
      stopStore();
    },
  };
}

/**
 * Rebuilds the saved scene: a world from its starting set-up, then its requests in order. False
 * when there is none to rebuild (the caller opens the world as usual); a scene that does not read
 * is said in a notice and ignored.
 */
export async function restoreScene(
  store: PlaygroundStore,
  port: EnginePort,
  db: KeyValueDb,
): Promise<boolean> {
  const saved = await db.get(SCENE_KEY);
  if (saved === undefined) return false;
  const read = readSceneFile(saved);
  if (!read.ok) {
    notify(
      store,
      'error',
      `The objects saved in this browser could not be read (${read.error}); the bucket starts empty.`,
    );
    return false;
  }
  const scene = read.value;
  await store.getState().loadWorld(scene.base);
  const id = store.getState().worldId;
  if (id === null || store.getState().worldStatus !== 'ready') return false;
  const history: RunEntry[] = [];
  for (const entry of scene.entries) {
    const sent = await port.send(id, entry.request);
    if (sent.kind === 'answered')
      history.unshift({ request: entry.request, outcome: sent.outcome, at: entry.at });
  }
  const last = history[0];
  store.setState({
    snapshot: (await port.snapshot(id)) ?? store.getState().snapshot,
    lastRun: last ? { request: last.request, outcome: last.outcome } : null,
    history: history.slice(0, HISTORY_LIMIT),
    setup: scene.setup,
    bucketForm: formFromSetup(scene.setup),
  });
  if (scene.withheld > 0)
    notify(
      store,
      'info',
      `${scene.withheld} request${scene.withheld === 1 ? '' : 's'} that carried an SSE-C key ${scene.withheld === 1 ? 'was' : 'were'} not kept, so what ${scene.withheld === 1 ? 'it' : 'they'} stored is missing after the reload (tick "Include keys in links and saved work" to keep them).`,
    );
  return true;
}
