import { useEffect, useRef } from 'react';
import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { InlineMarkdown } from '../common/InlineMarkdown.tsx';
import { buttonClass } from '../common/PanelBoundary.tsx';
import { LessonStep } from './LessonStep.tsx';

const selectLesson = (s: PlaygroundState) => s.lesson;
const selectClose = (s: PlaygroundState) => s.closeLesson;

/** An open lesson: what it teaches, then its steps, each run with one click. */
export function LessonPlayer() {
  const lesson = usePlayground(selectLesson);
  const close = usePlayground(selectClose);
  const heading = useRef<HTMLHeadingElement>(null);
  const lessonId = lesson?.scenario.id;
  // A newly opened lesson takes the focus (after the gallery dialog has handed it back), so the
  // keyboard continues at its first step rather than at the header's "Lessons" button.
  useEffect(() => {
    if (lessonId === undefined) return;
    const timer = setTimeout(() => heading.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, [lessonId]);
  if (!lesson) return null;
  const { scenario } = lesson;
  return (
    <section
      aria-label="Lesson"
      className="flex flex-col gap-2 rounded border border-sky-300 bg-sky-50 p-3 dark:border-sky-800 dark:bg-sky-950"
    >
      <div className="flex items-start justify-between gap-2">
        <h2 ref={heading} tabIndex={-1} className="font-semibold outline-none">
          Lesson: {scenario.title}
        </h2>
        <button type="button" className={buttonClass} onClick={close}>
          Close lesson
        </button>
      </div>
      {scenario.description ? (
        <p className="text-sm">
          <InlineMarkdown text={scenario.description} />
        </p>
      ) : null}
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Time in a lesson is simulated: it moves only as the steps say, however long you talk between clicks.
      </p>
      <ol className="flex flex-col gap-2">
        {scenario.steps.map((step, index) => (
          <LessonStep
            // biome-ignore lint/suspicious/noArrayIndexKey: a lesson's steps never move; their place is their identity.
            key={`${scenario.id}-${index}`}
            index={index}
            step={step}
            outcome={lesson.runs[index]}
            problem={lesson.problem?.step === index ? lesson.problem.message : undefined}
          />
        ))}
      </ol>
    </section>
  );
}
