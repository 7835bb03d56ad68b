/** Request draft: the builder's fields. The encryption picker writes the SSE headers. */
import type { StateCreator } from 'zustand/vanilla';
import { headersForEncryption } from '../encryption-choice.ts';
import type { RequestDraft } from '../request-draft.ts';
import type { PlaygroundState, RequestSlice } from './types.ts';

export const createRequestSlice =
  (initial: RequestDraft): StateCreator<PlaygroundState, [], [], RequestSlice> =>
  (set, get) => ({
    draft: initial,
    bodyFile: null,
    setDraft: (patch) => set({ draft: { ...get().draft, ...patch }, draftError: null }),
    setHeaders: (headers) => set({ draft: { ...get().draft, headers }, draftError: null }),
    setEncryption: (choice) => {
      const draft = get().draft;
      set({
        draft: {
          ...draft,
          headers: headersForEncryption(draft.headers, choice),
          clientSide: { ...draft.clientSide, enabled: choice === 'Client-side' },
        },
        draftError: null,
      });
    },
    setBodyFile: (bodyFile) => set({ bodyFile }),
  });
