/**
 * The one table of operations (DESIGN.md "One operation catalog"). For each operation the
 * simulator knows: where it acts, what its body is, which SSE headers it takes or refuses, whether
 * it reads a source object, its IAM action, and how the REST API and the AWS CLI spell it. The
 * pipeline stages, the request builder, the header hints, scenario validation and the exports all
 * ask this table; no other layer keeps a list of operations.
 *
 * Sources: the S3 API reference (MODEL input members, HTTP method and sub-resource of each API),
 * spec §4/§5 for the SSE headers, and the Service Authorization Reference for the IAM actions
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-with-s3-policy-actions.html).
 */
import {
  BUCKET_OPERATIONS,
  KMS_OPERATIONS,
  OBJECT_OPERATIONS,
  OPERATIONS,
  type Operation,
} from '../types.ts';
import { H } from './header-bag.ts';
import { BUCKET, KMS, OBJECT } from './operation-entries.ts';
import type { Entry, OperationInfo, OperationScope, SseHeaderUse } from './operation-info.ts';

export type { BodyKind, OperationInfo, OperationScope, SseHeaderUse } from './operation-info.ts';

/** The SSE headers an operation that does not take them refuses with 400 InvalidArgument (spec §5). */
export const WRITE_ONLY_SSE_HEADERS: readonly string[] = [H.sse, H.kmsKeyId, H.context, H.bucketKey];
const CUSTOMER_KEY_HEADERS = [H.customerAlgorithm, H.customerKey, H.customerKeyMd5];
const COPY_SOURCE_KEY_HEADERS = [H.copySourceAlgorithm, H.copySourceKey, H.copySourceKeyMd5];

function sseHeaders(sse: SseHeaderUse, readsSource: boolean) {
  const source = readsSource ? COPY_SOURCE_KEY_HEADERS : [];
  if (sse === 'write')
    return { accepts: [...WRITE_ONLY_SSE_HEADERS, ...CUSTOMER_KEY_HEADERS, ...source], refuses: [] };
  if (sse === 'customer')
    return { accepts: [...CUSTOMER_KEY_HEADERS, ...source], refuses: WRITE_ONLY_SSE_HEADERS };
  return { accepts: [], refuses: [] };
}

function info(operation: Operation, scope: OperationScope, entry: Entry): OperationInfo {
  const sse = entry.sse ?? 'none';
  const readsSource = entry.readsSource ?? false;
  const headers = sseHeaders(sse, readsSource);
  const requiredQuery = entry.requiredQuery ?? [];
  const optionalQuery = entry.optionalQuery ?? [];
  return {
    ...entry,
    operation,
    scope,
    body: entry.body ?? 'none',
    sse,
    acceptsSseHeaders: headers.accepts,
    refusesSseHeaders: headers.refuses,
    choosesEncryption: sse === 'write',
    readsSource,
    writesData: entry.writesData ?? false,
    encryptsData: entry.encryptsData ?? false,
    opensDataKey: entry.opensDataKey ?? 'never',
    readsObject: entry.readsObject ?? false,
    addsPart: requiredQuery.includes('partNumber'),
    headOnly: entry.headOnly ?? false,
    takesKey: scope === 'object',
    requiredQuery,
    optionalQuery,
    takesQuery: [...requiredQuery, ...optionalQuery],
  };
}

const CATALOG = new Map<Operation, OperationInfo>([
  ...OBJECT_OPERATIONS.map((op) => [op, info(op, 'object', OBJECT[op])] as const),
  ...BUCKET_OPERATIONS.map((op) => [op, info(op, 'bucket', BUCKET[op])] as const),
  ...KMS_OPERATIONS.map((op) => [op, info(op, 'kms', { iamAction: op, body: 'json', ...KMS[op] })] as const),
]);

/** Every operation, in the order of `OPERATIONS` (object, bucket, KMS). */
export const OPERATION_CATALOG: readonly OperationInfo[] = OPERATIONS.map((op) => CATALOG.get(op)!);

export const isOperation = (name: unknown): name is Operation => CATALOG.has(name as Operation);

/** What the catalog says about an operation. */
export const operationInfo = (operation: Operation): OperationInfo => CATALOG.get(operation)!;

/** The first SSE header among `headerNames` (any case) that the operation refuses with 400. */
export function refusedSseHeader(operation: Operation, headerNames: Iterable<string>): string | undefined {
  const sent = new Set([...headerNames].map((name) => name.trim().toLowerCase()));
  return operationInfo(operation).refusesSseHeaders.find((name) => sent.has(name));
}

/** The IAM action S3 checks: naming a version switches some operations to the `...Version` action. */
export function iamActionFor(operation: Operation, query: Record<string, string> = {}): string {
  const entry = CATALOG.get(operation);
  if (!entry) return operation;
  return (query.versionId !== undefined ? entry.versionIamAction : undefined) ?? entry.iamAction;
}

/** The object ARN for object operations, the bucket ARN for bucket operations, `*` for KMS ones. */
export function resourceArnFor(operation: Operation, bucket: string, key?: string): string {
  const scope = CATALOG.get(operation)?.scope;
  if (scope === 'object') return `arn:aws:s3:::${bucket}/${key ?? ''}`;
  if (scope === 'bucket') return `arn:aws:s3:::${bucket}`;
  return '*';
}
