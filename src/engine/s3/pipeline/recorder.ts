/**
 * How a stage records its trace steps (DESIGN.md "A typed trace"): through a recorder bound to the
 * stage's own name, so the step's `data` has that stage's type. Only the runner (run.ts) makes
 * recorders and hands each stage its own; no stage writes a step under another stage's name.
 */
import type { StageData, StepOutcome } from '../../trace/index.ts';
import type { TraceStage, TraceStep } from '../../types.ts';
import type { S3Failure } from '../failure.ts';
import type { Exchange } from './exchange.ts';

/** Records the steps of one stage: the recorder is bound to its stage, so data has that stage's type. */
export interface StageRecorder<S extends TraceStage> {
  /** A step with any outcome; a failure that causes an answer goes through `fail`. */
  step(outcome: StepOutcome, title: string, detail: string, data?: StageData[S]): void;
  pass(title: string, detail: string, data?: StageData[S]): void;
  skip(title: string, detail: string, data?: StageData[S]): void;
  /**
   * Records a failing step and returns the failure, so a stage can `return record.fail(...)`. Every
   * failure says why (`why`) and what would change the answer (`remedy`): the detail is both
   * sentences, the remedy also stands alone in `data.remedy` for views that show it apart.
   */
  fail(failure: S3Failure, title: string, why: string, remedy: string, data?: StageData[S]): S3Failure;
}

/**
 * The recorder of one stage. Only the runner (run.ts) makes them, one per stage, and hands each
 * stage its own: a stage cannot write a step under another stage's name.
 */
export function recorder<S extends TraceStage>(x: Exchange, stage: S): StageRecorder<S> {
  const push = (outcome: StepOutcome, title: string, detail: string, data?: StageData[S]) => {
    // The one place a step is built: `stage` and `data` agree by the signature, which TypeScript
    // cannot carry through a union keyed by a generic.
    const built = data ? { stage, outcome, title, detail, data } : { stage, outcome, title, detail };
    x.trace.push(built as TraceStep);
  };
  return {
    step: push,
    pass: (title, detail, data) => push('pass', title, detail, data),
    skip: (title, detail, data) => push('skip', title, detail, data),
    fail(failure, title, why, remedy, data) {
      push('fail', title, `${why} ${remedy}`, {
        ...data,
        remedy,
        status: failure.status,
        errorCode: failure.code,
      } as StageData[S]);
      return failure;
    },
  };
}
