/**
 * `world.send`: normalise, then run the S3 pipeline or the KMS side operation. Never throws: an
 * exception (a simulator bug) becomes a 500 InternalError outcome whose trace says so.
 */
import { S3Errors } from '../s3/errors.ts';
import { simulatorBugStep } from '../s3/failure.ts';
import { runKmsOperation } from '../s3/kms-side.ts';
import { isOperation, operationInfo } from '../s3/operation-catalog.ts';
import { runS3Request } from '../s3/pipeline/run.ts';
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
  try {
    if (!isOperation(input.operation)) return unknownOperation(String(input.operation));
    const request = normalizeRequest(input, world);
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
