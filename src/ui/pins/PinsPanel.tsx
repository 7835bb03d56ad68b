import { usePlayground } from '../../state/context.tsx';
import { pinLabel } from '../../state/pins.ts';
import type { PlaygroundState } from '../../state/store.ts';
import { downloadText } from '../common/download.ts';
import { buttonClass, smallButtonClass } from '../common/PanelBoundary.tsx';
import { PinsExportNotice } from './PinsExportNotice.tsx';
import { pinsStatus } from './pins-status.ts';

const selectPins = (s: PlaygroundState) => s.pins;
const selectCheck = (s: PlaygroundState) => s.pinCheck;
const selectLastRun = (s: PlaygroundState) => s.lastRun;
const selectPin = (s: PlaygroundState) => s.pinLastRun;
const selectRemove = (s: PlaygroundState) => s.removePin;
const selectSetDraft = (s: PlaygroundState) => s.setDraft;
const selectExport = (s: PlaygroundState) => s.exportPins;
const selectReport = (s: PlaygroundState) => s.pinExport;

/**
 * Requests kept with the answer they had: they re-run against the draft policy and the bucket as
 * they are now, and the ones whose answer changed are listed with what changed.
 */
export function PinsPanel() {
  const pins = usePlayground(selectPins);
  const check = usePlayground(selectCheck);
  const lastRun = usePlayground(selectLastRun);
  const pin = usePlayground(selectPin);
  const remove = usePlayground(selectRemove);
  const setDraft = usePlayground(selectSetDraft);
  const exportPins = usePlayground(selectExport);
  const report = usePlayground(selectReport);
  const exportScenario = async () => {
    const made = await exportPins();
    if (made) downloadText('pinned-expectations.json', 'application/json', made.text);
  };
  return (
    <div className="flex flex-col gap-2 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={buttonClass} disabled={!lastRun} onClick={pin}>
          Pin
        </button>
        <span className="text-xs text-slate-600 dark:text-slate-400">
          {lastRun
            ? 'Keeps the last request and its answer as an expectation.'
            : 'Send a request, then pin its answer.'}
        </span>
        <button type="button" className={buttonClass} disabled={pins.length === 0} onClick={exportScenario}>
          Export as scenario file
        </button>
      </div>
      <PinsExportNotice report={report} />
      {check?.refusal ? (
        <p role="alert" className="text-rose-800 dark:text-rose-300">
          The pins could not be checked: S3 refuses the draft policy ({check.refusal}).
        </p>
      ) : null}
      {pins.length > 0 ? (
        <p role="status" className="text-xs">
          {pinsStatus(check?.results ?? [], pins.length)}
        </p>
      ) : null}
      <ul aria-label="Pins" className="flex flex-col gap-1">
        {pins.map((p, index) => {
          const result = check?.results[index];
          const differs = result !== undefined && result !== null && result.length > 0;
          const label = pinLabel(p);
          return (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: pins have no identity but their place in the list
              key={index}
              aria-label={`Pin ${label}`}
              className={`flex flex-wrap items-center gap-2 rounded border px-2 py-1 ${differs ? 'border-rose-400 bg-rose-50 dark:border-rose-700 dark:bg-rose-950' : 'border-slate-200 dark:border-slate-700'}`}
            >
              <span className="font-mono text-xs">{label}</span>
              <span className="text-xs">
                {result === undefined
                  ? 'not checked yet'
                  : result === null
                    ? 'cannot be sent'
                    : differs
                      ? `now differs: ${result.map((d) => `${d.field} ${d.expected} → ${d.actual}`).join('; ')}`
                      : 'holds'}
              </span>
              <button type="button" className={smallButtonClass} onClick={() => setDraft(p.draft)}>
                Load
              </button>
              <button
                type="button"
                className={smallButtonClass}
                aria-label={`Remove pin ${label}`}
                onClick={() => remove(index)}
              >
                Remove
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
