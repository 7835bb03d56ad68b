/**
 * `world.send`: normalise, then run the S3 pipeline or the KMS side operation. Never throws: an
 * exception (a simulator bug) becomes a 500 InternalError outcome whose trace says so.
 */

import type { BodyRefusal } from '../body-shape.ts';
import { S3Errors } from '../s3/errors.ts';
import { simulatorBugStep } from '../s3/failure.ts';
import { runKmsOperation } from '../s3/kms-side.ts';
import { isOperation, operationInfo } from '../s3/operation-catalog.ts';
import { runS3Request } from '../s3/pipeline/run.ts';
import { decidedByOf } from '../trace/index.ts';
import {
  type CancelledRequest,
  type KmsOperation,
  OPERATIONS,
  type Operation,
  type Outcome,
  type RequestInput,
  type SendOptions,
} from '../types.ts';
import { normalizeRequest } from './normalize.ts';
import type { WorldState } from './types.ts';

const isKmsOperation = (operation: Operation): operation is KmsOperation =>
  operationInfo(operation).scope === 'kms';

export function send(world: WorldState, input: RequestInput): Promise<Outcome>;
export function send(
  world: WorldState,
  input: RequestInput,
  options?: SendOptions,
): Promise<Outcome | CancelledRequest>;
export async function send(
  world: WorldState,
  input: RequestInput,
  options: SendOptions = {},
): Promise<Outcome | CancelledRequest> {
  const outcome = await answer(world, input, options);
  if ('cancelled' in outcome) return outcome;
  const decidedBy = decidedByOf(outcome.trace);
  return decidedBy ? { ...outcome, decidedBy } : outcome;
}

async function answer(
  world: WorldState,
  input: RequestInput,
  options: SendOptions,
): Promise<Outcome | CancelledRequest> {
  try {
    const operationName = (input as { operation?: unknown } | null)?.operation;
    if (typeof operationName === 'string' && !isOperation(operationName))
      return unknownOperation(operationName);
    const normalized = normalizeRequest(input, world);
    if (!normalized.ok)
      return refusedInput(typeof operationName === 'string' ? operationName : '(none)', normalized.error);
    const request = normalized.value;
    const { operation } = request;
    if (isKmsOperation(operation)) return await runKmsOperation(world, { ...request, operation });
    return await runS3Request(world, { ...request, operation }, options);
  } catch (error) {
    const failure = S3Errors.internalError();
    return {
      response: {
        status: 500,
        headers: {},
        error: { code: failure.code, message: failure.message, fields: {} },
      },
      trace: [simulatorBugStep(error)],
      kmsEvents: [],
    };
  }
}

/** A request the simulator cannot take as written: 400 with what to change (request-shape.ts). */
function refusedInput(operation: string, refusal: BodyRefusal): Outcome {
  return {
    response: {
      status: 400,
      headers: {},
      error: { code: refusal.code, message: refusal.message, fields: {} },
    },
    trace: [
      {
        stage: 'route',
        outcome: 'fail',
        title: refusal.code === 'EntityTooLarge' ? 'Body over the simulator limit' : 'Request not understood',
        detail: refusal.message,
        data: { operation },
      },
    ],
    kmsEvents: [],
  };
}

const UNKNOWN_OPERATION_REMEDY = `Use one of the operations it simulates: ${OPERATIONS.join(', ')}.`;

function unknownOperation(operation: string): Outcome {
  const message = `The simulator does not know the operation ${operation}.`;
  return {
    response: { status: 400, headers: {}, error: { code: 'InvalidRequest', message, fields: {} } },
    trace: [
      {
        stage: 'route',
        outcome: 'fail',
        title: 'Unknown operation',
        detail: `${message} ${UNKNOWN_OPERATION_REMEDY}`,
        data: { operation, status: 400, remedy: UNKNOWN_OPERATION_REMEDY },
      },
    ],
    kmsEvents: [],
  };
}
