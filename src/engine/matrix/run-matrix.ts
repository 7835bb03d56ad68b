/** `runMatrix(world, options)`: every cell in its own fork of the world (prepare.ts). */
import { err, ok, type Result } from '../result.ts';
import type { Outcome, RequestInput } from '../types.ts';
import { stateOf, type World } from '../world/create-world.ts';
import { forkState } from '../world/fork.ts';
import { send } from '../world/send.ts';
import { primaryRequest, sendCell } from './cell-requests.ts';
import { type PreparedMatrix, prepareMatrix } from './prepare.ts';
import {
  MATRIX_OPERATIONS,
  MATRIX_TRANSPORTS,
  type MatrixCell,
  type MatrixCellSpec,
  type MatrixOptions,
  type MatrixRefusal,
  type MatrixResult,
} from './types.ts';
import { verdictOf } from './verdict.ts';

export interface MatrixRunControl {
  /** Called between cells every `pauseEvery` cells, so a caller on a UI thread can yield. */
  pause?: () => Promise<void>;
  pauseEvery?: number;
  /** Checked between cells: true stops the run (its result is then `Cancelled`). */
  cancelled?: () => boolean;
}

/** The cells in a stable order: principal, operation, column, transport. */
export function matrixSpecs(prepared: Pick<PreparedMatrix, 'columns' | 'principals'>): MatrixCellSpec[] {
  const specs: MatrixCellSpec[] = [];
  for (const principal of prepared.principals) {
    for (const operation of MATRIX_OPERATIONS) {
      for (const column of prepared.columns) {
        for (const transport of MATRIX_TRANSPORTS) {
          specs.push({ operation, encryption: column.id, transport, principal });
        }
      }
    }
  }
  return specs;
}

async function runOne(prepared: PreparedMatrix, spec: MatrixCellSpec) {
  const column = prepared.columns.find((c) => c.id === spec.encryption);
  const world = prepared.worlds.get(spec.encryption);
  if (!column || !world) return undefined;
  const cellWorld = forkState(world);
  const sent = await sendCell((request) => send(cellWorld, request), spec, column, prepared.kit);
  return { column, ...sent };
}

const CANCELLED: MatrixRefusal = { status: 499, code: 'Cancelled', message: 'The matrix run was cancelled.' };

export async function runMatrix(
  world: World,
  options: MatrixOptions = {},
  control: MatrixRunControl = {},
): Promise<Result<MatrixResult, MatrixRefusal>> {
  const prepared = await prepareMatrix(stateOf(world), options);
  if (!prepared.ok) return prepared;
  const cells: MatrixCell[] = [];
  const every = control.pauseEvery ?? 16;
  for (const [index, spec] of matrixSpecs(prepared.value).entries()) {
    if (control.cancelled?.()) return err(CANCELLED);
    if (control.pause && index > 0 && index % every === 0) await control.pause();
    const ran = await runOne(prepared.value, spec);
    if (ran) cells.push({ ...spec, ...verdictOf(ran.answer, ran.deciding) });
  }
  const { columns, principals } = prepared.value;
  return ok({ columns, principals, cells });
}

/** One cell again, with its request (for the builder) and its full outcome (for the trace). */
export async function runMatrixCell(
  world: World,
  options: MatrixOptions,
  spec: MatrixCellSpec,
): Promise<Result<{ request: RequestInput; outcome: Outcome }, MatrixRefusal>> {
  const prepared = await prepareMatrix(stateOf(world), options);
  if (!prepared.ok) return prepared;
  const ran = await runOne(prepared.value, spec);
  if (!ran)
    return err({ status: 400, code: 'NoSuchCell', message: `The matrix has no column ${spec.encryption}.` });
  return ok({ request: primaryRequest(spec, ran.column, prepared.value.kit), outcome: ran.answer });
}
