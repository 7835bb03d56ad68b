import { useId, useState } from 'react';
import { usePlayground } from '../../../state/context.tsx';
import type { PlaygroundState } from '../../../state/store.ts';
import { readVersionRequest } from './read-request.ts';

const selectSendRaw = (s: PlaygroundState) => s.sendRaw;
const selectDraft = (s: PlaygroundState) => s.draft;

/**
 * Reads one version through S3 (GetObject with its versionId) as the request builder's caller,
 * optionally with an SSE-C key. The answer also lands in the Response and Trace panels.
 */
export function ReadVersionForm({
  bucket,
  objectKey,
  versionId,
  sseC,
}: {
  bucket: string;
  objectKey: string;
  versionId: string;
  sseC: boolean;
}) {
  const sendRaw = usePlayground(selectSendRaw);
  const draft = usePlayground(selectDraft);
  const [customerKey, setCustomerKey] = useState('');
  const [result, setResult] = useState<string | null>(null);
  const keyId = useId();
  const read = async () => {
    const request = readVersionRequest({
      bucket,
      key: objectKey,
      versionId,
      customerKey,
      caller: {
        principal: draft.principal,
        sourceIp: draft.sourceIp,
        https: draft.https,
        signature: draft.signature,
        tlsVersion: draft.tlsVersion,
      },
    });
    if (!request.ok) {
      setResult(request.error);
      return;
    }
    const { response } = await sendRaw(request.value);
    setResult(
      `${response.status}${response.error ? ` ${response.error.code}: ${response.error.message}` : ' — see Response and Trace'}`,
    );
  };
  return (
    <form
      className="mt-1 flex flex-wrap items-end gap-2 text-xs"
      aria-label={`Read version ${versionId} of ${objectKey}`}
      onSubmit={(event) => {
        event.preventDefault();
        void read();
      }}
    >
      <label htmlFor={keyId} className="flex min-w-48 flex-1 flex-col">
        SSE-C key (base64){sseC ? ', required for this version' : ', optional'}
        <input
          id={keyId}
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={customerKey}
          onChange={(event) => setCustomerKey(event.target.value)}
          className="rounded border border-slate-300 bg-white px-1 py-0.5 font-mono dark:border-slate-600 dark:bg-slate-950"
        />
      </label>
      <button
        type="submit"
        className="rounded border border-slate-400 px-2 py-0.5 font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-500 dark:hover:bg-slate-800"
      >
        Read as {draft.principal.split(':').slice(-1)[0] || 'anonymous'}
      </button>
      {result ? (
        <output className="basis-full font-mono" aria-live="polite">
          {result}
        </output>
      ) : null}
    </form>
  );
}
