/**
 * The scene of a world: the set-up it was opened with and every request sent to it since, in
 * order, with its answer. Recorded by wrapping the engine port (every send path of the store goes
 * through `port.send`), so nothing else in the store changes. Replaying the requests on a world
 * opened from the same set-up rebuilds the objects, versions, audit log and last answer
 * (issue 8, "the scene survives a reload"); see scene-file.ts for what is kept.
 */
import type { Outcome, RequestInput, Setup } from '../../engine/index.ts';
import type { EnginePort, WorldId } from '../engine-port.ts';

export interface SceneEntry {
  request: RequestInput;
  outcome: Outcome;
  /** When it was sent (ms since the epoch). */
  at: number;
}

export interface WorldScene {
  base: Setup;
  entries: SceneEntry[];
  /** Bytes of request bodies in `entries` (the limit below stops the recording). */
  bodyBytes: number;
  /** More than the limits: the scene is no longer complete, so it cannot be replayed. */
  overflow: boolean;
}

/** A scene larger than this is not kept (replaying it on every reload would be slow). */
export const MAX_SCENE_ENTRIES = 500;
export const MAX_SCENE_BODY_BYTES = 32 * 1024 * 1024;

const bodyBytes = (request: RequestInput) => {
  const body = request.body;
  if (body instanceof Uint8Array) return body.length;
  if (typeof body === 'string') return body.length * 3;
  return body === undefined ? 0 : JSON.stringify(body).length * 3;
};

export interface SceneRecorder {
  port: EnginePort;
  scene(id: WorldId | null): WorldScene | undefined;
  /** Called after each change to a scene (a world opened, a request answered). */
  onChange(listener: (id: WorldId) => void): () => void;
}

export function recordScenes(inner: EnginePort, now: () => number = Date.now): SceneRecorder {
  const scenes = new Map<WorldId, WorldScene>();
  const listeners = new Set<(id: WorldId) => void>();
  const changed = (id: WorldId) => {
    for (const listener of listeners) listener(id);
  };
  const port: EnginePort = {
    ...inner,
    openWorld: async (setup, options) => {
      const opened = await inner.openWorld(setup, options);
      if (opened.ok) {
        scenes.set(opened.value.id, { base: setup, entries: [], bodyBytes: 0, overflow: false });
        changed(opened.value.id);
      }
      return opened;
    },
    closeWorld: async (id) => {
      scenes.delete(id);
      await inner.closeWorld(id);
    },
    send: async (id, request, options) => {
      const scene = scenes.get(id);
      // The port moves a byte body to the worker (it is detached here afterwards): a body the
      // scene keeps is copied first. One over the limits ends the scene instead.
      let kept = request;
      if (scene && !scene.overflow) {
        const bytes = bodyBytes(request);
        if (scene.entries.length >= MAX_SCENE_ENTRIES || scene.bodyBytes + bytes > MAX_SCENE_BODY_BYTES) {
          scene.overflow = true;
          scene.entries = [];
        } else {
          scene.bodyBytes += bytes;
          if (request.body instanceof Uint8Array) kept = { ...request, body: request.body.slice() };
        }
      }
      const sent = await inner.send(id, request, options);
      if (scene && !scene.overflow && sent.kind === 'answered')
        scene.entries.push({ request: kept, outcome: sent.outcome, at: now() });
      if (scene) changed(id);
      return sent;
    },
  };
  return {
    port,
    scene: (id) => (id === null ? undefined : scenes.get(id)),
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
