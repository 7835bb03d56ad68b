/**
 * The pipeline row of the trace: one entry per stage of DESIGN.md in S3's order, with the outcome
 * the engine recorded. Stages after the failing one were never reached. The deciding stage is the
 * engine's `decidedByOf`: the first failure, else authorization (the gate that let the request through).
 */
import {
  decidedByOf,
  findStep,
  isOperation,
  operationInfo,
  TRACE_STAGES,
  type TraceStage,
  type TraceStep,
} from '../../../engine/index.ts';

export type StageOutcome = TraceStep['outcome'] | 'not-reached';

export interface StageEntry {
  stage: TraceStage;
  /** The stage's name for this trace's operation (stageLabel). */
  label: string;
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

/**
 * Object operations act on object data (`crypto`), bucket-level ones on the bucket (`bucket`): the
 * row shows the one the operation has, as the route step recorded it.
 */
function placeStage(trace: readonly TraceStep[]): TraceStage {
  if (trace.some((step) => step.stage === 'bucket')) return 'bucket';
  const operation = findStep(trace, 'route')?.data?.operation;
  return operation !== undefined && isOperation(operation) && operationInfo(operation).scope === 'bucket'
    ? 'bucket'
    : 'crypto';
}

/** The operation the trace is of, as its route step recorded it. */
export const traceOperation = (trace: readonly TraceStep[]): string | undefined =>
  findStep(trace, 'route')?.data?.operation;

export function pipelineStages(trace: readonly TraceStep[]): StageEntry[] {
  const hidden: TraceStage = placeStage(trace) === 'bucket' ? 'crypto' : 'bucket';
  const deciding = decidedByOf(trace)?.stage;
  return TRACE_STAGES.filter((stage) => stage !== hidden).map((stage) => {
    const steps = trace.flatMap((step, index) => (step.stage === stage ? [index] : []));
    return {
      stage,
      label: stageLabel(stage, traceOperation(trace)),
      steps,
      outcome: combined(steps.map((index) => trace[index]!.outcome)),
      deciding: stage === deciding,
    };
  });
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
  bucket: 'Bucket configuration',
  response: 'Response',
};

/**
 * A read chooses no encryption: at this stage it finds the stored object, whose encryption says
 * what the reader must send (an SSE-C key), or finds none (NoSuchKey). "Decided at Encryption
 * choice" was said of a missing key, and of a copy's missing source. The catalog says which operations read a stored object's data
 * key without writing any: GetObject, HeadObject, GetObjectAttributes.
 */
export function stageLabel(stage: TraceStage, operation: string | undefined): string {
  if (stage !== 'encryption-choice' || operation === undefined || !isOperation(operation))
    return STAGE_LABELS[stage];
  const info = operationInfo(operation);
  // A copy reads its source there (NoSuchKey for a missing one) and chooses the new object's encryption.
  if (info.readsSource) return 'Source & encryption';
  const readsStored = info.scope === 'object' && !info.writesData && info.opensDataKey !== 'never';
  return readsStored ? 'Stored object' : STAGE_LABELS[stage];
}
