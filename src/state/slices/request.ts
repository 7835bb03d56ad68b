/** Request draft: the builder's fields. The encryption picker writes the SSE headers. */
import type { StateCreator } from 'zustand/vanilla';
import { queryTakenBy } from '../draft-query.ts';
import { H, headersForEncryption } from '../encryption-choice.ts';
import { headersForOperation } from '../header-hints.ts';
import type { RequestDraft } from '../request-draft.ts';
import { headerValue, withHeader } from '../request-draft.ts';
import { generateSseCKey, withKeyDigests } from '../sse-c-key.ts';
import type { PlaygroundState, RequestSlice } from './types.ts';

export const createRequestSlice =
  (initial: RequestDraft): StateCreator<PlaygroundState, [], [], RequestSlice> =>
  (set, get) => ({
    draft: initial,
    bodyFile: null,
    setDraft: (patch) => {
      const draft = get().draft;
      const next = { ...draft, ...patch };
      if (patch.operation && patch.operation !== draft.operation) {
        next.headers = headersForOperation(patch.operation, next.headers, draft.operation);
        next.query = queryTakenBy(draft.operation, patch.operation, next.query);
      }
      set({ draft: next, draftError: null });
    },
    // A key typed or pasted by hand gets its MD5, as the CLI and SDKs compute it.
    setHeaders: (headers) => {
      const draft = get().draft;
      set({ draft: { ...draft, headers: withKeyDigests(draft.headers, headers) }, draftError: null });
    },
    setEncryption: (choice) => {
      const draft = get().draft;
      let headers = headersForEncryption(draft.headers, choice);
      // Picking SSE-C with no key yet fills a fresh one, as "Generate key" would: the request is
      // sendable at once, and the key stays editable.
      if (choice === 'SSE-C' && !headerValue(headers, H.customerKey)) {
        const { key, md5 } = generateSseCKey();
        headers = withHeader(withHeader(headers, H.customerKey, key), H.customerKeyMd5, md5);
      }
      set({
        draft: {
          ...draft,
          headers,
          clientSide: { ...draft.clientSide, enabled: choice === 'Client-side' },
        },
        draftError: null,
      });
    },
    setBodyFile: (bodyFile) => set({ bodyFile }),
  });
