import { wentThrough } from '../../engine/index.ts';
import { usePlayground } from '../../state/context.tsx';
import { stepVerdict } from '../../state/lesson-step.ts';
import type { PlaygroundState } from '../../state/store.ts';
import { InlineMarkdown } from '../common/InlineMarkdown.tsx';
import { primaryButtonClass } from '../common/PanelBoundary.tsx';
import { ChallengePanel } from '../lessons/ChallengePanel.tsx';
import { DeckBar } from '../lessons/DeckBar.tsx';
import { realS3Answer } from '../lessons/real-answer.ts';
import { ranFirstNotice, VERDICT_LEAD } from '../lessons/step-notices.ts';
import { stepSummary } from '../lessons/step-summary.ts';
import { statusLabel } from '../results/format/status-text.ts';

const selectLesson = (s: PlaygroundState) => s.lesson;
const selectRun = (s: PlaygroundState) => s.runLessonStep;

/** The current step, large: what is sent, the button, S3's answer and the lesson's explanation. */
export function PresenterStep() {
  const lesson = usePlayground(selectLesson);
  const run = usePlayground(selectRun);
  const steps = lesson?.scenario.steps ?? [];
  const index = lesson?.current ?? 0;
  const step = steps[index];
  const outcome = lesson?.runs[index];
  const verdict = lesson ? stepVerdict(lesson, index) : undefined;
  const real = step ? realS3Answer(step, outcome) : undefined;
  const finished = lesson !== null && lesson.runs[steps.length - 1] !== undefined;
  return (
    <section
      aria-label="Lesson"
      className="flex min-h-0 flex-col gap-2 overflow-y-auto rounded border border-sky-300 bg-sky-50 p-3 dark:border-sky-800 dark:bg-sky-950"
    >
      <DeckBar finished={finished} />
      <ChallengePanel presenter />
      {lesson && step ? (
        <>
          <h2 className="text-xl font-semibold">
            Step {index + 1}: <span className="font-mono">{stepSummary(step.request).title}</span>
          </h2>
          <ul className="font-mono text-sm [overflow-wrap:anywhere] text-slate-700 empty:hidden dark:text-slate-300">
            {stepSummary(step.request).details.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <div className="flex flex-wrap items-center gap-3">
            <button type="button" className={primaryButtonClass} onClick={() => void run(index)}>
              Run step {index + 1}
            </button>
            {real ? <span className="text-slate-700 dark:text-slate-300">{real}</span> : null}
            {outcome ? (
              <span
                data-testid={`step-${index + 1}-answer`}
                className={`rounded px-2 py-0.5 font-mono text-lg ${wentThrough(outcome.response.status) ? 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100' : 'bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100'}`}
              >
                {statusLabel(outcome.response.status)} {outcome.response.error?.code ?? ''}
              </span>
            ) : null}
          </div>
          {outcome?.response.error ? <p>{outcome.response.error.message}</p> : null}
          {lesson.ranFirst ? <p role="status">{ranFirstNotice(lesson.ranFirst)}</p> : null}
          {verdict ? (
            <p role="alert" className="text-amber-800 dark:text-amber-300">
              {VERDICT_LEAD[verdict.kind]}{' '}
              <span className="font-mono text-xs">{verdict.lines.join('; ')}</span>
            </p>
          ) : null}
          {step.explain && outcome ? (
            <p className="text-lg leading-snug">
              <InlineMarkdown text={step.explain} />
            </p>
          ) : (
            <p className="text-slate-600 dark:text-slate-400">
              Press → or “Run step {index + 1}” to send it; its explanation shows with the answer.
            </p>
          )}
        </>
      ) : (
        <p className="text-xl">
          No lesson is open. Leave presenter mode (Esc) and open one from “Lessons”; your last answer and its
          trace are on the right.
        </p>
      )}
    </section>
  );
}
