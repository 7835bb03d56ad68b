import type { ElementView, StatementView } from '../authorization-data.ts';
import { ConditionTable } from './ConditionTable.tsx';

function ElementRow({ name, element }: { name: string; element?: ElementView }) {
  if (!element) return null;
  return (
    <li className="flex gap-1 text-xs">
      <span
        aria-hidden="true"
        className={
          element.matched ? 'text-emerald-700 dark:text-emerald-400' : 'text-red-700 dark:text-red-400'
        }
      >
        {element.matched ? '✓' : '✗'}
      </span>
      <span>
        <span className="font-medium">
          {element.element && element.element !== 'none' ? element.element : name}
        </span>{' '}
        {element.matched ? 'matches' : 'does not match'}
        {element.matchedValue ? (
          <>
            {' '}
            (<code className="font-mono">{element.matchedValue}</code>)
          </>
        ) : null}
        : {element.reason}
      </span>
    </li>
  );
}

/** One statement: does it apply, and why — principal, action, resource, conditions. The deciding one is marked. */
export function StatementCard({
  statement,
  deciding,
  onReveal,
}: {
  statement: StatementView;
  deciding: boolean;
  /** Moves the policy editor's cursor to this statement (bucket policy statements only). */
  onReveal?: () => void;
}) {
  const name = statement.sid
    ? `${statement.sid} (#${statement.index + 1})`
    : `Statement #${statement.index + 1}`;
  const border = deciding
    ? statement.effect === 'Deny'
      ? 'border-red-500 ring-2 ring-red-300 dark:ring-red-800'
      : 'border-emerald-500 ring-2 ring-emerald-300 dark:ring-emerald-800'
    : 'border-slate-200 dark:border-slate-700';
  return (
    <li
      aria-label={`${name}${deciding ? ', deciding statement' : ''}`}
      className={`rounded border p-2 ${border}`}
    >
      <p className="flex flex-wrap items-center gap-2 text-xs">
        {onReveal ? (
          <button
            type="button"
            onClick={onReveal}
            title="Show this statement in the policy editor"
            className="font-semibold text-sky-700 underline focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-400"
          >
            {name}
          </button>
        ) : (
          <span className="font-semibold">{name}</span>
        )}
        <span
          className={
            statement.effect === 'Deny'
              ? 'text-red-700 dark:text-red-400'
              : 'text-emerald-700 dark:text-emerald-400'
          }
        >
          {statement.effect}
        </span>
        <span>{statement.applies ? 'applies' : 'does not apply'}</span>
        {deciding ? (
          <strong className="rounded bg-slate-900 px-1 text-white dark:bg-white dark:text-slate-900">
            deciding
          </strong>
        ) : null}
      </p>
      <ul className="mt-1 flex flex-col gap-0.5">
        <ElementRow name="Principal" element={statement.principal} />
        <ElementRow name="Action" element={statement.action} />
        <ElementRow name="Resource" element={statement.resource} />
      </ul>
      {statement.conditions.length > 0 ? (
        <div className="mt-1">
          <ConditionTable conditions={statement.conditions} />
        </div>
      ) : null}
      {statement.reason ? (
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-300">{statement.reason}</p>
      ) : null}
    </li>
  );
}
