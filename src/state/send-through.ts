/**
 * One request through the port inside the gate: the answer and the snapshot are recorded only if
 * the world is still the one the request started on (see gate.ts).
 */
import { type Outcome, operationInfo, type RequestInput, type Setup } from '../engine/index.ts';
import type { EnginePort, PortSendOptions, WorldSnapshot } from './engine-port.ts';
import type { GateContext } from './gate.ts';
import { keptRequest } from './kept-request.ts';
import { SESSION_LIMIT, type SessionEntry } from './session.ts';
import type { PlaygroundState, RunEntry } from './slices/types.ts';

/** Enough to scroll back through a session; older runs are dropped. */
export const HISTORY_LIMIT = 50;

type Get = () => PlaygroundState;
type Set = (patch: Partial<PlaygroundState>) => void;

export const CANCELLED_NOTICE = 'Cancelled before S3 stored anything: there is no answer to show.';
/** A cancelled read (GetObject, HeadObject) stored nothing to begin with. */
export const CANCELLED_READ_NOTICE = 'Cancelled before S3 answered: there is no answer to show.';

export const cancelledNotice = (request: RequestInput) =>
  operationInfo(request.operation).writesData ? CANCELLED_NOTICE : CANCELLED_READ_NOTICE;
export const REPLACED_NOTICE = 'The world was replaced (a lesson or link loaded) before S3 answered.';
export const SET_ASIDE_NOTICE =
  'Your request finished in your own work, which the lesson has set aside: its answer is there when you close the lesson.';

/**
 * The user's own work while a lesson has set it aside (workspace-stash.ts), if `worldId` is its
 * world: reads and writes go to the stash, so a request that finished there after the lesson
 * opened is shown when the lesson closes.
 */
function setAside(get: Get, set: Set, worldId: string): { get: Get; set: Set } | undefined {
  if (get().stash?.worldId !== worldId) return undefined;
  return {
    get: () => ({ ...get(), ...get().stash }),
    set: (patch) => {
      const stash = get().stash;
      if (stash) set({ stash: { ...stash, ...patch } });
    },
  };
}

/** Sends, keeps the snapshot and the progress; null when no answer belongs to the current world. */
export async function sendThrough(
  port: EnginePort,
  get: Get,
  set: Set,
  context: GateContext,
  request: RequestInput,
  extra: Pick<PortSendOptions, 'bodyFile' | 'sdkChecksum'> = {},
  /** Set when the caller records the answer as a run (sendAndRecord). */
  recordAs?: { origin?: RunEntry['origin'] },
): Promise<Outcome | null> {
  // Taken before the port moves the body to the engine's worker (it is detached here afterwards).
  const kept = keptRequest(request);
  const sent = await port.send(context.worldId, request, {
    ...extra,
    kept,
    signal: context.signal,
    onProgress: (progress) => {
      if (context.current()) set({ progress });
    },
  });
  if (!context.current() || sent.kind === 'closed') {
    const own = sent.kind === 'closed' ? undefined : setAside(get, set, context.worldId);
    if (own && sent.kind === 'answered') {
      keepAnswers(own.get, own.set, sent, [{ request: kept, outcome: sent.outcome }]);
      if (recordAs) record(own.get, own.set, kept, sent.outcome, recordAs.origin);
    } else if (own && sent.kind === 'cancelled') own.set({ snapshot: sent.snapshot });
    set({ runNotice: own ? SET_ASIDE_NOTICE : REPLACED_NOTICE });
    return null;
  }
  if (sent.kind === 'cancelled') {
    set({ snapshot: sent.snapshot, runNotice: cancelledNotice(request) });
    return null;
  }
  keepAnswers(get, set, sent, [{ request: kept, outcome: sent.outcome }]);
  if (recordAs) record(get, set, kept, sent.outcome, recordAs.origin);
  // In a lesson's world, a request of the learner's own leaves the lesson's script, as the engine's
  // session notes (worker/host.ts): said at once, and a step run again stays in their world.
  const lesson = get().lesson;
  if (lesson && !lesson.offScript) set({ lesson: { ...lesson, offScript: true } });
  return sent.outcome;
}

/**
 * The world after answered requests: its snapshot, the set-up when a change was accepted (the
 * engine's exportSetup, saved and shared), and the requests in the session "Save as lesson" writes.
 */
export function keepAnswers(
  get: Get,
  set: Set,
  after: { snapshot: WorldSnapshot; setup?: Setup },
  answers: SessionEntry[],
): void {
  set({
    snapshot: after.snapshot,
    ...(after.setup ? { setup: after.setup } : {}),
    session: [...get().session, ...answers].slice(-SESSION_LIMIT),
  });
}

/** Sends and records the answer as the last run and in the history. */
export async function sendAndRecord(
  port: EnginePort,
  get: Get,
  set: Set,
  context: GateContext,
  request: RequestInput,
  extra: Pick<PortSendOptions, 'bodyFile' | 'sdkChecksum'> = {},
  origin?: RunEntry['origin'],
): Promise<Outcome | null> {
  return sendThrough(port, get, set, context, request, extra, { origin });
}

/**
 * The answer becomes the last run and joins the history, newest first. The history lives in memory
 * only (never in storage or links), so the builder's draft it keeps, SSE-C key included, goes no
 * further than the draft on screen does.
 */
export function record(
  get: Get,
  set: Set,
  request: RequestInput,
  outcome: Outcome,
  origin?: RunEntry['origin'],
): void {
  const entry: RunEntry = { request, outcome, at: Date.now(), ...(origin ? { origin } : {}) };
  set({
    lastRun: { request, outcome },
    history: [entry, ...get().history].slice(0, HISTORY_LIMIT),
  });
}
