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
import { HANDLERS } from '../operations/index.ts';
import { authorize } from './authorization.ts';
import { checkBlockedEncryption } from './blocked-encryption.ts';
import { obtainDataKeys } from './data-keys.ts';
import { type Exchange, type StageVerdict, step } from './exchange.ts';
import { validateHeaders } from './headers.ts';
import { respond } from './response.ts';
import { route } from './route.ts';
import { checkTransport } from './transport.ts';

type Stage = readonly [TraceStage, (x: Exchange) => StageVerdict | Promise<StageVerdict>];

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
    differences: [],
  };
  let response: Outcome['response'];
  try {
    const failure = await runStages(x, stagesOf(request.operation), options);
    if (typeof failure === 'string') return { cancelled: true, stage: failure, trace: x.trace, kmsEvents };
    if (x.cancelled) return { cancelled: true, stage: 'crypto', trace: x.trace, kmsEvents };
    response = respond(x, failure);
  } catch (error) {
    x.trace.push(simulatorBugStep(error));
    response = respond(x, S3Errors.internalError());
  }
  if (x.differences.length === 0) return { response, trace: x.trace, kmsEvents };
  return { response, trace: x.trace, kmsEvents, differences: x.differences.map(differenceNote) };
}

function stagesOf(operation: ObjectOperation | BucketOperation): Stage[] {
  const handler = HANDLERS[operation];
  return [
    ['route', route],
    ['headers', validateHeaders],
    ['transport', checkTransport],
    ['authorization', authorize],
    ['blocked-encryption', checkBlockedEncryption],
    ['encryption-choice', (x) => (handler.choose ? handler.choose(x) : skipChoice(x))],
    ['kms', obtainDataKeys],
    // Object operations act on object data; bucket-level ones on the bucket's configuration.
    [operationInfo(operation).scope === 'bucket' ? 'bucket' : 'crypto', (x) => handler.apply(x)],
  ];
}

/** The failure that answers, or the stage a cancelled request stopped before. */
async function runStages(
  x: Exchange,
  stages: Stage[],
  options: SendOptions,
): Promise<StageVerdict | TraceStage> {
  for (const [name, stage] of stages) {
    if (options.signal?.aborted) return name;
    options.onStage?.(name);
    const verdict = await stage(x);
    if (verdict) return verdict;
  }
  return undefined;
}

function skipChoice(x: Exchange): StageVerdict {
  step(
    x,
    'encryption-choice',
    'skip',
    'No object encryption',
    `${x.request.operation} does not encrypt or decrypt object data.`,
  );
  return undefined;
}
