/** Run results: send the draft (or any request) through the gate and keep the outcome and history. */
import type { StateCreator } from 'zustand/vanilla';
import type { RequestInput } from '../../engine/index.ts';
import { decryptResponse, encryptRequest } from '../client-side.ts';
import { draftAfterAnswer } from '../draft-follow-up.ts';
import type { EnginePort } from '../engine-port.ts';
import type { Gate } from '../gate.ts';
import { record, sendAndRecord } from '../send-through.ts';
import { draftToRequest } from '../to-request.ts';
import type { PlaygroundState, RunSlice } from './types.ts';

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
    sendRaw: async (request) => {
      set({ runNotice: null });
      return gate.run((context) => sendAndRecord(port, get, set, context, request));
    },
    send: async () => {
      const { draft, bodyFile } = get();
      set({ draftError: null, clientSideResult: null, runNotice: null });
      await gate.run(async (context) => {
        // Read afresh each time: the bytes are handed over to the engine, not kept by the page.
        if (bodyFile) set({ progress: { phase: 'reading', name: bodyFile.name } });
        const fileBytes = bodyFile ? new Uint8Array(await bodyFile.blob.arrayBuffer()) : undefined;
        const built = draftToRequest(draft, fileBytes);
        if (!built.ok) {
          set({ draftError: built.error });
          return;
        }
        // What the editor shows is what the request is judged by: a pending policy goes to S3 first.
        const synced = await get().syncPolicy();
        if (context.signal.aborted) return;
        if (synced && synced.outcome.response.status >= 300) {
          if (context.current()) record(get, set, synced.request, synced.outcome);
          return;
        }
        let request: RequestInput = built.value;
        const clientSide = draft.clientSide.enabled;
        if (clientSide && request.operation === 'PutObject') {
          const sealed = await encryptRequest(port, context.worldId, draft.clientSide, request);
          if (!sealed.ok) {
            set({ draftError: { field: 'client-side', message: sealed.error.message } });
            return;
          }
          request = sealed.value;
          set({ clientSideResult: { direction: 'encrypted' } });
        }
        // As the CLI does for --checksum-algorithm: the checksum of the bytes actually sent.
        request = await port.addSdkChecksum(request);
        const outcome = await sendAndRecord(port, get, set, context, request);
        if (!outcome) return;
        const followUp = draftAfterAnswer(get().draft, request, outcome);
        if (followUp) set({ draft: { ...get().draft, ...followUp } });
        if (clientSide && request.operation === 'GetObject' && outcome.response.status === 200) {
          const opened = await decryptResponse(port, context.worldId, draft.clientSide, request, outcome);
          // The client's own KMS Decrypt call shows in the counters and the audit log.
          const snapshot = await port.snapshot(context.worldId);
          if (context.current()) set({ clientSideResult: opened, ...(snapshot ? { snapshot } : {}) });
        }
      });
    },
  });
