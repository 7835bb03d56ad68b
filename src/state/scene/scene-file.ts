/**
 * The scene as saved in IndexedDB: the set-up the user's world was opened with, the requests
 * sent to it since (their answers are recomputed by replaying them), and the workspace set-up at
 * the time. SSE-C keys follow the share-link rule: a request that carries one is kept only with
 * "Include keys", and otherwise counted as withheld, so the notice can say what is missing.
 * Reading validates everything; a scene that does not read is a message, never an exception.
 */
import type { RequestInput, Setup } from '../../engine/index.ts';
import { isSecretHeader } from '../request-draft.ts';
import { readSetup } from '../share-dto.ts';
import type { WorldScene } from './recorder.ts';

export const SCENE_KEY = 'scene';
export const SCENE_VERSION = 1;

export interface SceneFile {
  v: 1;
  base: Setup;
  setup: Setup;
  entries: { request: RequestInput; at: number }[];
  /** Requests left out because they carried a key and "Include keys" was not ticked. */
  withheld: number;
}

const carriesKey = (request: RequestInput) =>
  Object.entries(request.headers ?? {}).some(([name, value]) => isSecretHeader(name) && value.trim() !== '');

export function sceneFile(scene: WorldScene, setup: Setup, includeKeys: boolean): SceneFile {
  const entries = scene.entries.filter((e) => includeKeys || !carriesKey(e.request));
  return {
    v: SCENE_VERSION,
    base: scene.base,
    setup,
    entries: entries.map((e) => ({ request: e.request, at: e.at })),
    withheld: scene.entries.length - entries.length,
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);

/** A saved scene, or why it cannot be used. Requests are checked again by the engine when replayed. */
export function readSceneFile(value: unknown): { ok: true; value: SceneFile } | { ok: false; error: string } {
  const fail = (error: string) => ({ ok: false as const, error });
  if (!isObject(value)) return fail('it is not an object');
  if (value.v !== SCENE_VERSION)
    return fail(`it was saved in format ${String(value.v)}; this playground reads format ${SCENE_VERSION}`);
  const base = readSetup(value.base);
  if (!base.ok) return fail(`its starting ${base.error.replace(/^the /, '')}`);
  const setup = readSetup(value.setup);
  if (!setup.ok) return fail(`its ${setup.error.replace(/^the /, '')}`);
  if (!Array.isArray(value.entries)) return fail('its requests are not a list');
  const entries: SceneFile['entries'] = [];
  for (const [index, entry] of value.entries.entries()) {
    if (!isObject(entry) || !isObject(entry.request) || typeof entry.request.operation !== 'string')
      return fail(`request ${index + 1} is not a request`);
    if (typeof entry.at !== 'number') return fail(`request ${index + 1} has no time`);
    entries.push({ request: entry.request as unknown as RequestInput, at: entry.at });
  }
  const withheld = typeof value.withheld === 'number' && value.withheld >= 0 ? value.withheld : 0;
  return { ok: true, value: { v: SCENE_VERSION, base: base.value, setup: setup.value, entries, withheld } };
}
