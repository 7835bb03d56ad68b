/**
 * The scene of the user's world: its seed, the set-up it was opened with, and every operation
 * that changed it since, in order (issue 8, "the scene survives a reload"). Recorded by wrapping
 * the engine port, so every send path of the store is covered and nothing else changes. Replaying
 * the operations on a world opened from the same set-up and seed rebuilds the same objects,
 * versions, key ids and audit log (src/worker/seeded-deps.ts says why the ids come back).
 *
 * Only worlds on the system clock are seeded and recorded: a lesson's world (manual clock) is
 * rebuilt from its steps instead. Every operation takes a turn, recorded or not, so no two share
 * a random stream.
 */
import type { ObjectData, PrincipalSetup, RequestInput, Setup } from '../../engine/index.ts';
import { wentThrough } from '../../engine/index.ts';
import { dataBlob } from '../data-blob.ts';
import type {
  ClientSideCaller,
  ClientSideWrapping,
  EnginePort,
  PortSendOptions,
  Turn,
  WorldId,
  WorldSeed,
} from '../engine-port.ts';

/** KMS-wrapped client-side calls are the client calling the world's KMS: they change its audit log. */
export interface KmsClientSideCall extends ClientSideCaller {
  keyId: string;
}

export type SceneEntry =
  | {
      kind: 'send';
      turn: Turn;
      request: RequestInput;
      /** A file sent from disk, or a byte body kept as a Blob (the worker reads either the same way). */
      bodyFile?: Blob;
      sdkChecksum?: boolean;
      /** The store's own request object (not saved): finds this entry in the history. */
      source?: RequestInput;
    }
  | {
      kind: 'encrypt-client-side';
      turn: Turn;
      call: KmsClientSideCall;
      /**
       * Kept as a Blob (data-blob.ts): copied once, and each later save of the scene stores a
       * reference. Kept as bytes, every save cloned all of them on the page's thread: after a 60 MiB
       * upload, each later send froze the page for 300 ms. A scene saved before that holds bytes.
       */
      plaintext: Blob | Uint8Array<ArrayBuffer>;
    }
  | {
      kind: 'decrypt-client-side';
      turn: Turn;
      call: KmsClientSideCall;
      body: Blob | Uint8Array<ArrayBuffer>;
      metadata: Record<string, string>;
    }
  | { kind: 'put-principal'; principal: PrincipalSetup }
  | { kind: 'delete-principal'; arn: string }
  /** Past the size limit: not kept, and named in the notice after a reload. */
  | {
      kind: 'dropped';
      turn: Turn;
      operation: string;
      key?: string;
      /** S3 refused it (an error answer): nothing of it was stored, so the notice leaves it out. */
      refused?: true;
    };

export interface WorldScene {
  seed: WorldSeed;
  base: Setup;
  entries: SceneEntry[];
  /** The next turn to take; saved, so a restored world never draws the same stream twice. */
  nextTurn: number;
  /** Bytes of bodies kept in `entries` (checked against MAX_SCENE_BYTES before each one is kept). */
  bytes: number;
}

/** Bodies kept for replay, in all; past it, operations that carry a body are dropped (named). */
export const MAX_SCENE_BYTES = 64 * 1024 * 1024;
/** Operations kept; replaying more would make every reload slow. */
export const MAX_SCENE_ENTRIES = 2000;

export function bodyBytes(request: RequestInput, bodyFile?: Blob): number {
  if (bodyFile) return bodyFile.size;
  const body = request.body;
  if (body instanceof Uint8Array) return body.length;
  if (typeof body === 'string') return body.length * 3;
  return body === undefined ? 0 : JSON.stringify(body).length * 3;
}

const sizeOf = (bytes: ObjectData | Blob) => (bytes instanceof Blob ? bytes.size : bytes.length);

/** The request without its byte body (kept apart as a Blob). */
function withoutBody(request: RequestInput): RequestInput {
  const { body: _moved, ...rest } = request;
  return rest;
}

export interface SceneRecorder {
  port: EnginePort;
  scene(id: WorldId | null): WorldScene | undefined;
  /** Called after each change to a scene (a world opened, an operation answered). */
  onChange(listener: (id: WorldId) => void): () => void;
}

const newSeed = (): WorldSeed => ({
  seed: globalThis.crypto.getRandomValues(new Uint8Array(32)),
  at: Date.now(),
});

export interface RecorderOptions {
  now?: () => number;
  /** The limit on kept bodies (tests pass a small one). */
  maxBytes?: number;
}

