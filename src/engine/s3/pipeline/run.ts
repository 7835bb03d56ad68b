/**
 * Runs one S3 request through the stages in the order S3 applies them (DESIGN.md, spec §5
 * "Order of checks"); the first failure is the answer. An exception is a bug in the simulator:
 * it becomes a 500 InternalError with a trace step that says so, never a throw to the caller.
 */
import type { BucketOperation, ObjectOperation, Outcome, S3Request } from '../../types.ts';
import type { WorldState } from '../../world/types.ts';
import { S3Errors } from '../errors.ts';
import { simulatorBugStep } from '../failure.ts';
import { headerBag } from '../header-bag.ts';
import { operationInfo } from '../operation-catalog.ts';
import { HANDLERS } from '../operations/index.ts';
import { authorize } from './authorization.ts';
import { checkBlockedEncryption } from './blocked-encryption.ts';
import { type Exchange, type StageVerdict, step } from './exchange.ts';
import { validateHeaders } from './headers.ts';
import { useKms } from './kms.ts';
import { respond } from './response.ts';
import { route } from './route.ts';
import { checkTransport } from './transport.ts';

export async function runS3Request(
  world: WorldState,
  request: S3Request & { operation: ObjectOperation | BucketOperation },
): Promise<Outcome> {
  const before = world.kms.auditLog().length;
  const x: Exchange = {
    world,
    request,
    headers: headerBag(request.headers),
    traits: operationInfo(request.operation),
    nowMs: world.deps.now(),
    trace: [],
  };
  let response: Outcome['response'];
  try {
    const failure = await runStages(x, request.operation);
    response = respond(x, failure);
  } catch (error) {
    x.trace.push(simulatorBugStep(error));
    response = respond(x, S3Errors.internalError());
  }
  return { response, trace: x.trace, kmsEvents: world.kms.auditLog().slice(before) };
}

async function runStages(x: Exchange, operation: ObjectOperation | BucketOperation): Promise<StageVerdict> {
  const handler = HANDLERS[operation];
  const stages: ((x: Exchange) => StageVerdict | Promise<StageVerdict>)[] = [
    route,
    validateHeaders,
    checkTransport,
    authorize,
    checkBlockedEncryption,
    (x) => (handler.choose ? handler.choose(x) : skipChoice(x)),
    useKms,
    (x) => handler.apply(x),
  ];
  for (const stage of stages) {
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
