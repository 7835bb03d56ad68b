import { wentThrough } from '../../engine/index.ts';
import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { EmptyNote, Panel } from './common/Panel.tsx';
import { statusText } from './format/status-text.ts';
import { HeadersTable } from './response/HeadersTable.tsx';
import { ResponseBody } from './response/ResponseBody.tsx';

const selectLastRun = (s: PlaygroundState) => s.lastRun;
const selectClientSide = (s: PlaygroundState) => s.clientSideResult;

const statusTone = (status: number) =>
  wentThrough(status)
    ? 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100'
    : status < 500
      ? 'bg-red-100 text-red-900 dark:bg-red-900/50 dark:text-red-100'
      : 'bg-amber-100 text-amber-900 dark:bg-amber-900/50 dark:text-amber-100';

/** What S3 answered to the last request: status, error, headers, XML error body, data. */
export function ResponsePanel() {
  const lastRun = usePlayground(selectLastRun);
  const clientSide = usePlayground(selectClientSide);
  if (!lastRun) {
    return (
      <Panel name="Response">
        <EmptyNote>Send a request to see S3's answer.</EmptyNote>
      </Panel>
    );
  }
  const { response } = lastRun.outcome;
  const { error } = response;
  return (
    <Panel name="Response">
      <p className="flex flex-wrap items-baseline gap-2">
        <span
          className={`rounded px-2 py-0.5 font-mono text-base font-semibold ${statusTone(response.status)}`}
        >
          {response.noAnswer ? (
            statusText(response.status)
          ) : (
            <>
              <span className="sr-only">Status code </span>
              <span>{response.status}</span> {statusText(response.status)}
            </>
          )}
        </span>
        <span className="text-xs text-slate-500 dark:text-slate-400">{lastRun.request.operation}</span>
        {error ? (
          <>
            <span className="sr-only">Error code </span>
            <span className="font-mono font-semibold text-red-800 dark:text-red-300">{error.code}</span>
          </>
        ) : null}
      </p>
      {error ? <p className="text-sm">{error.message}</p> : null}
      {response.noAnswer ? <p className="text-sm">{response.noAnswer.reason}</p> : null}
      {response.errorXml ? (
        <figure>
          <figcaption className="text-xs font-medium">Error body (XML, as S3 sends it)</figcaption>
          <pre className="max-h-48 overflow-auto rounded bg-slate-100 p-2 font-mono text-xs whitespace-pre-wrap break-all dark:bg-slate-800">
            {response.errorXml}
          </pre>
        </figure>
      ) : null}
      {response.body !== undefined && !error ? <ResponseBody body={response.body} /> : null}
      {clientSide ? (
        <section
          aria-label="Client-side encryption"
          className="rounded border border-violet-300 p-2 dark:border-violet-700"
        >
          <h3 className="text-xs font-semibold">
            Client-side:{' '}
            {clientSide.direction === 'encrypted' ? 'encrypted before sending' : 'decrypted in the browser'}
          </h3>
          {clientSide.error ? <p className="text-red-700 dark:text-red-300">{clientSide.error}</p> : null}
          {clientSide.plaintext !== undefined ? (
            <pre className="mt-1 max-h-40 overflow-auto rounded bg-slate-100 p-2 font-mono text-xs whitespace-pre-wrap dark:bg-slate-800">
              {clientSide.plaintext}
            </pre>
          ) : null}
        </section>
      ) : null}
      <details open>
        <summary className="cursor-pointer text-xs font-medium">
          Headers ({Object.keys(response.headers).length})
        </summary>
        <HeadersTable headers={response.headers} />
      </details>
    </Panel>
  );
}
