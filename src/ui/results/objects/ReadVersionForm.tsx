import { useId, useState } from 'react';
import { usePlayground } from '../../../state/context.tsx';
import { H } from '../../../state/encryption-choice.ts';
import { headerValue } from '../../../state/request-draft.ts';
import type { PlaygroundState } from '../../../state/store.ts';
import { smallButtonClass } from '../../common/PanelBoundary.tsx';
import { readVersionRequest } from './read-request.ts';

const selectSendRaw = (s: PlaygroundState) => s.sendRaw;
const selectDraft = (s: PlaygroundState) => s.draft;
const selectSetRightTab = (s: PlaygroundState) => s.setRightTab;

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
  const setRightTab = usePlayground(selectSetRightTab);
  const [customerKey, setCustomerKey] = useState('');
  const [result, setResult] = useState<string | null>(null);
  const keyId = useId();
  const draftKey = headerValue(draft.headers, H.customerKey) ?? '';
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
    const outcome = await sendRaw(request.value);
    if (!outcome) {
      setResult('No answer: the request was cancelled or the world was replaced.');
      return;
    }
    const { response } = outcome;
    setResult(
      `${response.status}${response.error ? ` ${response.error.code}: ${response.error.message}` : ''}`,
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
        {sseC
          ? 'SSE-C key (base64), required for this version'
          : 'SSE-C key (base64), none needed: not SSE-C'}
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
      {sseC && draftKey !== '' && draftKey !== customerKey ? (
        <button type="button" className={smallButtonClass} onClick={() => setCustomerKey(draftKey)}>
          Use the request's key
        </button>
      ) : null}
      <button type="submit" className={smallButtonClass}>
        Read as {draft.principal.split(':').slice(-1)[0] || 'anonymous'}
      </button>
      {result ? (
        <span className="flex basis-full flex-wrap items-center gap-2">
          <output className="font-mono" aria-live="polite">
            {result}
          </output>
          <button type="button" className={smallButtonClass} onClick={() => setRightTab('answer')}>
            Show the response and trace
          </button>
        </span>
      ) : null}
    </form>
  );
}
