/**
 * How a lesson reads after the engine ran some of its steps (src/engine/scenario/session.ts keeps
 * which steps ran, the values their answers give later placeholders, and the comparisons). The
 * "differs from real S3" notice uses a step's mismatches only when the engine compared it: it ran
 * in order in a world nobody else changed (issue 8, "Steps in order").
 */
import type { Outcome, RequestInput, SessionStep } from '../engine/index.ts';
import { challengeById } from '../scenarios/challenges.ts';
import type { StepsRan } from './engine-port.ts';
import type { OpenLesson } from './slices/types.ts';

export function lessonAfterSteps(
  lesson: OpenLesson,
  asked: number,
  ran: Extract<StepsRan, { kind: 'ran' }>,
  /** The lesson's world was built again from its set-up before these steps ran (see `runsAgain`). */
  again = false,
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
    // Kept whether or not the step was compared: an answer off the lesson's script is flagged too.
    mismatches[step.index] = step.mismatches;
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
      : {
          current: asked,
          ranFirst:
            earlier.length > 0 || again
              ? { step: asked, earlier, ...(again ? { again: true as const } : {}) }
              : undefined,
        }),
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

/** The furthest step with an answer (-1 before the first). */
export const furthestRun = (lesson: OpenLesson): number =>
  lesson.runs.findLastIndex((run) => run !== undefined);

/**
 * Whether running step `index` first builds the lesson's world again from its set-up: the step ran
 * already, or a later one did, so the world holds what later steps did (a policy applied, a key
 * disabled) and the answer would contradict the lesson. Built again, steps 1..index run in order
 * and answer as the lesson says. A learner who changed the world on purpose (off script) keeps it.
 */
export const runsAgain = (lesson: OpenLesson, index: number): boolean =>
  !lesson.offScript && index <= furthestRun(lesson);

/** A lesson with no step run, on the same opening (token, hints, grade kept). */
export const withoutRuns = (lesson: OpenLesson): OpenLesson => ({
  ...lesson,
  runs: [],
  sent: [],
  compared: [],
  mismatches: [],
  lastRan: -1,
  problem: undefined,
  ranFirst: undefined,
});

export interface StepVerdict {
  kind: 'simulator' | 'off-script' | 'challenge';
  /** The fields that differ, as the scenario runner words them ("status: expected 403, got 200"). */
  lines: string[];
}

/**
 * How a step's answer stands against the lesson's "real S3" expectation:
 * - `simulator`: it ran in order in the lesson's untouched world and still differs, a gap in the
 *   simulator ("differs from real S3");
 * - `challenge`: the same in a challenge, whose world lacks the part the learner writes
 *   (challenge-setup.ts): the challenge is not solved yet, no gap in the simulator (the file's own
 *   set-up, the reference answer, passes `npm run scenarios`; "Check" grades the learner's version);
 * - `off-script`: it ran in a world the learner changed, so it is not the lesson's answer;
 * - undefined: it has not run, or it answers as the lesson says.
 */
export function stepVerdict(lesson: OpenLesson, index: number): StepVerdict | undefined {
  const mismatches = lesson.runs[index] === undefined ? undefined : lesson.mismatches[index];
  if (!mismatches || mismatches.length === 0) return undefined;
  const lines = mismatches.map((m) => m.line);
  if (!lesson.compared[index]) return { kind: 'off-script', lines };
  return { kind: challengeById(lesson.scenario.id) ? 'challenge' : 'simulator', lines };
}
