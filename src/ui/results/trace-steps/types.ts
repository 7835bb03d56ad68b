import type { TraceStep } from '../../../engine/index.ts';

/**
 * A view of one trace step: it renders `step.data` as recorded and never recomputes a decision.
 * `trace` is the whole run, for views that name what an earlier step found (the object's bucket and key).
 */
export type StepViewProps = { step: TraceStep; trace: readonly TraceStep[] };
