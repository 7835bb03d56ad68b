/**
 * The scene survives a reload (issue 8): the user's world is saved to IndexedDB after each change
 * (debounced) and rebuilt at start-up by replaying its operations, in their turns, on a world
 * opened from the same set-up and seed. Nothing is saved while a lesson is open or a link is shown
 * beside the saved work (the saved scene is the user's own). What could not be kept (an SSE-C
 * request without "Include keys", bodies past the size limit) is named in a notice after a reload.
 */
import { formFromSetup } from '../bucket-form.ts';
import type { EnginePort } from '../engine-port.ts';
import { HISTORY_LIMIT } from '../send-through.ts';
import { SESSION_LIMIT } from '../session.ts';
import type { RunEntry } from '../slices/types.ts';
import type { KeyValueDb } from '../storage/index.ts';
import type { PlaygroundStore } from '../store.ts';
import { MAX_SCENE_BYTES, type SceneRecorder } from './recorder.ts';
import { readSceneFile, type SavedEntry, SCENE_KEY, type SceneFile, sceneFile } from './scene-file.ts';

export interface ScenePersistence {
  flush(): void;
  stop(): void;
}

export const SAVE_FAILED_NOTICE =
  'The objects could not be saved in this browser (its storage is full or refused); they last until this page is closed.';

