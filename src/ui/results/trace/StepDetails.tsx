import type { TraceStep } from '../../../engine/index.ts';
import { StepView } from '../trace-steps/index.tsx';
import { stageLabel, traceOperation } from './pipeline-stages.ts';

const BADGE: Record<TraceStep['outcome'], string> = {
  pass: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/60 dark:text-emerald-100',
  fail: 'bg-red-100 text-red-900 dark:bg-red-900/60 dark:text-red-100',
  skip: 'bg-slate-200 text-slate-700 dark:bg-slate-700 dark:text-slate-200',
};

export const stepElementId = (index: number) => `trace-step-${index}`;

/** One step: stage, outcome, title, the sentence saying why (and for a failure what would change it), and its view. */
export function StepDetails({
  step,
  index,
  trace,
  deciding,
}: {
  step: TraceStep;
  index: number;
  trace: readonly TraceStep[];
  deciding: boolean;
}) {
  const label = stageLabel(step.stage, traceOperation(trace));
  return (
    <li
      id={stepElementId(index)}
      tabIndex={-1}
      aria-label={`${label}: ${step.title}`}
      className={`rounded border p-2 outline-none focus-visible:ring-2 focus-visible:ring-sky-600 ${
        deciding ? 'border-slate-900 dark:border-white' : 'border-slate-200 dark:border-slate-700'
      }`}
    >
      <h3 className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-xs text-slate-500 uppercase dark:text-slate-400">{label}</span>
        <span className={`rounded px-1.5 text-xs font-semibold ${BADGE[step.outcome]}`}>{step.outcome}</span>
        <span className="font-medium">{step.title}</span>
        {deciding ? <span className="text-xs font-semibold">(decided here)</span> : null}
      </h3>
      {step.outcome === 'fail' ? (
        <p className="my-1 rounded border-l-4 border-red-600 bg-red-50 px-2 py-1 text-sm dark:bg-red-950">
          <span className="font-semibold">Why: </span>
          {step.detail}
        </p>
      ) : (
        <p className="my-1 text-xs text-slate-700 dark:text-slate-300">{step.detail}</p>
      )}
      <StepView step={step} trace={trace} />
    </li>
  );
}
