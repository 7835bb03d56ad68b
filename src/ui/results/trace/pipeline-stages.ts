/**
 * The pipeline row of the trace: one entry per stage of DESIGN.md in S3's order, with the outcome
 * the engine recorded. Stages after the failing one were never reached. The deciding stage is the
 * first failure; when nothing failed it is authorization (the gate that let the request through).
 */
import { TRACE_STAGES, type TraceStage, type TraceStep } from '../../../engine/index.ts';

export type StageOutcome = TraceStep['outcome'] | 'not-reached';

export interface StageEntry {
  stage: TraceStage;
  outcome: StageOutcome;
  /** Indexes into the trace of the steps recorded for this stage. */
  steps: number[];
  deciding: boolean;
}

function combined(outcomes: TraceStep['outcome'][]): StageOutcome {
  if (outcomes.length === 0) return 'not-reached';
  if (outcomes.includes('fail')) return 'fail';
  if (outcomes.includes('pass')) return 'pass';
  return 'skip';
}

export function pipelineStages(trace: readonly TraceStep[]): StageEntry[] {
  const entries = TRACE_STAGES.map((stage) => {
    const steps = trace.flatMap((step, index) => (step.stage === stage ? [index] : []));
    return { stage, steps, outcome: combined(steps.map((index) => trace[index]!.outcome)), deciding: false };
  });
  const failed = trace.find((step) => step.outcome === 'fail');
  const deciding = failed
    ? failed.stage
    : entries.some((e) => e.stage === 'authorization' && e.outcome === 'pass')
      ? 'authorization'
      : undefined;
  return entries.map((entry) => ({ ...entry, deciding: entry.stage === deciding }));
}

export const STAGE_LABELS: Record<TraceStage, string> = {
  route: 'Route',
  headers: 'Headers',
  transport: 'Transport',
  authorization: 'Authorization',
  'blocked-encryption': 'Blocked encryption',
  'encryption-choice': 'Encryption choice',
  kms: 'KMS',
  crypto: 'Crypto & storage',
  response: 'Response',
};
