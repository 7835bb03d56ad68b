/** Run results: send the draft (or any request) through the world and keep the outcome and history. */
import type { StateCreator } from 'zustand/vanilla';
import type { Outcome, RequestInput } from '../../engine/index.ts';
import { decryptResponse, encryptRequest } from '../client-side.ts';
import { draftAfterAnswer } from '../draft-follow-up.ts';
import type { EnginePort } from '../engine-port.ts';
import { SESSION_LIMIT } from '../lesson-export.ts';
import { draftToRequest } from '../to-request.ts';
import type { PlaygroundState, RunSlice } from './types.ts';

/** Enough to scroll back through a session; older runs are dropped. */
const HISTORY_LIMIT = 50;

const noWorld = (): Outcome => ({
  response: {
    status: 503,
    headers: {},
    error: { code: 'WorldNotReady', message: 'The simulated world is not ready.', fields: {} },
  },
  trace: [],
  kmsEvents: [],
});

export const createRunSlice =
  (port: EnginePort): StateCreator<PlaygroundState, [], [], RunSlice> =>
  (set, get) => {
    const record = (request: RequestInput, outcome: Outcome) => {
      const world = get().world;
      set({
        lastRun: { request, outcome },
        history: [{ request, outcome, at: Date.now() }, ...get().history].slice(0, HISTORY_LIMIT),
        snapshot: world ? world.snapshot() : get().snapshot,
        worldRevision: get().worldRevision + 1,
        session: [...get().session, { request, outcome }].slice(-SESSION_LIMIT),
      });
    };
    const sendRaw = async (request: RequestInput): Promise<Outcome> => {
      const world = get().world;
      const outcome = world ? await world.send(request) : noWorld();
      record(request, outcome);
      return outcome;
    };
    return {
      lastRun: null,
      history: [],
      running: false,
      draftError: null,
      clientSideResult: null,
      sendRaw,
      send: async () => {
        const { draft, bodyFile, world } = get();
        const built = draftToRequest(draft, bodyFile ?? undefined);
        if (!built.ok) {
          set({ draftError: built.error });
          return;
        }
        set({ running: true, draftError: null, clientSideResult: null });
        // What the editor shows is what the request is judged by: a pending policy goes to S3 first.
        const synced = await get().syncPolicy();
        if (synced && synced.outcome.response.status >= 300) {
          record(synced.request, synced.outcome);
          set({ running: false });
          return;
        }
        let request = built.value;
        const clientSide = draft.clientSide.enabled && world !== null;
        if (clientSide && request.operation === 'PutObject') {
          const sealed = await encryptRequest(port, world, draft.clientSide, request);
          if (!sealed.ok) {
            set({ running: false, draftError: { field: 'client-side', message: sealed.error.message } });
            return;
          }
          request = sealed.value;
          set({ clientSideResult: { direction: 'encrypted' } });
        }
        const outcome = await sendRaw(request);
        const followUp = draftAfterAnswer(get().draft, request, outcome);
        if (followUp) set({ draft: { ...get().draft, ...followUp } });
        if (clientSide && request.operation === 'GetObject' && outcome.response.status === 200) {
          const clientSideResult = await decryptResponse(port, world, draft.clientSide, request, outcome);
          // The client's own KMS Decrypt call shows in the counters and the audit log.
          set({ clientSideResult, snapshot: world.snapshot() });
        }
        set({ running: false });
      },
    };
  };
