/**
 * The requests of one matrix cell, written as an engineer would send them: the column's SSE
 * headers on writes, the SSE-C key on reads of an SSE-C object, a copy onto itself that replaces
 * the metadata (S3 refuses a self-copy that changes nothing), a one-part multipart upload, and
 * UpdateObjectEncryption to SSE-KMS.
 */
import { wentThrough } from '../s3/answer-status.ts';
import { H } from '../s3/header-bag.ts';
import type { JsonObject, Outcome, RequestInput } from '../types.ts';
import { ANONYMOUS_PRINCIPAL, type MatrixCellSpec, type MatrixColumn } from './types.ts';

/** What every cell of one matrix shares: the object key, a body, an SSE-C key, a client-side envelope. */
export interface MatrixKit {
  bucket: string;
  key: string;
  body: Uint8Array;
  sseC: { key: string; md5: string };
  clientSide: { body: Uint8Array; metadata: Record<string, string> };
  /** UpdateObjectEncryption's target for columns that name no customer key (see docs/differences.md). */
  updateTargetArn: string;
}

export function writeHeaders(column: MatrixColumn, kit: MatrixKit): Record<string, string> {
  switch (column.mode) {
    case 'default':
      return {};
    case 'SSE-S3':
      return { [H.sse]: 'AES256' };
    case 'SSE-KMS':
      return column.keyArn ? { [H.sse]: 'aws:kms', [H.kmsKeyId]: column.keyArn } : { [H.sse]: 'aws:kms' };
    case 'DSSE-KMS':
      return { [H.sse]: 'aws:kms:dsse' };
    case 'SSE-C':
      return customerKeyHeaders(kit);
    case 'client-side':
      return { ...kit.clientSide.metadata };
  }
}

function customerKeyHeaders(kit: MatrixKit): Record<string, string> {
  return { [H.customerAlgorithm]: 'AES256', [H.customerKey]: kit.sseC.key, [H.customerKeyMd5]: kit.sseC.md5 };
}

/** Reads of an SSE-C object must send the same key; every other mode reads with no SSE header. */
export function readHeaders(column: MatrixColumn, kit: MatrixKit): Record<string, string> {
  return column.mode === 'SSE-C' ? customerKeyHeaders(kit) : {};
}

function copySourceHeaders(column: MatrixColumn, kit: MatrixKit): Record<string, string> {
  if (column.mode !== 'SSE-C') return {};
  return {
    [H.copySourceAlgorithm]: 'AES256',
    [H.copySourceKey]: kit.sseC.key,
    [H.copySourceKeyMd5]: kit.sseC.md5,
  };
}

export const writeBody = (column: MatrixColumn, kit: MatrixKit) =>
  column.mode === 'client-side' ? kit.clientSide.body : kit.body;

function base(spec: MatrixCellSpec, kit: MatrixKit): Omit<RequestInput, 'operation'> {
  const anonymous = spec.principal === ANONYMOUS_PRINCIPAL;
  return {
    bucket: kit.bucket,
    key: kit.key,
    https: spec.transport === 'HTTPS',
    principal: spec.principal,
    ...(anonymous ? { signature: 'anonymous' as const } : {}),
  };
}

/** The object the read rows find, as the bucket owner writes it over HTTPS before the policy applies. */
export function seedRequest(column: MatrixColumn, kit: MatrixKit): RequestInput {
  return {
    operation: 'PutObject',
    bucket: kit.bucket,
    key: kit.key,
    headers: writeHeaders(column, kit),
    body: writeBody(column, kit),
  };
}

/** The row's first (for single-request rows, only) request: what the builder loads for a cell. */
export function primaryRequest(spec: MatrixCellSpec, column: MatrixColumn, kit: MatrixKit): RequestInput {
  const common = base(spec, kit);
  switch (spec.operation) {
    case 'PutObject':
      return {
        ...common,
        operation: 'PutObject',
        headers: writeHeaders(column, kit),
        body: writeBody(column, kit),
      };
    case 'GetObject':
    case 'HeadObject':
      return { ...common, operation: spec.operation, headers: readHeaders(column, kit) };
    case 'CopyObject':
      return {
        ...common,
        operation: 'CopyObject',
        headers: {
          [H.copySource]: `${kit.bucket}/${kit.key}`,
          [H.metadataDirective]: 'REPLACE',
          ...writeHeaders(column, kit),
          ...copySourceHeaders(column, kit),
        },
      };
    case 'MultipartUpload':
      return { ...common, operation: 'CreateMultipartUpload', headers: writeHeaders(column, kit) };
    case 'UpdateObjectEncryption':
      return { ...common, operation: 'UpdateObjectEncryption', body: updateInput(column, kit) };
  }
}

function updateInput(column: MatrixColumn, kit: MatrixKit): JsonObject {
  return { ObjectEncryption: { SSEKMS: { KMSKeyArn: column.keyArn ?? kit.updateTargetArn } } };
}

type Send = (request: RequestInput) => Promise<Outcome>;

/**
 * Sends the cell's requests; a multipart row stops at its first refusal. Returns the outcome that
 * answers the cell: the refusal, or the last step's success (the first step's for the policy view).
 */
export async function sendCell(
  send: Send,
  spec: MatrixCellSpec,
  column: MatrixColumn,
  kit: MatrixKit,
): Promise<{ answer: Outcome; deciding: Outcome }> {
  const first = primaryRequest(spec, column, kit);
  const created = await send(first);
  if (spec.operation !== 'MultipartUpload' || !wentThrough(created.response.status)) {
    return { answer: created, deciding: created };
  }
  const body = created.response.body as JsonObject | undefined;
  const uploadId = typeof body?.UploadId === 'string' ? body.UploadId : '';
  const common = base(spec, kit);
  const part = await send({
    ...common,
    operation: 'UploadPart',
    query: { uploadId, partNumber: '1' },
    headers: readHeaders(column, kit),
    body: writeBody(column, kit),
  });
  if (!wentThrough(part.response.status)) return { answer: part, deciding: part };
  const completed = await send({
    ...common,
    operation: 'CompleteMultipartUpload',
    query: { uploadId },
    body: { Parts: [{ PartNumber: 1, ETag: part.response.headers.etag ?? '' }] },
  });
  return { answer: completed, deciding: !wentThrough(completed.response.status) ? completed : created };
}
