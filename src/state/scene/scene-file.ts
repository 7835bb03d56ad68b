/**
 * The scene as saved in IndexedDB (one value, structured-cloned; bodies are Blobs, see recorder.ts
 * SceneEntry, or bytes in a scene saved before): the seed and set-up the user's world was opened
 * with, the operations sent to it since (their answers are recomputed by replaying them), which of
 * them the history and the last answer showed, and the workspace set-up at the time.
 *
 * The last answer is kept as WHICH request gave it, not as a copy: the seeded replay gives it back
 * byte for byte, and a saved copy of a whole outcome (trace, body) could only disagree with the
 * world it came from, or fail to render if damaged.
 *
 * SSE-C keys follow the share-link rule: a request that carries one is kept only with "Include
 * keys"; otherwise it is kept as `withheld` (its turn, operation and object key, never the key),
 * so the notice after a reload can name what is missing. Client-side wrapping keys never reach the
 * scene (recorder.ts). Reading validates every field and names the JSON path of the first problem.
 */
import type { PrincipalSetup, RequestInput, Setup } from '../../engine/index.ts';
import type { Turn, WorldSeed } from '../engine-port.ts';
import { carriesKey } from '../request-draft.ts';
import { readSetup } from '../share-dto.ts';
import type { RunEntry } from '../slices/types.ts';
import type { SceneEntry, WorldScene } from './recorder.ts';

export const SCENE_KEY = 'scene';
export const SCENE_VERSION = 1;

export type SavedEntry =
  | (Omit<Extract<SceneEntry, { kind: 'send' }>, 'source'> & { run?: true })
  | Exclude<SceneEntry, { kind: 'send' }>
  /** Carried an SSE-C key and "Include keys" was not ticked: not replayed, named in the notice. */
  | { kind: 'withheld'; turn: Turn; operation: string; key?: string };

export interface SceneFile {
  v: typeof SCENE_VERSION;
  seed: WorldSeed;
  base: Setup;
  /** The workspace set-up when saved (what the bucket panel shows). */
  setup: Setup;
  nextTurn: number;
  entries: SavedEntry[];
  /** Index in `entries` of the request whose answer was on screen. */
  lastAnswer?: number;
}

export interface SceneView {
  setup: Setup;
  includeKeys: boolean;
  history: readonly RunEntry[];
  lastRun: { request: RequestInput } | null;
}

export function sceneFile(scene: WorldScene, view: SceneView): SceneFile {
  const runs = new Set(view.history.map((entry) => entry.request));
  let lastAnswer: number | undefined;
  const entries = scene.entries.map((entry, index): SavedEntry => {
    if (entry.kind !== 'send') return entry;
    const { source, ...kept } = entry;
    if (source !== undefined && source === view.lastRun?.request) lastAnswer = index;
    if (!view.includeKeys && carriesKey(entry.request))
      return {
        kind: 'withheld',
        turn: entry.turn,
        operation: entry.request.operation,
        ...(entry.request.key !== undefined ? { key: entry.request.key } : {}),
      };
    return source !== undefined && runs.has(source) ? { ...kept, run: true } : kept;
  });
  return {
    v: SCENE_VERSION,
    seed: scene.seed,
    base: scene.base,
    setup: view.setup,
    nextTurn: scene.nextTurn,
    entries,
    ...(lastAnswer !== undefined ? { lastAnswer } : {}),
  };
}

export type Read<T> = { ok: true; value: T } | { ok: false; path: string; error: string };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v) && !(v instanceof Blob);
const isTurnIndex = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isBytes = (v: unknown): v is Uint8Array<ArrayBuffer> => v instanceof Uint8Array;
/** Bytes kept for replay: a Blob (recorder.ts SceneEntry), or bytes in a scene saved before. */
const isKept = (v: unknown): v is Blob | Uint8Array<ArrayBuffer> => v instanceof Blob || isBytes(v);
const isStringRecord = (v: unknown): v is Record<string, string> =>
  isObject(v) && Object.values(v).every((value) => typeof value === 'string');

class Invalid extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

function need(ok: boolean, path: string, message: string): asserts ok {
  if (!ok) throw new Invalid(path, message);
}

function readTurn(value: unknown, path: string): Turn {
  need(isObject(value), path, 'must be an object');
  need(isTurnIndex(value.index) && value.index > 0, `${path}.index`, 'must be a whole number above 0');
  need(isTime(value.at), `${path}.at`, 'must be a time in milliseconds');
  return { index: value.index, at: value.at };
}

/** The shape only: what a request says is the engine's to judge when it is replayed. */
function readRequest(value: unknown, path: string): RequestInput {
  need(isObject(value), path, 'must be an object');
  need(typeof value.operation === 'string', `${path}.operation`, 'must be text');
  for (const field of ['bucket', 'key', 'principal', 'sourceIp', 'tlsVersion'] as const)
    need(value[field] === undefined || typeof value[field] === 'string', `${path}.${field}`, 'must be text');
  for (const field of ['headers', 'query'] as const)
    need(
      value[field] === undefined || isStringRecord(value[field]),
      `${path}.${field}`,
      'must map names to text',
    );
  const body = value.body;
  need(
    body === undefined || typeof body === 'string' || isBytes(body) || isObject(body),
    `${path}.body`,
    'must be bytes, text or a JSON object',
  );
  return value as unknown as RequestInput;
}

