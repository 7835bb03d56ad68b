/**
 * How a lesson reads after the engine ran some of its steps (src/engine/scenario/session.ts keeps
 * which steps ran, the values their answers give later placeholders, and the comparisons). The
 * "differs from real S3" notice uses a step's mismatches only when the engine compared it: it ran
 * in order in a world nobody else changed (issue 8, "Steps in order").
 */
import type { Outcome, RequestInput, SessionStep } from '../engine/index.ts';
import type { StepsRan } from './engine-port.ts';
import type { OpenLesson } from './slices/types.ts';

export function lessonAfterSteps(
  lesson: OpenLesson,
  asked: number,
  ran: Extract<StepsRan, { kind: 'ran' }>,
): OpenLesson {
  const runs = [...lesson.runs];
  const sent = [...lesson.sent];
  const compared = [...lesson.compared];
  const mismatches = [...lesson.mismatches];
  let { lastRan } = lesson;
  let problem: OpenLesson['problem'];
  for (const step of ran.steps) {
    if (step.outcome === undefined) {
      problem = { step: step.index, message: problemOf(step) };
      continue;
    }
    runs[step.index] = step.outcome;
    sent[step.index] = step.request;
    compared[step.index] = step.compared;
    mismatches[step.index] = step.compared ? step.mismatches : undefined;
    lastRan = step.index;
  }
  const earlier = ran.steps.map((step) => step.index).filter((index) => index !== asked);
  return {
    ...lesson,
    runs,
    sent,
    compared,
    mismatches,
    lastRan,
    problem,
    offScript: ran.offScript,
    // The step asked for did not run when an earlier one could not be sent: the view stays put.
    ...(ran.stopped
      ? {}
      : { current: asked, ranFirst: earlier.length > 0 ? { step: asked, earlier } : undefined }),
  };
}

/** Why a step could not be sent, in the session's words (a placeholder without a value, ...). */
const problemOf = (step: SessionStep) => step.mismatches.map((m) => m.got).join('; ');

/**
 * The answer and trace of the step on screen: what the answer column and the trace show while a
 * lesson is open, so going back to step 3 shows step 3's trace, not the last one sent. Null when
 * that step has not run (yet, or since the lesson's world was built again).
 */
export function shownRun(lesson: OpenLesson): { request: RequestInput; outcome: Outcome } | null {
  const outcome = lesson.runs[lesson.current];
  const request = lesson.sent[lesson.current];
  return outcome && request ? { request, outcome } : null;
}
