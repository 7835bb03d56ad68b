/**
 * The trace: one step per stage a request went through, in S3's order (DESIGN.md "The request
 * pipeline"). `TraceStep` is a union keyed by `stage`, so `step.data` has its stage's type.
 */
import type {
  AuthorizationData,
  BlockedEncryptionData,
  BucketData,
  CryptoData,
  EncryptionChoiceData,
  HeadersData,
  KmsData,
  ResponseData,
  RouteData,
  TransportData,
} from './stage-data.ts';

/** What each stage records, by stage name. */
export interface StageData {
  route: RouteData;
  headers: HeadersData;
  transport: TransportData;
  authorization: AuthorizationData;
  'blocked-encryption': BlockedEncryptionData;
  'encryption-choice': EncryptionChoiceData;
  kms: KmsData;
  /** Object data encrypted, decrypted or stored (object operations). */
  crypto: CryptoData;
  /** The bucket's configuration changed or read (bucket-level operations). */
  bucket: BucketData;
  response: ResponseData;
}

/** The pipeline stages of DESIGN.md, in the order S3 applies them. */
export type TraceStage = keyof StageData;

/** `crypto` and `bucket` hold the same place: an operation acts on object data or on the bucket. */
export const TRACE_STAGES: readonly TraceStage[] = [
  'route',
  'headers',
  'transport',
  'authorization',
  'blocked-encryption',
  'encryption-choice',
  'kms',
  'crypto',
  'bucket',
  'response',
];

export type StepOutcome = 'pass' | 'fail' | 'skip';

/** One step of one stage, with that stage's data. */
export interface StageStep<S extends TraceStage> {
  stage: S;
  outcome: StepOutcome;
  /** One line, e.g. "Bucket policy denied the request". */
  title: string;
  /** A sentence a learner understands: why, and for a failure what would change it. */
  detail: string;
  data?: StageData[S];
}

/**
 * One stage of the decision, as plain data the UI renders as it is. Narrow on `stage` to read
 * `data` with its type.
 */
export type TraceStep = { [S in TraceStage]: StageStep<S> }[TraceStage];

/**
 * Which stage decided the answer: the first that failed, else authorization (the gate that let the
 * request through). For authorization, also which policy document and statement.
 */
export interface DecidedBy {
  stage: TraceStage;
  document?: 'bucket-policy' | 'identity-policy' | 'account-root' | 'none';
  /** The index of the deciding statement in that policy (its statements, counted from 0). */
  statement?: number;
}

/** The stage that decided, from the trace alone (world.send sets it on every outcome). */
export function decidedByOf(trace: readonly TraceStep[]): DecidedBy | undefined {
  const failed = trace.find((step) => step.outcome === 'fail');
  const decisive = failed ?? trace.find((step) => step.stage === 'authorization' && step.outcome === 'pass');
  if (!decisive) return undefined;
  if (decisive.stage !== 'authorization') return { stage: decisive.stage };
  const document = decisive.data?.decidedBy;
  const evaluation = decisive.data?.evaluation;
  const policy = document === 'identity-policy' ? evaluation?.identityPolicy : evaluation?.bucketPolicy;
  const statement = policy?.decidingStatement;
  return {
    stage: 'authorization',
    ...(document ? { document } : {}),
    ...(statement !== undefined ? { statement } : {}),
  };
}

/** The step is of `stage` (narrows `data` to that stage's type). */
export const isStage = <S extends TraceStage>(step: TraceStep, stage: S): step is TraceStep & StageStep<S> =>
  step.stage === stage;

/** The first step of `stage` that satisfies `where`, with its stage's data type. */
export function findStep<S extends TraceStage>(
  trace: readonly TraceStep[],
  stage: S,
  where: (step: StageStep<S>) => boolean = () => true,
): StageStep<S> | undefined {
  for (const step of trace) if (isStage(step, stage) && where(step)) return step;
  return undefined;
}
