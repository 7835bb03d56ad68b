import { withBreakPoints } from '../../common/break-points.tsx';
import type { ConditionView } from '../authorization-data.ts';

const values = (list: string[]) => withBreakPoints(list.join(', '));

/** Each condition: the operator, the key, the request's values against the policy's, and why it (did not) match. */
export function ConditionTable({ conditions }: { conditions: ConditionView[] }) {
  return (
    <table className="w-full table-fixed text-left text-xs">
      <caption className="sr-only">Conditions</caption>
      <thead>
        <tr className="text-slate-600 dark:text-slate-400">
          <th scope="col" className="w-1/3 font-normal">
            Condition
          </th>
          <th scope="col" className="w-1/5 font-normal">
            Request value
          </th>
          <th scope="col" className="w-1/5 font-normal">
            Policy value
          </th>
          <th scope="col" className="font-normal">
            Result
          </th>
        </tr>
      </thead>
      <tbody>
        {conditions.map((condition) => (
          <tr
            key={`${condition.operator}|${condition.key}`}
            className="border-t border-slate-100 align-top dark:border-slate-800"
          >
            <td className="pr-1 font-mono [overflow-wrap:anywhere]">
              {withBreakPoints(condition.operator)}
              <br />
              {withBreakPoints(condition.key)}
            </td>
            <td className="pr-1 font-mono [overflow-wrap:anywhere]">
              {condition.keyPresent ? (
                values(condition.contextValues)
              ) : (
                <em className="text-slate-600 dark:text-slate-400">absent</em>
              )}
            </td>
            <td className="pr-1 font-mono [overflow-wrap:anywhere]">
              {values(condition.resolvedPolicyValues ?? condition.policyValues)}
            </td>
            <td className="[overflow-wrap:anywhere]">
              <span
                className={
                  condition.matched
                    ? 'text-emerald-700 dark:text-emerald-400'
                    : 'text-slate-600 dark:text-slate-300'
                }
              >
                {condition.matched ? '✓ matches' : '✗ does not match'}
              </span>
              <span className="block">{withBreakPoints(condition.reason)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
