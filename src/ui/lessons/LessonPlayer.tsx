import { useEffect, useRef } from 'react';
import { usePlayground } from '../../state/context.tsx';
import { stepVerdict } from '../../state/lesson-step.ts';
import type { PlaygroundState } from '../../state/store.ts';
import { InlineMarkdown } from '../common/InlineMarkdown.tsx';
import { buttonClass, primaryButtonClass } from '../common/PanelBoundary.tsx';
import { ChallengePanel } from './ChallengePanel.tsx';
import { DeckBar } from './DeckBar.tsx';
import { LessonStep } from './LessonStep.tsx';
import { ranFirstNotice } from './step-notices.ts';
import { useLessonCatalog } from './use-catalog.ts';

const selectLesson = (s: PlaygroundState) => s.lesson;
const selectDeck = (s: PlaygroundState) => s.deck;
const selectClose = (s: PlaygroundState) => s.closeLesson;
const selectRestart = (s: PlaygroundState) => s.restartLesson;
const selectOpen = (s: PlaygroundState) => s.openLesson;

/** An open lesson, in its own world: what it teaches, then its steps, each run with one click. */
export function LessonPlayer() {
  const lesson = usePlayground(selectLesson);
  const deck = usePlayground(selectDeck);
  const close = usePlayground(selectClose);
  const restart = usePlayground(selectRestart);
  const open = usePlayground(selectOpen);
  const heading = useRef<HTMLHeadingElement>(null);
  const catalog = useLessonCatalog(lesson !== null && deck === null);
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
  const finished = lesson.runs[scenario.steps.length - 1] !== undefined;
  // Outside a deck, the gallery's order is the way on.
  const lessons = catalog?.LESSONS ?? [];
  const at = lessons.findIndex((l) => l.id === scenario.id);
  const following = !deck && finished && at >= 0 ? lessons[at + 1] : undefined;
  return (
    <section
      aria-label="Lesson"
      className="flex flex-col gap-2 rounded border border-sky-300 bg-sky-50 p-3 dark:border-sky-800 dark:bg-sky-950"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 ref={heading} tabIndex={-1} className="font-semibold outline-none">
          Lesson: {scenario.title}
        </h2>
        <div className="flex gap-2">
          <button type="button" className={buttonClass} onClick={() => void restart()}>
            Restart lesson
          </button>
          <button type="button" className={buttonClass} onClick={close}>
            Close lesson
          </button>
        </div>
      </div>
      <DeckBar finished={finished} />
      {scenario.description ? (
        <p className="text-sm">
          <InlineMarkdown text={scenario.description} />
        </p>
      ) : null}
      <p className="text-xs text-slate-600 dark:text-slate-400">
        The lesson has a bucket and KMS of its own; your own work comes back as it was when you close it. Time
        in a lesson is simulated: it moves only as the steps say.
      </p>
      <ChallengePanel />
      <div role="status" className="text-xs empty:hidden">
        {ranFirstNotice(lesson.ranFirst)}
        {lesson.offScript
          ? ' You changed the lesson’s bucket, keys or requests: answers are no longer compared with real S3 until you restart the lesson.'
          : ''}
      </div>
      <ol className="flex flex-col gap-2">
        {scenario.steps.map((step, index) => (
          <LessonStep
            // biome-ignore lint/suspicious/noArrayIndexKey: a lesson's steps never move; their place is their identity.
            key={`${scenario.id}-${index}`}
            index={index}
            step={step}
            current={lesson.current === index}
            outcome={lesson.runs[index]}
            verdict={stepVerdict(lesson, index)}
            problem={lesson.problem?.step === index ? lesson.problem.message : undefined}
          />
        ))}
      </ol>
      {following ? (
        <div>
          <button type="button" className={primaryButtonClass} onClick={() => void open(following.scenario)}>
            Next lesson
          </button>{' '}
          <span className="text-sm">{following.title}</span>
        </div>
      ) : null}
    </section>
  );
}
