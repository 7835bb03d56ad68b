import { useId, useState } from 'react';
import { MAX_AUDIT_EVENTS } from '../../engine/index.ts';
import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { auditEventNames, auditKeyArns, filterAuditEvents } from './audit/audit-filter.ts';
import { EmptyNote, Panel } from './common/Panel.tsx';

const selectAuditLog = (s: PlaygroundState) => s.snapshot?.auditLog;
const selectDropped = (s: PlaygroundState) => s.snapshot?.auditEventsDropped ?? 0;

/** Events rendered at first and added per "Show older events": each is a CloudTrail JSON block. */
const PAGE = 100;

/** Every KMS call (made by S3 or refused) as the CloudTrail event it would be, newest first. */
export function AuditLogPanel() {
  const log = usePlayground(selectAuditLog) ?? [];
  const dropped = usePlayground(selectDropped);
  const [limit, setLimit] = useState(PAGE);
  const [eventName, setEventName] = useState('');
  const [key, setKey] = useState('');
  const ids = { name: useId(), key: useId(), keys: useId() };
  const shown = filterAuditEvents(log, { eventName, key }).reverse();
  return (
    <Panel name="Audit log">
      <div className="flex flex-wrap items-end gap-2 text-xs">
        <fieldset className="flex flex-wrap items-center gap-1">
          <legend className="sr-only">Event name</legend>
          {['', ...auditEventNames(log)].map((name) => (
            <label
              key={name || 'all'}
              className="flex cursor-pointer items-center gap-1 rounded border border-slate-300 px-1.5 py-0.5 has-checked:border-sky-600 has-checked:bg-sky-50 has-focus-visible:outline-2 has-focus-visible:outline-sky-600 dark:border-slate-600 dark:has-checked:bg-sky-950"
            >
              <input
                type="radio"
                name={ids.name}
                value={name}
                checked={eventName === name}
                onChange={() => setEventName(name)}
                className="sr-only"
              />
              {name || 'All events'} (
              {name ? log.filter((event) => event.eventName === name).length : log.length})
            </label>
          ))}
        </fieldset>
        <label htmlFor={ids.key} className="flex min-w-48 flex-1 flex-col">
          Key (ARN, id or alias)
          <input
            id={ids.key}
            type="search"
            list={ids.keys}
            value={key}
            onChange={(event) => setKey(event.target.value)}
            className="rounded border border-slate-300 bg-white px-1 py-0.5 font-mono dark:border-slate-600 dark:bg-slate-950"
          />
          <datalist id={ids.keys}>
            {auditKeyArns(log).map((arn) => (
              <option key={arn} value={arn} />
            ))}
          </datalist>
        </label>
        <p role="status" className="text-slate-600 dark:text-slate-300">
          {shown.length.toLocaleString('en-US')} of {log.length.toLocaleString('en-US')} events
          {dropped > 0
            ? `; ${dropped.toLocaleString('en-US')} older calls are not kept (the log keeps the newest ${MAX_AUDIT_EVENTS.toLocaleString('en-US')})`
            : ''}
        </p>
      </div>
      {log.length === 0 ? (
        <EmptyNote>No KMS calls yet: an SSE-KMS or DSSE-KMS request makes some.</EmptyNote>
      ) : null}
      <ol aria-label="KMS events" className="flex flex-col gap-1">
        {shown.slice(0, limit).map((event, index) => (
          <li
            // Events are an append-only log; time plus position identifies one.
            key={`${event.eventTime}-${event.eventName}-${(shown.length - index).toString()}`}
            className={`rounded border p-1 ${event.errorCode ? 'border-red-400 dark:border-red-700' : 'border-slate-200 dark:border-slate-700'}`}
          >
            {/* The newest event is open: its CloudTrail JSON is what a learner looks for first. */}
            <details open={index === 0}>
              <summary className="cursor-pointer text-xs">
                <span className="font-mono">{event.eventTime}</span>{' '}
                <span className="font-semibold">{event.eventName}</span>
                {event.errorCode ? (
                  <span className="text-red-700 dark:text-red-300"> {event.errorCode}</span>
                ) : null}
                <span className="text-slate-500 dark:text-slate-400"> {event.resources?.[0]?.ARN ?? ''}</span>
              </summary>
              <pre className="mt-1 max-h-72 overflow-auto rounded bg-slate-100 p-2 font-mono text-xs dark:bg-slate-800">
                {JSON.stringify(event, null, 2)}
              </pre>
            </details>
          </li>
        ))}
      </ol>
      {shown.length > limit ? (
        <button
          type="button"
          onClick={() => setLimit((n) => n + PAGE)}
          className="self-start rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          Show {Math.min(PAGE, shown.length - limit)} older events
        </button>
      ) : null}
    </Panel>
  );
}