/** Adds a sentence to the load notice (or starts one), so no earlier notice is lost. */
export function addNotice(store: PlaygroundStore, kind: 'error' | 'info', message: string) {
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
  { delayMs = 800, announce = () => {} }: { delayMs?: number; announce?: () => void } = {},
): ScenePersistence {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saidFailed = false;
  /**
   * `answered`: an operation this page answered, news to the other tabs (the first save at start is
   * the scene it opened with, and the store's own changes ride on the workspace's announcement).
   */
  const write = (answered = false) => {
    timer = undefined;
    const state = store.getState();
    if (state.lesson !== null || state.besideSaved || state.worldStatus !== 'ready') return;
    const scene = recorder.scene(state.worldId);
    if (!scene) return;
    if (answered) announce();
    const file = sceneFile(scene, {
      setup: state.setup,
      includeKeys: state.includeKeys,
      history: state.history,
      lastRun: state.lastRun,
    });
    void db.put(SCENE_KEY, file).then((saved) => {
      if (saved || saidFailed || !db.available) return;
      saidFailed = true;
      store.getState().setStorageNotice(SAVE_FAILED_NOTICE);
    });
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(write, delayMs);
  };
  // An operation answered is saved at once, not after the debounce: its bodies are Blobs, stored by
  // reference, so a save is cheap, and a save started on leaving (pagehide) was still lost now and
  // then under load. The store's changes that follow (history, last answer) are debounced.
  const stopRecorder = recorder.onChange(() => {
    clearTimeout(timer);
    write(true);
  });
  const stopStore = store.subscribe((state, previous) => {
    if (
      state.worldId !== previous.worldId ||
      state.worldStatus !== previous.worldStatus ||
      state.setup !== previous.setup ||
      state.history !== previous.history ||
      state.lastRun !== previous.lastRun ||
      state.includeKeys !== previous.includeKeys ||
      state.besideSaved !== previous.besideSaved
    )
      schedule();
  });
  // Saving starts once the page is ready: what was answered before that (a send in the page's first
  // moments) is saved now, as any answered operation is, or a reload right after it lost it.
  if ((recorder.scene(store.getState().worldId)?.entries.length ?? 0) > 0) write();
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

/** Whether objects or keys made in the page are saved (a link then opens beside them, not over them). */
export async function holdsSavedScene(db: KeyValueDb): Promise<boolean> {
  const found = await db.get(SCENE_KEY);
  // A scene that could not be read may well be there: the link opens beside it, not over it.
  if (found.kind === 'failed') return true;
  const read = readSceneFile(found.kind === 'found' ? found.value : undefined);
  return read.ok && read.value.entries.length > 0;
}

/** "a.txt", "a.txt" and "b.txt" → `"a.txt" and "b.txt"`. */
function names(entries: { operation: string; key?: string }[]): string {
  const named = [...new Set(entries.map((e) => (e.key ? `"${e.key}"` : e.operation)))];
  if (named.length <= 1) return named.join('');
  const shown = named.slice(0, 8);
  const more = named.length - shown.length;
  const list = more > 0 ? [...shown, `${more} more`] : shown;
  return `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

/** Why some objects did not come back, or undefined when everything did. */
export function missingNotice(entries: readonly SavedEntry[]): string | undefined {
  const withheld = entries.filter((e) => e.kind === 'withheld');
  // A request S3 refused stored nothing: there is nothing missing to name (a refused 70 MiB upload).
  const dropped = entries.filter(
    (e): e is Extract<SavedEntry, { kind: 'dropped' }> => e.kind === 'dropped' && !e.refused,
  );
  const parts: string[] = [];
  if (withheld.length > 0)
    parts.push(
      `Not restored: ${names(withheld)}, written or read with an SSE-C key, which is saved only when "Include keys" is ticked.`,
    );
  if (dropped.length > 0)
    parts.push(
      `Not restored: ${names(dropped)}, past the ${MAX_SCENE_BYTES / (1024 * 1024)} MiB this browser keeps for objects.`,
    );
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** Bytes the port may move to the worker: read from a kept Blob, or copied from saved bytes. */
const ownBytes = async (kept: Blob | Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> =>
  kept instanceof Blob ? new Uint8Array(await kept.arrayBuffer()) : kept.slice();

const copyBody = <T extends { body?: unknown }>(request: T): T =>
  request.body instanceof Uint8Array ? { ...request, body: request.body.slice() } : request;

/**
 * What a restore did: `restored`; `none`, nothing to rebuild (the caller opens the world as usual,
 * and a scene that does not read is said in a notice and then saved over); `held`, the saved scene
 * could not be read or rebuilt this time, so it stays as it is and this page saves nothing over it.
 */
export type RestoreOutcome = 'restored' | 'none' | 'held';

/** Said when a saved scene is kept aside: the next start tries it again. */
const heldNotice = (what: string) =>
  `The objects saved in this browser could not be ${what}, so the bucket starts empty; they stay saved and are tried again at the next reload, and what this page makes is not saved over them. Your policy and settings are kept.`;

/** Rebuilds the saved scene: a world from its starting set-up and seed, then its operations in their turns. */
export async function restoreScene(
  store: PlaygroundStore,
  recorder: SceneRecorder,
  db: KeyValueDb,
): Promise<RestoreOutcome> {
  const saved = await db.get(SCENE_KEY);
  if (saved.kind === 'none') return 'none';
  if (saved.kind === 'failed') {
    // A read that failed (a browser's storage error) says nothing of the scene: saving over it
    // at the next change would lose every object for good.
    addNotice(store, 'error', heldNotice(`read just now (${saved.reason})`));
    return 'held';
  }
  const read = readSceneFile(saved.value);
  if (!read.ok) {
    addNotice(
      store,
      'error',
      `The objects saved in this browser could not be read (at ${read.path}: ${read.error}), so the bucket starts empty; your policy and settings are kept.`,
    );
    return 'none';
  }
  try {
    return (await replay(store, recorder, read.value)) ? 'restored' : 'none';
  } catch (error) {
    // A bug or a worker that died mid-replay: said, and the page opens with an empty bucket.
    addNotice(store, 'error', heldNotice(`rebuilt (${(error as Error).message})`));
    return 'held';
  }
}

async function replay(store: PlaygroundStore, recorder: SceneRecorder, scene: SceneFile): Promise<boolean> {
  await store.getState().loadWorld(scene.base, { seed: scene.seed });
  const id = store.getState().worldId;
  const recorded = recorder.scene(id);
  if (id === null || !recorded || store.getState().worldStatus !== 'ready') return false;
  // Nothing else may take a turn meanwhile: the page waits, and later operations take new turns.
  store.setState({ worldStatus: 'loading' });
  recorded.nextTurn = Math.max(recorded.nextTurn, scene.nextTurn);
  const port: EnginePort = recorder.port;
  const history: RunEntry[] = [];
  const session: PlaygroundStoreSession = [];
  let lastRun: RunEntry | undefined;
  for (const [index, entry] of scene.entries.entries()) {
    switch (entry.kind) {
      case 'send': {
        const request = copyBody(entry.request);
        const sent = await port.send(id, request, {
          turn: entry.turn,
          ...(entry.bodyFile ? { bodyFile: entry.bodyFile } : {}),
          ...(entry.sdkChecksum ? { sdkChecksum: true } : {}),
        });
        if (sent.kind !== 'answered') break;
        const run = { request: entry.request, outcome: sent.outcome, at: entry.turn.at };
        session.push({ request: entry.request, outcome: sent.outcome });
        if (entry.run) history.unshift(run);
        if (index === scene.lastAnswer) lastRun = run;
        break;
      }
      case 'encrypt-client-side':
      case 'decrypt-client-side': {
        const { keyId, ...caller } = entry.call;
        const wrapping = { kind: 'kms' as const, keyId };
        if (entry.kind === 'encrypt-client-side')
          await port.encryptClientSide(id, {
            plaintext: await ownBytes(entry.plaintext),
            wrapping,
            ...caller,
            turn: entry.turn,
          });
        else
          await port.decryptClientSide(id, {
            body: await ownBytes(entry.body),
            metadata: entry.metadata,
            wrapping,
            ...caller,
            turn: entry.turn,
          });
        break;
      }
      case 'put-principal':
        await port.putPrincipal(id, entry.principal);
        break;
      case 'delete-principal':
        await port.deletePrincipal(id, entry.arn);
        break;
      case 'withheld':
      case 'dropped':
        break;
    }
  }
  if (store.getState().worldId !== id) return true;
  store.setState({
    snapshot: (await port.snapshot(id)) ?? store.getState().snapshot,
    worldStatus: 'ready',
    lastRun: lastRun ? { request: lastRun.request, outcome: lastRun.outcome } : null,
    history: history.slice(0, HISTORY_LIMIT),
    session: session.slice(-SESSION_LIMIT),
    setup: scene.setup,
    bucketForm: formFromSetup(scene.setup),
  });
  const missing = missingNotice(scene.entries);
  if (missing) addNotice(store, 'info', missing);
  return true;
}

type PlaygroundStoreSession = ReturnType<PlaygroundStore['getState']>['session'];
