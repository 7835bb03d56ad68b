export type * from './stage-data.ts';
export type { DecidedBy, StageData, StageStep, StepOutcome, TraceStage, TraceStep } from './types.ts';
export { decidedByOf, findStep, isStage, TRACE_STAGES } from './types.ts';
