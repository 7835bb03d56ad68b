/**
 * Before the cells run: one world per column, each a fork of the world as it is, holding the
 * object the read rows find (written the column's way by the bucket owner over HTTPS while no
 * bucket policy and no SSE-C block stand in the way, as if written before they were set), then
 * given the policy under test. Each cell then forks its column's world, so cells never affect
 * each other.
 */

import { encryptClientSide } from '../client-side/index.ts';
import { toBase64, utf8 } from '../crypto/bytes.ts';
import { md5Base64 } from '../crypto/md5.ts';
import { err, ok, type Result } from '../result.ts';
import { wentThrough } from '../s3/answer-status.ts';
import type { FailureFields } from '../trace/stage-data.ts';
import { forkState } from '../world/fork.ts';
import { send } from '../world/send.ts';
import type { BucketState, WorldState } from '../world/types.ts';
import { matrixColumns, matrixPrincipals } from './axes.ts';
import { type MatrixKit, seedRequest } from './cell-requests.ts';
import {
  DEFAULT_MATRIX_KEY,
  MATRIX_OPERATIONS,
  MATRIX_TRANSPORTS,
  MAX_MATRIX_CELLS,
  type MatrixColumn,
  type MatrixOptions,
  type MatrixPrincipal,
  type MatrixRefusal,
} from './types.ts';

export interface PreparedMatrix {
  columns: MatrixColumn[];
  principals: MatrixPrincipal[];
  kit: MatrixKit;
  /** The world each cell of a column forks. */
  worlds: Map<string, WorldState>;
}

const CLIENT_SIDE_WRAPPING_BYTES = 32;
/** The plaintext every matrix write sends (client-side: before the browser encrypts it). */
export const MATRIX_BODY_TEXT = 'Request matrix check object.';

async function makeKit(state: WorldState, columns: MatrixColumn[], key: string): Promise<MatrixKit> {
  const body = utf8(MATRIX_BODY_TEXT);
  const sseCKey = state.deps.randomBytes(32);
  const sealed = await encryptClientSide({
    plaintext: body,
    wrapping: { kind: 'aes', key: state.deps.randomBytes(CLIENT_SIDE_WRAPPING_BYTES) },
    deps: state.deps,
  });
  // An AES wrapping key never fails to wrap; the fallback keeps the types honest.
  const clientSide = sealed.ok ? sealed.value : { body, metadata: {} };
  return {
    bucket: state.bucket,
    key,
    body,
    sseC: { key: toBase64(sseCKey), md5: md5Base64(sseCKey) },
    clientSide,
    updateTargetArn: columns.find(isPlaygroundKey)?.keyArn ?? state.kms.awsManagedKeyArn(),
  };
}

/** A column of a customer managed key this KMS offers (not only named by the bucket's default). */
const isPlaygroundKey = (column: MatrixColumn) => column.keyArn !== undefined && !column.fromDefault;

export const mainBucket = (state: WorldState): BucketState => {
  const bucket = state.buckets.get(state.bucket);
  if (!bucket) throw new Error('The world has no main bucket');
  return bucket;
};

/** The policy to give each column's world: the world's own, or the one S3 accepts for the text. */
export async function policyUnderTest(
  open: WorldState,
  original: Pick<BucketState, 'policy' | 'policyText'>,
  text: string | undefined,
): Promise<Result<Pick<BucketState, 'policy' | 'policyText'>, MatrixRefusal>> {
  if (text === undefined) return ok(original);
  if (text.trim() === '') return ok({ policy: undefined, policyText: undefined });
  const check = forkState(open);
  const put = await send(check, { operation: 'PutBucketPolicy', body: text });
  if (!wentThrough(put.response.status)) {
    const error = put.response.error;
    // The refusing step's remedy says where to fix it (e.g. declare the principal under Principals).
    const refused = put.trace.find((step) => step.outcome === 'fail')?.data as FailureFields | undefined;
    return err({
      status: put.response.status,
      code: error?.code ?? 'Refused',
      message: error?.message ?? 'S3 refused the policy.',
      ...(refused?.remedy ? { remedy: refused.remedy } : {}),
    });
  }
  const accepted = mainBucket(check);
  return ok({ policy: accepted.policy, policyText: accepted.policyText });
}

export async function prepareMatrix(
  state: WorldState,
  options: MatrixOptions,
): Promise<Result<PreparedMatrix, MatrixRefusal>> {
  const columns = matrixColumns(state);
  const principals = matrixPrincipals(state, options.principals === true);
  const total = MATRIX_OPERATIONS.length * columns.length * MATRIX_TRANSPORTS.length * principals.length;
  if (total > MAX_MATRIX_CELLS) {
    return err({
      status: 400,
      code: 'MatrixTooLarge',
      message: `The matrix would have ${total} cells; the limit is ${MAX_MATRIX_CELLS}. Declare fewer principals or KMS keys.`,
    });
  }
  const original = mainBucket(state);
  const sseCBlocked = original.sseCBlocked;
  const open = forkState(state);
  const openBucket = mainBucket(open);
  openBucket.policy = undefined;
  openBucket.policyText = undefined;
  openBucket.sseCBlocked = false;
  const policy = await policyUnderTest(
    open,
    { policy: original.policy, policyText: original.policyText },
    options.policy,
  );
  if (!policy.ok) return policy;
  // UpdateObjectEncryption needs a KMS key to move the object to: the first customer managed key,
  // or else aws/s3, which S3 creates on an account's first SSE-KMS use. The matrix's worlds have it
  // as such an account does (only they: `open` is a fork), so the row shows what the policy does
  // rather than a missing key (docs/differences.md#matrix-update-target).
  if (!columns.some(isPlaygroundKey)) open.kms.resolveKeyForS3(undefined, open.account, openBucket.account);
  const kit = await makeKit(open, columns, options.key ?? DEFAULT_MATRIX_KEY);
  const worlds = new Map<string, WorldState>();
  for (const column of columns) {
    const world = forkState(open);
    // A seed S3 refuses (a disabled key, say) leaves no object: the read cells then show S3's answer to that.
    await send(world, seedRequest(column, kit));
    const bucket = mainBucket(world);
    bucket.policy = policy.value.policy;
    bucket.policyText = policy.value.policyText;
    bucket.sseCBlocked = sseCBlocked;
    worlds.set(column.id, world);
  }
  return ok({ columns, principals, kit, worlds });
}