function readCall(value: unknown, path: string) {
  need(isObject(value), path, 'must be an object');
  for (const field of ['keyId', 'principal', 'sourceIp'] as const)
    need(typeof value[field] === 'string', `${path}.${field}`, 'must be text');
  return {
    keyId: value.keyId as string,
    principal: value.principal as string,
    sourceIp: value.sourceIp as string,
  };
}

function readEntry(value: unknown, path: string): SavedEntry {
  need(isObject(value), path, 'must be an object');
  const at = (field: string) => `${path}.${field}`;
  switch (value.kind) {
    case 'send': {
      need(value.bodyFile === undefined || value.bodyFile instanceof Blob, at('bodyFile'), 'must be a file');
      return {
        kind: 'send',
        turn: readTurn(value.turn, at('turn')),
        request: readRequest(value.request, at('request')),
        ...(value.bodyFile instanceof Blob ? { bodyFile: value.bodyFile } : {}),
        ...(value.sdkChecksum === true ? { sdkChecksum: true } : {}),
        ...(value.run === true ? { run: true as const } : {}),
      };
    }
    case 'encrypt-client-side':
      need(isKept(value.plaintext), at('plaintext'), 'must be bytes');
      return {
        kind: 'encrypt-client-side',
        turn: readTurn(value.turn, at('turn')),
        call: readCall(value.call, at('call')),
        plaintext: value.plaintext,
      };
    case 'decrypt-client-side':
      need(isKept(value.body), at('body'), 'must be bytes');
      need(isStringRecord(value.metadata), at('metadata'), 'must map names to text');
      return {
        kind: 'decrypt-client-side',
        turn: readTurn(value.turn, at('turn')),
        call: readCall(value.call, at('call')),
        body: value.body,
        metadata: value.metadata,
      };
    case 'put-principal':
      need(isObject(value.principal), at('principal'), 'must be an object');
      need(typeof value.principal.arn === 'string', at('principal.arn'), 'must be text');
      need(
        value.principal.policy === undefined || typeof value.principal.policy === 'string',
        at('principal.policy'),
        'must be text',
      );
      return { kind: 'put-principal', principal: value.principal as unknown as PrincipalSetup };
    case 'delete-principal':
      need(typeof value.arn === 'string', at('arn'), 'must be text');
      return { kind: 'delete-principal', arn: value.arn };
    case 'dropped':
    case 'withheld':
      need(typeof value.operation === 'string', at('operation'), 'must be text');
      need(value.key === undefined || typeof value.key === 'string', at('key'), 'must be text');
      return {
        kind: value.kind,
        turn: readTurn(value.turn, at('turn')),
        operation: value.operation,
        ...(typeof value.key === 'string' ? { key: value.key } : {}),
        ...(value.kind === 'dropped' && value.refused === true ? { refused: true as const } : {}),
      };
    default:
      throw new Invalid(at('kind'), `"${String(value.kind)}" is not a kind of saved operation`);
  }
}

function readSetupAt(value: unknown, path: string): Setup {
  const read = readSetup(value);
  if (!read.ok) throw new Invalid(path, read.error);
  return read.value;
}

/** A saved scene, or the JSON path of its first problem and what is wrong there. */
export function readSceneFile(value: unknown): Read<SceneFile> {
  try {
    need(isObject(value), '$', 'must be an object');
    need(typeof value.v === 'number', '$.v', 'must be the format version');
    if (value.v !== SCENE_VERSION)
      throw new Invalid(
        '$.v',
        value.v < SCENE_VERSION
          ? `is ${value.v}, an older format this version no longer reads`
          : `is ${value.v}, a newer format than this version reads (${SCENE_VERSION})`,
      );
    need(isObject(value.seed), '$.seed', 'must be an object');
    need(isBytes(value.seed.seed) && value.seed.seed.length === 32, '$.seed.seed', 'must be 32 bytes');
    need(isTime(value.seed.at), '$.seed.at', 'must be a time in milliseconds');
    const base = readSetupAt(value.base, '$.base');
    const setup = readSetupAt(value.setup, '$.setup');
    need(isTurnIndex(value.nextTurn) && value.nextTurn > 0, '$.nextTurn', 'must be a whole number above 0');
    need(Array.isArray(value.entries), '$.entries', 'must be a list');
    const entries = value.entries.map((entry, index) => readEntry(entry, `$.entries[${index}]`));
    const last = value.lastAnswer;
    need(
      last === undefined ||
        (Number.isSafeInteger(last) && (last as number) >= 0 && (last as number) < entries.length),
      '$.lastAnswer',
      'must be the index of a saved operation',
    );
    return {
      ok: true,
      value: {
        v: SCENE_VERSION,
        seed: { seed: value.seed.seed, at: value.seed.at },
        base,
        setup,
        nextTurn: value.nextTurn,
        entries,
        ...(last !== undefined ? { lastAnswer: last as number } : {}),
      },
    };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, path: error.path, error: error.message };
    throw error;
  }
}
