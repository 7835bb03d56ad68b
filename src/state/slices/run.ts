/** Run results: send the draft (or any request) through the gate and keep the outcome and history. */
import type { StateCreator } from 'zustand/vanilla';
import { operationInfo, type RequestInput, wentThrough } from '../../engine/index.ts';
import { decryptResponse, encryptRequest, PARTIAL_CLIENT_SIDE_READ } from '../client-side.ts';
import { draftAfterAnswer } from '../draft-follow-up.ts';
import { draftFromInput } from '../draft-from-input.ts';
import type { EnginePort } from '../engine-port.ts';
import type { Gate } from '../gate.ts';
import { DEFAULT_ACCOUNT } from '../request-draft.ts';
import { record, sendAndRecord } from '../send-through.ts';
import { draftToRequest } from '../to-request.ts';
import type { PlaygroundState, RunSlice } from './types.ts';

/** Said in the Send bar when the edited policy went to S3 first and S3 refused it. */
export const policyRefusedNotice = (operation: string) =>
  `S3 refused your policy; the ${operation} was not sent`;

/** The body placeholder of a file the engine reads itself. */
const NO_BYTES = new Uint8Array(0);

export const createRunSlice =
  (port: EnginePort, gate: Gate): StateCreator<PlaygroundState, [], [], RunSlice> =>
  (set, get) => ({
    lastRun: null,
    history: [],
    running: false,
    progress: null,
    runNotice: null,
    draftError: null,
    clientSideResult: null,
    cancelSend: () => gate.cancel(),
    loadHistoryEntry: (entry) => {
      const account = get().snapshot?.account ?? DEFAULT_ACCOUNT;
      set({
        draft: entry.origin?.draft ?? draftFromInput(entry.request, account),
        bodyFile: entry.origin?.bodyFile ?? null,
        lastRun: { request: entry.request, outcome: entry.outcome },
        draftError: null,
        runNotice: null,
        clientSideResult: null,
        rightTab: 'answer',
      });
    },
    sendRaw: async (request) => {
      set({ runNotice: null });
      return gate.run((context) => sendAndRecord(port, get, set, context, request));
    },
    send: async () => {
      const { draft, bodyFile } = get();
      set({ draftError: null, clientSideResult: null, runNotice: null });
      await gate.run(async (context) => {
        const clientSide = draft.clientSide.enabled;
        const takesFile = bodyFile !== null && operationInfo(draft.operation).body === 'bytes';
        // A file goes to the engine as its handle and is read there; only client-side encryption,
        // which encrypts in the page before the request, reads it here.
        const readHere = takesFile && clientSide && draft.operation === 'PutObject';
        if (readHere) set({ progress: { phase: 'reading', name: bodyFile.name } });
        const fileBytes = readHere ? new Uint8Array(await bodyFile.blob.arrayBuffer()) : NO_BYTES;
        const built = draftToRequest(draft, takesFile ? fileBytes : undefined);
        // Nothing went out: the answer on screen would be an older request's, so it goes.
        if (!built.ok) {
          set({ draftError: built.error, lastRun: null });
          return;
        }
        // What the editor shows is what the request is judged by: a pending policy goes to S3 first.
        const synced = await get().syncPolicy();
        if (context.signal.aborted) return;
        if (synced && !wentThrough(synced.outcome.response.status)) {
          if (context.current()) {
            record(get, set, synced.request, synced.outcome);
            set({ runNotice: policyRefusedNotice(draft.operation) });
          }
          return;
        }
        let request: RequestInput = built.value;
        if (clientSide && request.operation === 'PutObject') {
          const sealed = await encryptRequest(port, context.worldId, draft.clientSide, request);
          if (!sealed.ok) {
            set({ draftError: { field: 'client-side', message: sealed.error.message }, lastRun: null });
            return;
          }
          request = sealed.value;
          set({ clientSideResult: { direction: 'encrypted' } });
        }
        // As the CLI does for --checksum-algorithm: the checksum of the bytes actually sent, computed
        // on the engine's side once a file's bytes are read there.
        const byHandle = takesFile && !readHere ? bodyFile.blob : undefined;
        const outcome = await sendAndRecord(
          port,
          get,
          set,
          context,
          request,
          { ...(byHandle ? { bodyFile: byHandle } : {}), sdkChecksum: true },
          { draft, bodyFile },
        );
        if (!outcome) return;
        const followUp = draftAfterAnswer(get().draft, request, outcome);
        if (followUp) set({ draft: { ...get().draft, ...followUp } });
        if (clientSide && request.operation === 'GetObject' && outcome.response.status === 206) {
          if (context.current())
            set({ clientSideResult: { direction: 'decrypted', error: PARTIAL_CLIENT_SIDE_READ } });
        }
        if (clientSide && request.operation === 'GetObject' && outcome.response.status === 200) {
          const opened = await decryptResponse(port, context.worldId, draft.clientSide, request, outcome);
          // The client's own KMS Decrypt call shows in the counters and the audit log.
          const snapshot = await port.snapshot(context.worldId);
          if (context.current()) set({ clientSideResult: opened, ...(snapshot ? { snapshot } : {}) });
        }
      });
    },
  });