export function recordScenes(inner: EnginePort, options: RecorderOptions = {}): SceneRecorder {
  const { now = Date.now, maxBytes = MAX_SCENE_BYTES } = options;
  const scenes = new Map<WorldId, WorldScene & { lastAt: number }>();
  const listeners = new Set<(id: WorldId) => void>();
  const changed = (id: WorldId) => {
    for (const listener of listeners) listener(id);
  };
  /** The turn an operation takes: the one a replay gives, else the next, at the present time. */
  const take = (scene: WorldScene & { lastAt: number }, given?: Turn): Turn => {
    const turn = given ?? { index: scene.nextTurn, at: Math.max(now(), scene.lastAt) };
    scene.nextTurn = Math.max(scene.nextTurn, turn.index + 1);
    scene.lastAt = Math.max(scene.lastAt, turn.at);
    return turn;
  };
  /** Whether one more entry carrying `bytes` fits; one that does not is kept as `dropped`. */
  const fits = (scene: WorldScene, bytes: number) =>
    scene.entries.length < MAX_SCENE_ENTRIES && scene.bytes + bytes <= maxBytes;
  const keep = (id: WorldId, scene: WorldScene, entry: SceneEntry, bytes = 0) => {
    scene.bytes += bytes;
    scene.entries.push(entry);
    changed(id);
  };

  /**
   * A client-side call. With a KMS wrapping key the client calls the world's KMS (its audit log
   * changes), so the call is kept. An AES wrapping key is the user's own secret and the call
   * changes nothing in the world: it takes a turn but is not kept (the PutObject that follows
   * carries the ciphertext).
   */
  const clientSide = async <T>(
    id: WorldId,
    input: ClientSideCaller & { wrapping: ClientSideWrapping },
    bytes: ObjectData | Blob,
    /** `kept`: the Blob made for the scene, which the port can take instead of the bytes. */
    run: (turn: { turn?: Turn }, kept: Blob | undefined) => Promise<T>,
    entry: (turn: Turn, call: KmsClientSideCall, bytes: Blob) => SceneEntry,
    what: string,
  ): Promise<T> => {
    const scene = scenes.get(id);
    if (!scene) return run({}, undefined);
    const turn = take(scene, input.turn);
    const { wrapping } = input;
    // Copied first: the port moves the bytes to the worker.
    const copy = wrapping.kind === 'kms' && fits(scene, sizeOf(bytes)) ? dataBlob(bytes) : undefined;
    const result = await run({ turn }, copy);
    if (wrapping.kind === 'kms' && scenes.has(id)) {
      const call = { keyId: wrapping.keyId, principal: input.principal, sourceIp: input.sourceIp };
      if (copy) keep(id, scene, entry(turn, call, copy), copy.size);
      else keep(id, scene, { kind: 'dropped', turn, operation: what });
    }
    return result;
  };

  const port: EnginePort = {
    ...inner,
    openWorld: async (setup, options = {}) => {
      // A lesson's or a challenge's world (a scenario, a manual clock) is rebuilt from its steps instead.
      const replayable = options.clock !== 'manual' && options.scenario === undefined;
      const seed = replayable ? (options.seed ?? newSeed()) : undefined;
      const opened = await inner.openWorld(setup, seed ? { ...options, seed } : options);
      if (opened.ok && seed) {
        scenes.set(opened.value.id, {
          seed,
          base: setup,
          entries: [],
          nextTurn: 1,
          bytes: 0,
          lastAt: seed.at,
        });
        changed(opened.value.id);
      }
      return opened;
    },
    closeWorld: async (id) => {
      scenes.delete(id);
      await inner.closeWorld(id);
    },
    send: async (id, request, options: PortSendOptions = {}) => {
      const scene = scenes.get(id);
      if (!scene) return inner.send(id, request, options);
      const turn = take(scene, options.turn);
      const bytes = bodyBytes(request, options.bodyFile);
      const kept = fits(scene, bytes);
      // The port moves a byte body to the worker (detached here afterwards): a kept body is copied.
      const held = kept && request.body instanceof Uint8Array ? dataBlob(request.body) : undefined;
      const sent = await inner.send(id, request, { ...options, turn });
      if (sent.kind !== 'answered' || !scenes.has(id)) return sent;
      if (kept)
        keep(
          id,
          scene,
          {
            kind: 'send',
            turn,
            request: held ? withoutBody(request) : request,
            source: options.kept ?? request,
            ...(options.bodyFile || held ? { bodyFile: options.bodyFile ?? held } : {}),
            ...(options.sdkChecksum ? { sdkChecksum: true } : {}),
          },
          bytes,
        );
      else
        keep(id, scene, {
          kind: 'dropped',
          turn,
          operation: request.operation,
          ...(request.key !== undefined ? { key: request.key } : {}),
          ...(wentThrough(sent.outcome.response.status) ? {} : { refused: true as const }),
        });
      return sent;
    },
    encryptClientSide: (id, input) =>
      clientSide(
        id,
        input,
        input.plaintext,
        (turn) => inner.encryptClientSide(id, { ...input, ...turn }),
        (turn, call, plaintext) => ({ kind: 'encrypt-client-side', turn, call, plaintext }),
        'client-side encryption',
      ),
    decryptClientSide: (id, input) =>
      clientSide(
        id,
        input,
        input.body,
        // The Blob, when there is one, goes to the worker in place of the bytes: a second copy of a
        // large body (structured clone) held the page up for as long as the first.
        (turn, kept) => inner.decryptClientSide(id, { ...input, ...(kept ? { body: kept } : {}), ...turn }),
        (turn, call, body) => ({
          kind: 'decrypt-client-side',
          turn,
          call,
          body,
          metadata: { ...input.metadata },
        }),
        'client-side decryption',
      ),
    putPrincipal: async (id, principal) => {
      const put = await inner.putPrincipal(id, principal);
      const scene = scenes.get(id);
      if (scene && put?.ok) keep(id, scene, { kind: 'put-principal', principal });
      return put;
    },
    deletePrincipal: async (id, arn) => {
      const deleted = await inner.deletePrincipal(id, arn);
      const scene = scenes.get(id);
      if (scene && deleted) keep(id, scene, { kind: 'delete-principal', arn });
      return deleted;
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
