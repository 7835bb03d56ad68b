/**
 * Runs one S3 request through the stages in the order S3 applies them (DESIGN.md, spec §5
 * "Order of checks"); the first failure is the answer. An exception is a bug in the simulator:
 * it becomes a 500 InternalError with a trace step that says so, never a throw to the caller.
 */
import { differenceNote } from '../../differences/catalog.ts';
import type {
  AuditEvent,
  BucketOperation,
  CancelledRequest,
  ObjectOperation,
  Outcome,
  S3Request,
  SendOptions,
  TraceStage,
} from '../../types.ts';
import type { WorldState } from '../../world/types.ts';
import { S3Errors } from '../errors.ts';
import { simulatorBugStep } from '../failure.ts';
import { headerBag } from '../header-bag.ts';
import { operationInfo } from '../operation-catalog.ts';
import { BUCKET_HANDLERS, OBJECT_HANDLERS } from '../operations/index.ts';
import { authorize } from './authorization.ts';
import { checkBlockedEncryption } from './blocked-encryption.ts';
import { obtainDataKeys } from './data-keys.ts';
import type { Exchange, StageVerdict } from './exchange.ts';
import type { ChoiceRecorder } from './handler.ts';
import { validateHeaders } from './headers.ts';
import { recorder, type StageRecorder } from './recorder.ts';
import { respond } from './response.ts';
import { route } from './route.ts';
import { tlsHandshake } from './tls-handshake.ts';
import { checkTransport } from './transport.ts';

type StageFn<S extends TraceStage> = (
  x: Exchange,
  record: StageRecorder<S>,
) => StageVerdict | Promise<StageVerdict>;

/** A stage ready to run: its name, and its function with the recorder of that name bound. */
interface Stage {
  name: TraceStage;
  run(x: Exchange): StageVerdict | Promise<StageVerdict>;
}

const stage = <S extends TraceStage>(name: S, fn: StageFn<S>): Stage => ({
  name,
  run: (x) => fn(x, recorder(x, name)),
});

type S3OperationRequest = S3Request & { operation: ObjectOperation | BucketOperation };

export function runS3Request(world: WorldState, request: S3OperationRequest): Promise<Outcome>;
export function runS3Request(
  world: WorldState,
  request: S3OperationRequest,
  options?: SendOptions,
): Promise<Outcome | CancelledRequest>;
export async function runS3Request(
  world: WorldState,
  request: S3OperationRequest,
  options: SendOptions = {},
): Promise<Outcome | CancelledRequest> {
  const kmsEvents: AuditEvent[] = [];
  const x: Exchange = {
    world,
    kms: world.kms.forRequest(kmsEvents),
    kmsEvents,
    request,
    headers: headerBag(request.headers),
    traits: operationInfo(request.operation),
    nowMs: world.deps.now(),
    trace: [],
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onBytes ? { onBytes: options.onBytes } : {}),
    differences: [],
  };
  let response: Outcome['response'];
  try {
    // The TLS handshake comes before any HTTP, so before every stage: it records a step only when
    // it refuses (then there is no HTTP answer at all).
    const failure =
      tlsHandshake(x, recorder(x, 'transport')) ?? (await runStages(x, stagesOf(request.operation), options));
    if (typeof failure === 'string') return { cancelled: true, stage: failure, trace: x.trace, kmsEvents };
    if (x.cancelled) return { cancelled: true, stage: 'crypto', trace: x.trace, kmsEvents };
    response = respond(x, recorder(x, 'response'), failure);
  } catch (error) {
    const bug = simulatorBugStep(error);
    const record = recorder(x, 'response');
    record.step(bug.outcome, bug.title, bug.detail);
    response = respond(x, record, S3Errors.internalError());
  }
  if (x.differences.length === 0) return { response, trace: x.trace, kmsEvents };
  return { response, trace: x.trace, kmsEvents, differences: x.differences.map(differenceNote) };
}

/**
 * The stages in S3's order, each with its own name. A stage is given the recorder bound to that
 * name (mapped type below), so the types say which `data` each may record.
 */
function stagesOf(operation: ObjectOperation | BucketOperation): Stage[] {
  const choose = (x: Exchange, record: ChoiceRecorder) => {
    const handler = isBucketOperation(operation) ? BUCKET_HANDLERS[operation] : OBJECT_HANDLERS[operation];
    return handler.choose ? handler.choose(x, record) : skipChoice(x, record);
  };
  return [
    stage('route', route),
    stage('headers', validateHeaders),
    stage('transport', checkTransport),
    stage('authorization', authorize),
    stage('blocked-encryption', checkBlockedEncryption),
    stage('encryption-choice', choose),
    stage('kms', obtainDataKeys),
    // Object operations act on object data; bucket-level ones on the bucket's configuration.
    isBucketOperation(operation)
      ? stage('bucket', (x, record) => BUCKET_HANDLERS[operation].apply(x, record))
      : stage('crypto', (x, record) => OBJECT_HANDLERS[operation].apply(x, record)),
  ];
}

/** The failure that answers, or the stage a cancelled request stopped before. */
async function runStages(
  x: Exchange,
  stages: Stage[],
  options: SendOptions,
): Promise<StageVerdict | TraceStage> {
  for (const { name, run } of stages) {
    if (options.signal?.aborted) return name;
    options.onStage?.(name);
    const verdict = await run(x);
    if (verdict) return verdict;
  }
  return undefined;
}

function skipChoice(x: Exchange, record: ChoiceRecorder): StageVerdict {
  record.skip('No object encryption', `${x.request.operation} does not encrypt or decrypt object data.`);
  return undefined;
}

const isBucketOperation = (operation: ObjectOperation | BucketOperation): operation is BucketOperation =>
  operationInfo(operation).scope === 'bucket';
