import type { EvaluationView } from '../authorization-data.ts';
import { StatementCard } from './StatementCard.tsx';

const DECISION_WORDS: Record<string, string> = {
  Allow: 'allows',
  ExplicitDeny: 'explicitly denies',
  ImplicitDeny: 'has no statement that allows it',
};

/** A policy's evaluation: its decision and every statement, the deciding one marked. */
export function PolicyEvaluationView({
  name,
  evaluation,
  onReveal,
}: {
  name: string;
  evaluation: EvaluationView;
  onReveal?: (index: number) => void;
}) {
  return (
    // Not a named region: the page's "Bucket policy" region is the editor.
    <div className="flex flex-col gap-1">
      <h4 className="text-xs font-semibold">
        {name} {DECISION_WORDS[evaluation.decision] ?? evaluation.decision}
      </h4>
      {evaluation.summary ? <p className="text-xs">{evaluation.summary}</p> : null}
      {evaluation.statements.length === 0 ? (
        <p className="text-xs text-slate-500 dark:text-slate-400">The policy has no statements.</p>
      ) : (
        <ol className="flex flex-col gap-1">
          {evaluation.statements.map((statement) => (
            <StatementCard
              key={statement.index}
              statement={statement}
              deciding={statement.index === evaluation.decidingStatement}
              {...(onReveal ? { onReveal: () => onReveal(statement.index) } : {})}
            />
          ))}
        </ol>
      )}
    </div>
  );
}
