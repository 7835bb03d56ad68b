import type { Outcome, Step } from '../../engine/index.ts';
import { wentThrough } from '../../engine/index.ts';
import { usePlayground } from '../../state/context.tsx';
import type { StepVerdict } from '../../state/lesson-step.ts';
import type { PlaygroundState } from '../../state/store.ts';
import { InlineMarkdown } from '../common/InlineMarkdown.tsx';
import { buttonClass } from '../common/PanelBoundary.tsx';
import { statusLabel } from '../results/format/status-text.ts';
import { realS3Answer } from './real-answer.ts';
import { VERDICT_LEAD } from './step-notices.ts';
import { stepSummary } from './step-summary.ts';

const selectRun = (s: PlaygroundState) => s.runLessonStep;

/** One step: run it, see S3's answer next to what real S3 answers (the lesson's expectation), read why. */
export function LessonStep({
  index,
  step,
  current,
  outcome,
  verdict,
  problem,
}: {
  index: number;
  step: Step;
  current: boolean;
  outcome?: Outcome;
  /** How its answer differs from the lesson's, if it does (lesson-step.ts). */
  verdict?: StepVerdict;
  problem?: string;
}) {
  const run = usePlayground(selectRun);
  const real = realS3Answer(step, outcome);
  const got = outcome?.response;
  const summary = stepSummary(step.request);
  return (
    <li
      aria-current={current ? 'step' : undefined}
      className={`rounded border bg-white p-2 text-sm dark:bg-slate-900 ${current ? 'border-sky-600 ring-1 ring-sky-600 dark:border-sky-400 dark:ring-sky-400' : 'border-slate-200 dark:border-slate-700'}`}
    >
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={buttonClass} onClick={() => void run(index)}>
          Run step {index + 1}
        </button>
        <span className="font-mono text-xs">{summary.title}</span>
        {real ? <span className="text-xs text-slate-600 dark:text-slate-400">{real}</span> : null}
        {got ? (
          <span
            data-testid={`step-${index + 1}-answer`}
            className={`rounded px-1.5 font-mono text-xs ${wentThrough(got.status) ? 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100' : 'bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100'}`}
          >
            {statusLabel(got.status)} {got.error?.code ?? ''}
          </span>
        ) : null}
      </div>
      {summary.details.length > 0 ? (
        <ul className="mt-1 font-mono text-xs [overflow-wrap:anywhere] text-slate-600 dark:text-slate-400">
          {summary.details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      {verdict ? (
        <div role="alert" className="mt-1 text-xs text-amber-800 dark:text-amber-300">
          <p>{VERDICT_LEAD[verdict.kind]}</p>
          <ul className="list-disc pl-5 font-mono">
            {verdict.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {problem ? (
        <p role="alert" className="mt-1 text-xs text-red-700 dark:text-red-400">
          This step cannot run yet: {problem}
        </p>
      ) : null}
      {step.explain && outcome ? (
        <p className="mt-1">
          <InlineMarkdown text={step.explain} />
        </p>
      ) : null}
    </li>
  );
}
