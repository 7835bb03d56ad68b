import { challengeById } from '../../scenarios/challenges.ts';
import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { buttonClass, primaryButtonClass } from '../common/PanelBoundary.tsx';

const selectLesson = (s: PlaygroundState) => s.lesson;
const selectCheck = (s: PlaygroundState) => s.checkChallenge;
const selectHint = (s: PlaygroundState) => s.showHint;

/**
 * A challenge's task, "Check" with a grade per step (and why it still differs), and hints one at a
 * time. In presenter mode the editors are folded away, so it says how to get back to them.
 */
export function ChallengePanel({ presenter = false }: { presenter?: boolean }) {
  const lesson = usePlayground(selectLesson);
  const check = usePlayground(selectCheck);
  const hint = usePlayground(selectHint);
  const spec = lesson ? challengeById(lesson.scenario.id) : undefined;
  if (!lesson || !spec) return null;
  const grade = lesson.grade;
  return (
    <section
      aria-label="Challenge"
      className="flex flex-col gap-2 rounded border border-violet-300 bg-white p-2 text-sm dark:border-violet-700 dark:bg-slate-900"
    >
      <p>
        <strong>Challenge.</strong> {spec.task}{' '}
        {/* On the projector, one step is on screen and room is short: how to write it instead. */}
        {presenter
          ? 'Press Esc to leave presenter mode and write it; Check grades it here too.'
          : 'The steps below say what S3 must answer.'}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={primaryButtonClass}
          disabled={lesson.checking}
          onClick={() => void check()}
        >
          Check
        </button>
        <button
          type="button"
          className={buttonClass}
          disabled={lesson.hints >= spec.hints.length}
          onClick={hint}
        >
          {lesson.hints >= spec.hints.length
            ? 'No more hints'
            : `Show a hint (${lesson.hints + 1} of ${spec.hints.length})`}
        </button>
      </div>
      {lesson.hints > 0 ? (
        <ol aria-label="Hints" className="list-decimal pl-5">
          {spec.hints.slice(0, lesson.hints).map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ol>
      ) : null}
      <div role="status" aria-label="Grade" className="flex flex-col gap-1">
        {lesson.checking ? <p>Checking every step against your version…</p> : null}
        {!lesson.checking && grade?.kind === 'broken' ? (
          <p className="text-red-700 dark:text-red-400">S3 would not take your version: {grade.reason}</p>
        ) : null}
        {!lesson.checking && grade?.kind === 'graded' ? (
          <>
            <p className="font-medium">
              {grade.passed
                ? `Solved: all ${grade.steps.length} steps answer as they must.`
                : `${grade.steps.filter((s) => s.passed).length} of ${grade.steps.length} steps answer as they must.`}
            </p>
            <ul className="flex flex-col gap-1">
              {grade.steps.map((step) => (
                <li key={step.index} className={step.passed ? 'text-emerald-800 dark:text-emerald-300' : ''}>
                  {step.passed ? '✓' : '✗'} Step {step.index + 1}
                  {step.passed ? '' : `: ${step.differs.join('; ')}`}
                  {step.why ? (
                    <span className="block pl-4 text-slate-700 dark:text-slate-300">Why: {step.why}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </section>
  );
}
