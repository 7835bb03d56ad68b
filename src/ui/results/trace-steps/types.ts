import type { StageStep, TraceStage, TraceStep } from '../../../engine/index.ts';

/**
 * A view of one trace step of stage `S`: it renders `step.data` (typed by the engine for that stage)
 * as recorded and never recomputes a decision. `trace` is the whole run, for views that name what
 * an earlier step found (the object's bucket and key).
 */
export type StepViewProps<S extends TraceStage> = { step: StageStep<S>; trace: readonly TraceStep[] };
